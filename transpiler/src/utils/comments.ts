/** Comments kept from the TypeScript source: JSDoc becomes docstrings, other comments `#` lines. */
import { Node } from "ts-morph";
import type * as py from "../python/ast";

function cleanBlock(text: string): string[] {
  const inner = text.replace(/^\/\*\*?/, "").replace(/\*\/$/, "");
  const lines = inner.split("\n").map((line, index) => (index === 0 ? line.trim() : line.replace(/^\s*\* ?/, "").trimEnd()));
  while (lines.length > 0 && lines[0].trim() === "") {
    lines.shift();
  }
  while (lines.length > 0 && lines[lines.length - 1].trim() === "") {
    lines.pop();
  }
  return lines;
}

/** The JSDoc text of a declaration, for its docstring. */
export function docstringOf(node: Node): string | undefined {
  if (!Node.isJSDocable(node)) {
    return undefined;
  }
  const docs = node.getJsDocs();
  if (docs.length === 0) {
    return undefined;
  }
  const lines = cleanBlock(docs[docs.length - 1].getText());
  return lines.length === 0 ? undefined : lines.join("\n");
}

/** `//` and `/* *\/` comments just before a statement (JSDoc too, when `includeDocs`). */
export function leadingComments(node: Node, includeDocs: boolean): py.CommentStatement | undefined {
  const lines: string[] = [];
  for (const range of node.getLeadingCommentRanges()) {
    const text = range.getText();
    if (text.startsWith("/**") && !includeDocs) {
      continue;
    }
    if (text.startsWith("//")) {
      lines.push(text.replace(/^\/\/ ?/, "").trimEnd());
    } else {
      lines.push(...cleanBlock(text));
    }
  }
  return lines.length === 0 ? undefined : { kind: "Comment", lines, origin: node };
}
