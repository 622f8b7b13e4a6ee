/** Unsupported TypeScript is a compile error with file:line:col and a stable code, all of them in one run. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { compileFiles } from "../../transpiler/src/index";

const repoRoot = path.resolve(__dirname, "../..");
const invalid = path.join(__dirname, "invalid", "unsupported.ts");

test("each unsupported construct is reported with its code, position and what to write instead", () => {
  const result = compileFiles({ files: [invalid], outDir: mkdtempSync(path.join(tmpdir(), "cloudsync-invalid-")) });
  const found = result.diagnostics.map((diagnostic) => `${diagnostic.code}@${diagnostic.line}:${diagnostic.column}`);
  expect(found).toEqual(expect.arrayContaining(["CS1002@3:3", "CS1003@4:3", "CS1004@5:9", "CS1003@6:7", "CS1006@9:3", "CS1005@12:3", "CS1007@14:11"]));
  expect(result.diagnostics.every((diagnostic) => diagnostic.category === "error" && diagnostic.file === invalid)).toBe(true);
  const messages = result.diagnostics.map((diagnostic) => diagnostic.message).join("\n");
  expect(messages).toContain("use `let` or `const`");
  expect(messages).toContain("Object.keys");
  expect(result.writtenFiles).toEqual([]);
});

test("the CLI prints file:line:col for every error, writes nothing and exits non-zero", () => {
  const outDir = mkdtempSync(path.join(tmpdir(), "cloudsync-cli-"));
  const run = spawnSync("npx", ["tsx", "transpiler/src/cli.ts", path.relative(repoRoot, invalid), "--out", outDir], { cwd: repoRoot, encoding: "utf8" });
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/test\/compiler\/invalid\/unsupported\.ts:3:3 - error CS1002: /);
  expect(run.stderr).toMatch(/unsupported\.ts:12:3 - error CS1005: /);
  expect(run.stderr).toMatch(/7 error\(s\); nothing written/);
  expect(readdirSync(outDir)).toEqual([]);
}, 60_000);

test("the CLI compiles a valid file to Python and says where", () => {
  const outDir = mkdtempSync(path.join(tmpdir(), "cloudsync-cli-"));
  const run = spawnSync("npx", ["tsx", "transpiler/src/cli.ts", "test/compiler/differential/tour-strings.ts", "--out", outDir], { cwd: repoRoot, encoding: "utf8" });
  expect(run.status).toBe(0);
  expect(readdirSync(outDir).sort()).toEqual(["__init__.py", "js_runtime.py", "tour_strings.py"]);
}, 60_000);
