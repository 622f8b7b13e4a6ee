/**
 * The Python attribute of an enum member. TypeScript allows member names Python cannot write as a
 * class attribute: `None`, `True` and keywords (`import`), quoted names (`"Content-Type"`), and
 * names Python mangles or reserves (`__x`). Those get a Python name of their own, and the enum's
 * class keeps `__js_names__` (Python name → JavaScript name), which js_enum_object reads to give
 * JavaScript's keys back (Object.keys, the reverse mapping, printing). Plain names stay as they are.
 */
import { EnumMember, Node } from "ts-morph";
import { PYTHON_KEYWORDS } from "./naming";

/** The member's JavaScript name: `"Content-Type"` without its quotes. */
export function enumMemberKey(member: EnumMember): string {
  const nameNode = member.getNameNode();
  if (Node.isStringLiteral(nameNode) || Node.isNoSubstitutionTemplateLiteral(nameNode)) {
    return nameNode.getLiteralValue();
  }
  if (Node.isComputedPropertyName(nameNode)) {
    const expression = nameNode.getExpression();
    if (Node.isStringLiteral(expression) || Node.isNoSubstitutionTemplateLiteral(expression)) {
      return expression.getLiteralValue();
    }
  }
  return nameNode.getText();
}

/** The Python attribute for a member's JavaScript name. */
export function enumMemberName(key: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) && !key.startsWith("__")) {
    return PYTHON_KEYWORDS.has(key) ? `${key}_` : key;
  }
  // Not an ASCII identifier (Python would NFKC-normalise other letters), or one Python mangles
  // (`__x` inside a class body is `_Kind__x`): letters, digits and `_` kept, the rest `_`.
  return `member_${key.replace(/[^A-Za-z0-9_]/g, "_")}`;
}
