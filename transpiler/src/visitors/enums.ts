/**
 * Enums become plain classes of constants: members stay the numbers and strings JavaScript
 * sees, so comparisons, JSON and string conversion behave as in Node (Python's enum.Enum would not).
 */
import { EnumDeclaration, SyntaxKind } from "ts-morph";
import type { TransformContext } from "../context";
import { unsupportedSyntax } from "../diagnostics";
import type * as py from "../python/ast";
import { assign, name, number, text } from "../python/build";
import { docstringOf, leadingComments } from "../utils/comments";
import { nameForDeclaration } from "../utils/names";
import { numberSource } from "./expressions";

export function transformEnumDeclaration(declaration: EnumDeclaration, context: TransformContext): py.Statement[] {
  if (declaration.hasModifier(SyntaxKind.DeclareKeyword)) {
    return [];
  }
  const body: py.Statement[] = [];
  for (const member of declaration.getMembers()) {
    const value = member.getValue();
    let python: py.Expression;
    if (typeof value === "number") {
      python = number(numberSource(value), member);
    } else if (typeof value === "string") {
      python = text(value, member);
    } else {
      context.report(unsupportedSyntax(member, "an enum member whose value is not a constant"));
      continue;
    }
    const comment = leadingComments(member, true);
    if (comment !== undefined) {
      body.push(comment);
    }
    body.push(assign(name(member.getName()), python, member));
  }
  return [
    {
      kind: "ClassDefinition",
      name: nameForDeclaration(declaration, declaration.getName(), context),
      bases: [],
      docstring: docstringOf(declaration),
      body,
      origin: declaration,
    },
  ];
}
