/**
 * Two source files whose Python modules would be one file are refused (CS1034), where the second
 * silently replaced the first: `a-b.ts` and `a_b.ts` are both `a_b.py`, and `Movie-Item.ts` and
 * `movie_item.ts` one file where the file system ignores case (Windows, Android's shared storage).
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { compileFiles, formatDiagnostic } from "../../transpiler/src/index";

function compileTwo(first: string, second: string): { messages: string[]; outDir: string } {
  const root = mkdtempSync(path.join(tmpdir(), "cloudsync-module-names-"));
  const files = [first, second].map((name, index) => {
    const file = path.join(root, name);
    writeFileSync(file, `export function which${index}(): number {\n  return ${index};\n}\n`);
    return file;
  });
  const outDir = path.join(root, "compiled");
  const result = compileFiles({ files, outDir });
  return { messages: result.diagnostics.map((diagnostic) => formatDiagnostic(diagnostic, root)), outDir };
}

test.each([
  ["a-b.ts", "a_b.ts", "a_b.py"],
  ["Movie-Item.ts", "movie_item.ts", "movie_item.py"],
  ["class.ts", "class_.ts", "class_.py"],
])("%s and %s are refused: both would be %s", (first, second, module) => {
  const { messages, outDir } = compileTwo(first, second);
  expect(messages).toHaveLength(1);
  // One of the two is named at its first line, the other in the message.
  const [message = ""] = messages;
  expect([`${first}:1:1`, `${second}:1:1`].some((start) => message.startsWith(start))).toBe(true);
  expect(message).toContain("error CS1034: this file and `");
  expect([first, second].every((file) => message.includes(file))).toBe(true);
  expect(message.toLowerCase()).toContain(`both become the python module \`${module}\``);
  expect(existsSync(path.join(outDir, module))).toBe(false);
});

test("files whose modules differ compile side by side", () => {
  const { messages, outDir } = compileTwo("a-b.ts", "a-c.ts");
  expect(messages).toEqual([]);
  expect(existsSync(path.join(outDir, "a_b.py"))).toBe(true);
  expect(existsSync(path.join(outDir, "a_c.py"))).toBe(true);
});
