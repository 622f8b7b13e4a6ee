/**
 * An array's or a string's element read or written by a key that is not a number. JavaScript makes
 * the key a property name: `xs["2"]` is the element 2, `xs["02"]` and `xs["2.0"]` are no element,
 * `xs["length"]` is the length, and a key typed `any` may be any of these. The compiled read is
 * `js_element(xs, index)`, which takes a number (a text found nothing, where Node read 30), so such a
 * key is refused: a number type, or `Number(key)` where the text is a number's, says what is meant.
 */
import { Node, SourceFile } from "ts-morph";
import { nodesOfFile } from "./file-nodes";
import type { TransformContext } from "../context";
import { textIndex } from "../diagnostics";
import { shapeOfNode } from "./types";

export function reportTextIndexes(sourceFile: SourceFile, context: TransformContext): void {
  nodesOfFile(sourceFile).forEach((node) => {
    if (!Node.isElementAccessExpression(node)) {
      return;
    }
    const key = node.getArgumentExpression();
    if (key === undefined) {
      return; // refused where it is compiled
    }
    const container = shapeOfNode(node.getExpression(), context).kind;
    if (container !== "array" && container !== "string") {
      return;
    }
    // A symbol (`values[Symbol.iterator]`) is refused where it is compiled.
    const type = key.getType();
    if (type.isAny() || shapeOfNode(key, context).kind === "string") {
      context.report(textIndex(key, container, type.getText(key)));
    }
  });
}
