/** Which live walk a Map or a Set needs, decided from the TypeScript. */
import { Node } from "ts-morph";
import type { TransformContext } from "../context";
import { shapeOfNode } from "./types";

const LIVE_HELPERS: Record<string, string> = { entries: "js_live_entries", keys: "js_live_keys", values: "js_live_values" };

/**
 * The live walk for a Map or a Set, for a Map's `entries()`/`keys()`/`values()` or a Set's `keys()`/`values()`: the helper, and the
 * TypeScript node of the collection it walks. Decided from the TypeScript alone, never from what the
 * method call compiles to, so that a change in how `keys()` compiles cannot quietly turn the walk into a copy.
 */
export function liveMapView(iterableNode: Node, shape: string, context: TransformContext): { helper: string; collection: Node } | undefined {
  if (shape === "map") {
    return { helper: "js_live_entries", collection: iterableNode };
  }
  if (shape === "set") {
    return { helper: "js_live_keys", collection: iterableNode };
  }
  if (!Node.isCallExpression(iterableNode) || iterableNode.hasQuestionDotToken() || iterableNode.getArguments().length > 0) {
    return undefined;
  }
  const callee = iterableNode.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || callee.hasQuestionDotToken() || !Object.hasOwn(LIVE_HELPERS, callee.getName())) {
    return undefined;
  }
  const receiver = callee.getExpression();
  const receiverShape = shapeOfNode(receiver, context).kind;
  if (receiverShape === "map") {
    return { helper: LIVE_HELPERS[callee.getName()], collection: receiver };
  }
  // A Set's values() and keys() are the Set itself walked (its entries() are [value, value] pairs, copied).
  return receiverShape === "set" && callee.getName() !== "entries" ? { helper: "js_live_keys", collection: receiver } : undefined;
}
