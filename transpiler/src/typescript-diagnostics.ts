/** TypeScript's own diagnostics (type errors) as ours: the span and the whole message chain. */
import type { Diagnostic as MorphDiagnostic, DiagnosticMessageChain } from "ts-morph";
import type { Diagnostic, DiagnosticDetail } from "./diagnostics";

/** The messages beneath a chain's head, depth first, as tsc prints them. */
function flattenChain(chains: DiagnosticMessageChain[] | undefined, depth: number): DiagnosticDetail[] {
  return (chains ?? []).flatMap((chain) => [{ message: chain.getMessageText(), depth }, ...flattenChain(chain.getNext(), depth + 1)]);
}

export function fromTypeScript(diagnostic: MorphDiagnostic): Diagnostic {
  const file = diagnostic.getSourceFile();
  const start = diagnostic.getStart() ?? 0;
  const position = file?.getLineAndColumnAtPos(start) ?? { line: 0, column: 0 };
  const end = file?.getLineAndColumnAtPos(start + (diagnostic.getLength() ?? 0)) ?? position;
  const text = diagnostic.getMessageText();
  return {
    code: `TS${diagnostic.getCode()}`,
    category: "error",
    message: typeof text === "string" ? text : text.getMessageText(),
    file: file?.getFilePath() ?? "",
    line: position.line,
    column: position.column,
    endLine: end.line,
    endColumn: end.column,
    details: typeof text === "string" ? [] : flattenChain(text.getNext(), 1),
  };
}
