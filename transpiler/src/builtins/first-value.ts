/**
 * `map.keys().next().value` (also `values()`, `entries()`, a Set's `values()` and `keys()`): the
 * collection's first element, undefined when it is empty (an LRU cache's oldest key). The iterator
 * is stepped once where it is made, so the list or dict view it compiles to is read at once:
 * `next(iter(map.keys()), None)`.
 */
import { CallExpression, Node, PropertyAccessExpression, ts } from "ts-morph";

function inOptionalChain(node: Node): boolean {
  return (node.compilerNode.flags & ts.NodeFlags.OptionalChain) !== 0;
}

/** The `keys()`/`values()`/`entries()` call whose first value this `.value` read is, if it is one. */
export function firstValueIterator(access: PropertyAccessExpression): CallExpression | undefined {
  const nextCall = access.getExpression();
  if (
    access.getName() !== "value" ||
    inOptionalChain(access) ||
    !Node.isCallExpression(nextCall) ||
    nextCall.getArguments().length > 0 ||
    inOptionalChain(nextCall)
  ) {
    return undefined;
  }
  const nextAccess = nextCall.getExpression();
  if (!Node.isPropertyAccessExpression(nextAccess) || nextAccess.getName() !== "next" || inOptionalChain(nextAccess)) {
    return undefined;
  }
  const iteratorCall = nextAccess.getExpression();
  if (!Node.isCallExpression(iteratorCall) || inOptionalChain(iteratorCall) || iteratorCall.getArguments().length > 0) {
    return undefined;
  }
  const method = iteratorCall.getExpression();
  return Node.isPropertyAccessExpression(method) && ["keys", "values", "entries"].includes(method.getName()) ? iteratorCall : undefined;
}

/** Whether this iterator call is read only for its first value (`….next().value`). */
export function isReadForFirstValue(iteratorCall: CallExpression): boolean {
  const access = iteratorCall.getParent()?.getParent()?.getParent();
  return access !== undefined && Node.isPropertyAccessExpression(access) && firstValueIterator(access) === iteratorCall;
}
