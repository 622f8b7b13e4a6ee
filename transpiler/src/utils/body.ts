/** A block's statements, or a single statement in a block's place, through the context's dispatch. */
import { Node } from "ts-morph";
import type { TransformContext } from "../context";
import type * as py from "../python/ast";
import { leadingComments } from "./comments";
import { withFunctionsDefinedFirst } from "./hoisted-functions";

/** The statements of a block or of a single statement in its place, with their comments. */
export function transformBody(node: Node | undefined, context: TransformContext): py.Statement[] {
  if (node === undefined) {
    return [];
  }
  // A function's own body keeps a helper used before it where it is written (see withFunctionsDefinedFirst).
  const isFunctionBody = Node.isBlock(node) && node.getParent() !== undefined && Node.isFunctionLikeDeclaration(node.getParentOrThrow());
  const statements = withFunctionsDefinedFirst(Node.isBlock(node) ? node.getStatements() : [node], !isFunctionBody);
  const result: py.Statement[] = [];
  for (const statement of statements) {
    const transformed = context.transformStatement(statement);
    // Comments of erased declarations (interfaces, type aliases) go with them.
    const comment = transformed.length === 0 ? undefined : leadingComments(statement, !isDocumentedDeclaration(statement));
    if (comment !== undefined) {
      result.push(comment);
    }
    result.push(...transformed);
  }
  return result;
}

function isDocumentedDeclaration(node: Node): boolean {
  return (Node.isFunctionDeclaration(node) || Node.isClassDeclaration(node)) && node.getJsDocs().length > 0;
}
