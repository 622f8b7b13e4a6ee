/**
 * Tracebacks in TypeScript lines: the compiler ships its line map beside the package
 * (js_source_map.json), and `error.stack` in compiled code lists each frame from where the error
 * was raised out to where it was caught, naming the TypeScript file and line beside the Python one.
 * Run on every Python we support.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { compileFiles } from "../../transpiler/src/index";
import { encodeLineMap } from "../../transpiler/src/source-map";
import { python38, python311, python313, runPython } from "../support/python";

/** The line (1-based) of `text` in `source`, which must hold it once. */
function lineOf(source: string, text: string): number {
  const lines = source.split("\n");
  const found = lines.filter((line) => line.includes(text));
  if (found.length !== 1) {
    throw new Error(`"${text}" is on ${found.length} lines, not one`);
  }
  return lines.findIndex((line) => line.includes(text)) + 1;
}

const PARSER = [
  "/** Reads a count. */",
  "export function parseCount(text: string): number {",
  "  const value = Number(text);",
  "  if (Number.isNaN(value)) {",
  "    throw new Error(`not a count: ${text}`); // the raise",
  "  }",
  "  return value;",
  "}",
  "",
].join("\n");

const MAIN = [
  'import { parseCount } from "./parsing/parser";',
  "",
  "function total(texts: string[]): number {",
  "  let sum = 0;",
  "  for (const text of texts) {",
  "    sum += parseCount(text); // the call",
  "  }",
  "  return sum;",
  "}",
  "",
  "export function report(): string {",
  "  try {",
  '    return String(total(["1", "x"])); // the outer call',
  "  } catch (error) {",
  "    if (error instanceof Error) {",
  '      return error.stack ?? "no stack";',
  "    }",
  '    return "not an error";',
  "  }",
  "}",
  "",
].join("\n");

const root = mkdtempSync(path.join(tmpdir(), "cloudsync-tracebacks-"));
const projectDirectory = path.join(root, "project");
mkdirSync(path.join(projectDirectory, "parsing"), { recursive: true });
writeFileSync(path.join(projectDirectory, "parsing", "parser.ts"), PARSER);
writeFileSync(path.join(projectDirectory, "main.ts"), MAIN);
const outDir = path.join(root, "out", "compiled");
const result = compileFiles({ files: [path.join(projectDirectory, "main.ts")], outDir });

test("the program compiles, with its line map beside the package", () => {
  expect(result.diagnostics).toEqual([]);
  const map = JSON.parse(readFileSync(path.join(outDir, "js_source_map.json"), "utf8")) as Record<string, { source: string; lines: number[] }>;
  expect(Object.keys(map).sort()).toEqual(["main.py", "parsing/parser.py"]);
  expect(map["parsing/parser.py"].source).toBe("project/parsing/parser.ts");
});

const PYTHONS = [
  { label: "3.8", executable: python38() },
  { label: "3.11", executable: python311() },
  { label: "3.13", executable: python313() },
];

describe.each(PYTHONS)("error.stack on Python $label", ({ executable }) => {
  const stack = runPython(
    executable,
    ["-c", "import sys; sys.path.insert(0, sys.argv[1]); from compiled.main import report; sys.stdout.write(report())", path.join(root, "out")],
    {
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" },
    },
  ).split("\n");

  test("starts with the error as JavaScript prints it", () => {
    expect(stack[0]).toBe("Error: not a count: x");
  });

  test("names the TypeScript file and line of each frame, innermost first, beside the Python location", () => {
    const frames = stack.slice(1);
    expect(frames).toHaveLength(3);
    expect(frames[0]).toMatch(
      new RegExp(`^ {4}at parse_count \\(project/parsing/parser\\.ts:${lineOf(PARSER, "the raise")}\\) \\[compiled/parsing/parser\\.py:\\d+\\]$`),
    );
    expect(frames[1]).toMatch(new RegExp(`^ {4}at total \\(project/main\\.ts:${lineOf(MAIN, "the call")}\\) \\[compiled/main\\.py:\\d+\\]$`));
    expect(frames[2]).toMatch(new RegExp(`^ {4}at report \\(project/main\\.ts:${lineOf(MAIN, "the outer call")}\\) \\[compiled/main\\.py:\\d+\\]$`));
  });

  test("the Python locations it gives are the lines that ran", () => {
    const [file, line] = /\[compiled\/(parsing\/parser\.py):(\d+)\]$/.exec(stack[1])?.slice(1) ?? [];
    const pythonLine = readFileSync(path.join(outDir, file), "utf8").split("\n")[Number(line) - 1];
    expect(pythonLine.trim()).toMatch(/^raise JsError\(/);
  });
});

test("the map keeps only the lines where the TypeScript line changes, as deltas", () => {
  // Python lines 1-2 have no origin; 3-4 come from line 10; 5 is a continuation; 6 from line 8.
  expect(encodeLineMap([0, 0, 10, 10, 0, 8])).toEqual([3, 10, 3, -2]);
  expect(encodeLineMap([])).toEqual([]);
});
