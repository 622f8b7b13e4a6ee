/**
 * CPython refuses a function (or a module) whose loops and `try` blocks nest more than 20 deep: the
 * module fails to import ("too many statically nested blocks"). A for…of over a generator compiles
 * to three (`try`, `for`, and the handlers that close the generator), so seven such loops inside
 * one another are too many where TypeScript sees seven. Counted as the strictest of Python 3.8,
 * 3.11 and 3.13 count, measured: a loop's body is one deeper; a `try`'s body one deeper for its
 * handlers and one for its `finally`; the handlers one deeper than the body (3.11 counts their
 * cleanup); the `finally` one deeper than the `try`. A function or class starts again from 0.
 */
import type { Node } from "ts-morph";
import type { TransformContext } from "../context";
import { unsupportedConstruct } from "../diagnostics";
import type * as py from "../python/ast";

const MOST_NESTED_BLOCKS = 20;

/** Reports the first statement of each function nested past the limit; true when one was reported. */
export function reportDeeplyNestedBlocks(statements: py.Statement[], context: TransformContext, depth = 0, around?: Node): boolean {
  for (const statement of statements) {
    const origin = statement.origin ?? around;
    if (depth > MOST_NESTED_BLOCKS) {
      if (origin !== undefined) {
        context.report(
          unsupportedConstruct(
            origin,
            `loops and \`try\` blocks nested more than ${MOST_NESTED_BLOCKS} deep in one function once compiled (a for…of over a generator is three: \`try\`, \`for\` and the handlers that close it), which CPython refuses at import ("too many statically nested blocks")`,
            "move the inner loops into a function of their own",
          ),
        );
      }
      return true;
    }
    if (nestedTooDeep(statement, context, depth, origin)) {
      return true;
    }
  }
  return false;
}

function nestedTooDeep(statement: py.Statement, context: TransformContext, depth: number, origin: Node | undefined): boolean {
  switch (statement.kind) {
    case "For":
    case "While":
      return reportDeeplyNestedBlocks(statement.body, context, depth + 1, origin);
    case "If":
      return reportDeeplyNestedBlocks(statement.body, context, depth, origin) || reportDeeplyNestedBlocks(statement.orElse, context, depth, origin);
    case "Try": {
      const guarded = depth + (statement.finalBody.length > 0 ? 1 : 0);
      const body = guarded + (statement.handlers.length > 0 ? 1 : 0);
      return (
        reportDeeplyNestedBlocks(statement.body, context, body, origin) ||
        statement.handlers.some((handler) => reportDeeplyNestedBlocks(handler.body, context, body + 1, origin)) ||
        reportDeeplyNestedBlocks(statement.finalBody, context, depth + 1, origin)
      );
    }
    case "FunctionDefinition":
    case "ClassDefinition":
      reportDeeplyNestedBlocks(statement.body, context, 0, origin);
      return false;
    default:
      return false;
  }
}
