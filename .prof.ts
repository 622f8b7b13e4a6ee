import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { compileFiles } from "/work/dev/transpiler/src/index";
import { generateProgram, printModule } from "/work/dev/test/compiler/generative/generate";
const count = Number(process.argv[2] ?? 200);
const perModule = Number(process.argv[3] ?? 40);
const root = mkdtempSync(path.join(tmpdir(), "prof-"));
mkdirSync(path.join(root, "sources"));
const programs = [];
for (let index = 0; index < count; index++) programs.push(generateProgram((777 * 1_000_003 + index) >>> 0, index));
const files: string[] = [];
for (let i = 0; i < programs.length; i += perModule) {
  const file = path.join(root, "sources", `generated_${files.length}.ts`);
  writeFileSync(file, printModule(programs.slice(i, i + perModule)));
  files.push(file);
}
const start = Date.now();
const result = compileFiles({ files, outDir: path.join(root, "cases") });
console.log(`${count} programs in ${files.length} modules: ${Date.now() - start} ms, ${result.diagnostics.length} diagnostics`);
