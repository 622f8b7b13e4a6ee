/** The TypeScript→Python compiler's API, used by the build, the CLI and the tests. */
export { compileFiles, compileProject, RUNTIME_MODULE, RUNTIME_SOURCE } from "./compile";
export type { CompiledModule, CompileResult } from "./compile";
export { formatDiagnostic } from "./diagnostics";
export type { Diagnostic, DiagnosticCategory, DiagnosticDetail } from "./diagnostics";
