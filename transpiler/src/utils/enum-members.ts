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
  // A letter outside ASCII is spelled as Python reads it (NFKC, PEP 3131): `Ré` stays `Ré`, `ℌigh`
  // is `High` (the enum's `__js_names__` gives JavaScript's name back, and a clash is CS1034).
  const spelled = key.normalize("NFKC");
  if (/^[\p{XID_Start}_]\p{XID_Continue}*$/u.test(spelled) && !spelled.startsWith("__")) {
    return PYTHON_KEYWORDS.has(spelled) ? `${spelled}_` : spelled;
  }
  // Not an identifier Python accepts as written, or one Python mangles (`__x` inside a class body is
  // `_Kind__x`): ASCII letters, digits and `_` kept, the rest `_`.
  return `member_${key.replace(/[^A-Za-z0-9_]/g, "_")}`;
}
