/**
 * Diagnostics as data: every unsupported construct is refused with a stable code, a message that
 * says what to write instead, and file:line:col; each code has a file in test/compiler/diagnostics/
 * whose diagnostics are kept as a snapshot. Warnings compile; errors write nothing.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { compileFiles, formatDiagnostic } from "../../transpiler/src/index";
import type { Diagnostic } from "../../transpiler/src/index";

const repoRoot = path.resolve(__dirname, "../..");
const directory = path.join(__dirname, "diagnostics");
const files = readdirSync(directory)
  .filter((name) => name.endsWith(".ts"))
  .sort();

describe.each(files)("%s", (file) => {
  const source = path.join(directory, file);
  const expectedCode = file.slice(0, 6).toUpperCase();
  const result = compileFiles({ files: [source], outDir: mkdtempSync(path.join(tmpdir(), "cloudsync-diagnostic-")) });
  const printed = result.diagnostics.map((diagnostic) => formatDiagnostic(diagnostic, repoRoot));

  test("reports its code with file:line:col", () => {
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toContain(expectedCode);
    for (const diagnostic of result.diagnostics) {
      expect(diagnostic.file).toBe(source);
      expect(diagnostic.line).toBeGreaterThan(0);
      expect(diagnostic.column).toBeGreaterThan(0);
      // The position points into the source: the line exists.
      expect(readFileSync(source, "utf8").split("\n").length).toBeGreaterThanOrEqual(diagnostic.line);
      // The span ends after it starts, inside the source.
      expect([diagnostic.endLine, diagnostic.endColumn]).not.toEqual([diagnostic.line, diagnostic.column]);
      expect(diagnostic.endLine > diagnostic.line || (diagnostic.endLine === diagnostic.line && diagnostic.endColumn > diagnostic.column)).toBe(true);
      expect(readFileSync(source, "utf8").split("\n").length).toBeGreaterThanOrEqual(diagnostic.endLine);
    }
  });

  test("errors stop the output, warnings do not", () => {
    const hasErrors = result.diagnostics.some((diagnostic) => diagnostic.category === "error");
    expect(hasErrors).toBe(expectedCode.startsWith("CS1"));
    expect(result.writtenFiles.length === 0).toBe(hasErrors);
  });

  test("matches its snapshot", () => {
    expect(printed).toMatchSnapshot();
  });
});

/** The text a diagnostic's span covers, from its start and end line:column. */
function spannedText(diagnostic: Diagnostic): string {
  const lines = readFileSync(diagnostic.file, "utf8").split("\n");
  const offset = (line: number, column: number): number => lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;
  return lines.join("\n").slice(offset(diagnostic.line, diagnostic.column), offset(diagnostic.endLine, diagnostic.endColumn));
}

test("a diagnostic's span covers the construct it refuses, from its start to its end", () => {
  const source = path.join(directory, "cs1002-var.ts");
  const [diagnostic] = compileFiles({ files: [source], outDir: mkdtempSync(path.join(tmpdir(), "cloudsync-diagnostic-")) }).diagnostics;
  expect(diagnostic).toMatchObject({ code: "CS1002", line: 2, column: 3, endLine: 2, endColumn: 15 });
  expect(spannedText(diagnostic)).toBe("var sum = 0;");
});

test("a type error keeps TypeScript's whole message chain, printed indented beneath it as tsc does", () => {
  const directoryOfRun = mkdtempSync(path.join(tmpdir(), "cloudsync-type-error-"));
  const source = path.join(directoryOfRun, "nested.ts");
  writeFileSync(
    source,
    [
      "interface Inner { value: number }",
      "interface Outer { inner: Inner }",
      'const source = { inner: { value: "text" } };',
      "export const outer: Outer = source;",
      "",
    ].join("\n"),
  );
  const result = compileFiles({ files: [source], outDir: path.join(directoryOfRun, "out") });
  expect(result.diagnostics).toHaveLength(1);
  const [diagnostic] = result.diagnostics;
  expect(diagnostic.code).toBe("TS2322");
  expect(spannedText(diagnostic)).toBe("outer");
  expect(diagnostic.details.length).toBeGreaterThan(0);
  // The deepest reason is what a reader needs: the property's own types.
  expect(diagnostic.details[diagnostic.details.length - 1].message).toBe("Type 'string' is not assignable to type 'number'.");
  const printed = formatDiagnostic(diagnostic, directoryOfRun).split("\n");
  expect(printed[0]).toBe(`nested.ts:4:14 - error TS2322: ${diagnostic.message}`);
  expect(printed.slice(1)).toEqual(diagnostic.details.map((detail) => "  ".repeat(detail.depth) + detail.message));
  expect(printed[printed.length - 1]).toMatch(/^ {4,}Type 'string' is not assignable to type 'number'\.$/);
});

test("the CLI prints every error of the run as file:line:col, writes nothing and exits non-zero", () => {
  const outDir = mkdtempSync(path.join(tmpdir(), "cloudsync-cli-"));
  const inputs = files.filter((file) => file.startsWith("cs1")).map((file) => path.join("test", "compiler", "diagnostics", file));
  const run = spawnSync(
    process.execPath,
    [path.join(repoRoot, "node_modules", "tsx", "dist", "cli.mjs"), "transpiler/src/cli.ts", ...inputs, "--out", outDir],
    { cwd: repoRoot, encoding: "utf8" },
  );
  expect(run.status).toBe(1);
  for (const input of inputs) {
    expect(run.stderr).toMatch(new RegExp(`${input.replaceAll(".", "\\.")}:\\d+:\\d+ - error CS1\\d{3}: `));
  }
  expect(run.stderr).toMatch(/\d+ error\(s\); nothing written/);
  expect(readdirSync(outDir)).toEqual([]);
}, 60_000);

test("the CLI compiles a valid file to Python and says where", () => {
  const outDir = mkdtempSync(path.join(tmpdir(), "cloudsync-cli-"));
  const run = spawnSync(
    process.execPath,
    [path.join(repoRoot, "node_modules", "tsx", "dist", "cli.mjs"), "transpiler/src/cli.ts", "test/compiler/differential/tour-strings.ts", "--out", outDir],
    { cwd: repoRoot, encoding: "utf8" },
  );
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(readdirSync(outDir).sort()).toEqual(["__init__.py", "js_fdlibm.py", "js_runtime.py", "js_source_map.json", "tour_strings.py"]);
}, 60_000);
