/**
 * A node's 1-based start line, as ts-morph's getStartLineNumber() answers it (the number of "\n"
 * before the node's start, plus one), without its scan of the file's text from the start for each
 * call: the printer asks once per Python line, which made printing quadratic in the file's length.
 */
import { Node, ts } from "ts-morph";

/** Per source file (its compiler node, replaced whenever the text changes): the offsets of its "\n"s. */
const newlineOffsets = new WeakMap<ts.SourceFile, number[]>();

function newlinesOf(sourceFile: ts.SourceFile): number[] {
  let offsets = newlineOffsets.get(sourceFile);
  if (offsets === undefined) {
    offsets = [];
    const text = sourceFile.getFullText();
    for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) {
      offsets.push(index);
    }
    newlineOffsets.set(sourceFile, offsets);
  }
  return offsets;
}

/** The line `node` starts on (its first token, leading comments and JSDoc excluded), counting from 1. */
export function startLineNumber(node: Node): number {
  const offsets = newlinesOf(node.getSourceFile().compilerNode);
  const start = node.getStart();
  // Count the newlines before `start`: the first offset not below it.
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (offsets[middle] < start) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low + 1;
}
