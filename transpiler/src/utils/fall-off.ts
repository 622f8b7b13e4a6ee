/**
 * The end of a function that TypeScript proves unreachable (a `switch` returning from every member
 * of a union) can still be reached in Python, which has no such proof: only data that lies about
 * its type gets there. JavaScript then returns undefined, and so does the compiled function, but
 * with an explicit `return cast(Any, None)` so that the type checker (pyright) accepts the function
 * and a reader sees that the end is reached only by such data.
 */
import { Node, Type } from "ts-morph";
import type { TransformContext } from "../context";
import type * as py from "../python/ast";
import { call, constant } from "../python/build";

/** True when running `statements` can reach the statement after them. */
export function canCompleteNormally(statements: py.Statement[]): boolean {
  return statements.every(completesNormally);
}

function completesNormally(statement: py.Statement): boolean {
  switch (statement.kind) {
    case "Return":
    case "Raise":
    case "Break":
    case "Continue":
      return false;
    case "If":
      return canCompleteNormally(statement.body) || canCompleteNormally(statement.orElse);
    case "While":
      return !(statement.test.kind === "Constant" && statement.test.value === true) || breaksOut(statement.body);
    case "Try": {
      const bodyOrHandler = canCompleteNormally(statement.body) || statement.handlers.some((handler) => canCompleteNormally(handler.body));
      return bodyOrHandler && canCompleteNormally(statement.finalBody);
    }
    default:
      return true;
  }
}

/** A `break` of this loop (not of a loop nested in it, nor in a nested function). */
function breaksOut(statements: py.Statement[]): boolean {
  return statements.some((statement) => {
    switch (statement.kind) {
      case "Break":
        return true;
      case "If":
        return breaksOut(statement.body) || breaksOut(statement.orElse);
      case "Try":
        return breaksOut(statement.body) || statement.handlers.some((handler) => breaksOut(handler.body)) || breaksOut(statement.finalBody);
      default:
        return false;
    }
  });
}

/** A return type that does not allow None: falling off the end needs saying (an Optional one is already satisfied by Python's implicit None). */
function returnsValue(type: Type): boolean {
  if (type.isAny() || type.isUnknown() || type.isVoid() || type.isUndefined() || type.isNull()) {
    return false;
  }
  return !type.isUnion() || type.getUnionTypes().every(returnsValue);
}

/** `return cast(Any, None)` at the end of a function that declares a value and whose end Python can reach. */
export function explicitFallOff(node: Node, returnType: Type, body: py.Statement[], context: TransformContext): py.Statement[] {
  if (!returnsValue(returnType) || !canCompleteNormally(body)) {
    return [];
  }
  return [{ kind: "Return", value: call(context.useTyping("cast"), [context.useTyping("Any"), constant(null)]), origin: node }];
}
