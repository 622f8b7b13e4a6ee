/**
 * Enums become plain classes of constants: members stay the numbers and strings JavaScript
 * sees, so comparisons, JSON and string conversion behave as in Node (Python's enum.Enum would not).
 */
import { EnumDeclaration, Node, SyntaxKind } from "ts-morph";
import type { TransformContext } from "../context";
import { enumMemberCollision, unsupportedSyntax } from "../diagnostics";
import type * as py from "../python/ast";
import { assign, attribute, name, number, text } from "../python/build";
import { docstringOf, leadingComments } from "../utils/comments";
import { enumMemberKey, enumMemberName } from "../utils/enum-members";
import { nameForDeclaration } from "../utils/names";
import { numberSource } from "./expressions";

/** The declarations of one enum (`enum Merged { A }` and a later `enum Merged { B }` are one object). */
function declarationsOf(declaration: EnumDeclaration): EnumDeclaration[] {
  const all = (declaration.getSymbol()?.getDeclarations() ?? []).filter(
    (candidate): candidate is EnumDeclaration => Node.isEnumDeclaration(candidate) && !candidate.hasModifier(SyntaxKind.DeclareKeyword),
  );
  return all.length === 0 ? [declaration] : all;
}

export function transformEnumDeclaration(declaration: EnumDeclaration, context: TransformContext): py.Statement[] {
  if (declaration.hasModifier(SyntaxKind.DeclareKeyword)) {
    return [];
  }
  const className = nameForDeclaration(declaration, declaration.getName(), context);
  const declarations = declarationsOf(declaration);
  const isFirst = declarations[0] === declaration;
  const body: py.Statement[] = [];
  for (const member of declaration.getMembers()) {
    const value = member.getValue();
    let python: py.Expression;
    if (typeof value === "number") {
      // TypeScript emits the value it folded as text, where -0 prints 0: Node's member is +0.
      python = number(numberSource(Object.is(value, -0) ? 0 : value, context), member);
    } else if (typeof value === "string") {
      python = text(value, member);
    } else {
      context.report(
        unsupportedSyntax(member, "an enum member whose value is not a constant (write the constant, `Length = 3`, or keep the values in a `const` object)"),
      );
      continue;
    }
    const comment = leadingComments(member, true);
    if (comment !== undefined) {
      body.push(comment);
    }
    const memberName = enumMemberName(enumMemberKey(member));
    // A later declaration of the same enum adds its members to the class where it stands, as
    // JavaScript adds them to the object when that declaration runs.
    body.push(assign(isFirst ? name(memberName) : attribute(name(className), memberName), python, member));
  }
  if (!isFirst) {
    return body;
  }
  const header: py.Statement[] = [];
  const renamed: py.DictExpression["entries"] = [];
  const taken: Map<string, string> = new Map();
  for (const each of declarations) {
    for (const member of each.getMembers()) {
      const key = enumMemberKey(member);
      const memberName = enumMemberName(key);
      const other = taken.get(memberName);
      if (other !== undefined && other !== key) {
        context.report(enumMemberCollision(member, key, other, memberName));
      }
      taken.set(memberName, key);
      if (memberName !== key) {
        renamed.push({ key: text(memberName), value: text(key) });
      }
      if (each !== declaration) {
        // Declared here, assigned where the later declaration stands: the checker knows the attribute.
        const value = member.getValue();
        header.push({ kind: "Annotation", target: name(memberName), annotation: name(typeof value === "string" ? "str" : "float") });
      }
    }
  }
  if (renamed.length > 0) {
    header.unshift(assign(name("__js_names__"), { kind: "Dict", entries: renamed }));
  }
  return [
    {
      kind: "ClassDefinition",
      name: className,
      bases: [],
      docstring: docstringOf(declaration),
      body: [...header, ...body],
      origin: declaration,
    },
  ];
}
