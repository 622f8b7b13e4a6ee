/**
 * JSON.stringify of a class instance that reaches it by a way the compiler does not follow (here a
 * generator of unknown values) is printed by the runtime from the fields the compiler lists for
 * each class (differential case json-of-instances-at-run-time). Where those fields cannot say what
 * Node prints, the runtime raises a TypeError naming the class and why, never printing something
 * else: a None in a field whose type admits both null and undefined, an attribute the class does not
 * declare (an Error's `name` set by a method), a `declare`d field, a field replacing an Error's own
 * message. Run on every Python we support.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { compileFiles } from "../../transpiler/src/index";
import { python38, python311, python313, runPython } from "../support/python";

const PROGRAM = `
function* each(values: unknown[]): Generator<unknown> {
  yield* values;
}
function print(value: unknown): string {
  try {
    return [...each([value])].map((item) => JSON.stringify(item)).join("");
  } catch (error) {
    return error instanceof TypeError ? "TypeError: " + error.message : "other";
  }
}
class Note {
  text?: string | null;
  constructor(public id: number) {}
}
interface Tagged {
  tag?: string;
  describe(): string;
}
class Plain {
  name = "plain";
  describe(): string {
    return this.name;
  }
}
class Late {
  declare note: string;
  id = 1;
}
class Failure extends Error {
  override message = "replaced";
}
class Renamed extends Error {
  rename(): void {
    this.name = "Renamed";
  }
}
export function ambiguousNone(): string {
  const note = new Note(1);
  const before = print(note);
  note.text = "set";
  const set = print(note);
  note.text = null;
  return [before, set, print(note)].join("\\n");
}
export function undeclaredAttribute(): string {
  const tagged: Tagged = new Plain();
  const before = print(tagged);
  tagged.tag = "x";
  return [before, print(tagged)].join("\\n");
}
export function declaredLater(): string {
  const late = new Late();
  late.note = "n";
  return print(late);
}
export function errorSubclass(): string {
  const renamed = new Renamed("m");
  const before = print(renamed);
  renamed.rename();
  return [print(new Failure("m")), before, print(renamed)].join("\\n");
}
`;

const root = mkdtempSync(path.join(tmpdir(), "cloudsync-json-instances-"));
mkdirSync(path.join(root, "project"));
writeFileSync(path.join(root, "project", "main.ts"), PROGRAM);
const result = compileFiles({ files: [path.join(root, "project", "main.ts")], outDir: path.join(root, "out", "compiled") });

test("the program compiles", () => {
  expect(result.diagnostics).toEqual([]);
});

const PYTHONS = [
  { label: "3.8", executable: python38() },
  { label: "3.11", executable: python311() },
  { label: "3.13", executable: python313() },
];

describe.each(PYTHONS)("on Python $label", ({ executable }) => {
  const run = (exported: string): string[] =>
    runPython(executable, [
      "-c",
      `import sys; sys.path.insert(0, sys.argv[1]); from compiled.main import ${exported}; sys.stdout.write(${exported}())`,
      path.join(root, "out"),
    ]).split("\n");

  test("a field whose type admits null and undefined prints while it holds a value, and is refused while it holds None", () => {
    const [before, set, afterNull] = run("ambiguous_none");
    expect(before).toBe(
      "TypeError: JSON.stringify of a Note whose field text holds null or undefined is not supported: its type admits both, which JavaScript prints differently and Python holds as one None; give the field a type with only one of them",
    );
    expect(set).toBe('{"id":1,"text":"set"}');
    expect(afterNull).toBe(before);
  });

  test("an attribute the class does not declare is refused, naming it", () => {
    const [before, after] = run("undeclared_attribute");
    expect(before).toBe('{"name":"plain"}');
    expect(after).toBe(
      "TypeError: JSON.stringify of a Plain is not supported: it holds tag, which its class does not declare, and Python does not keep the order JavaScript would print it in",
    );
  });

  test("a class with a declared field, and an Error's with a field replacing the Error's own message, are refused", () => {
    const refusal = (name: string): string =>
      `TypeError: JSON.stringify of a ${name} is not supported: its class or a base class declares a field with \`declare\`, or one that replaces an Error's own message, cause or stack, whose place among the keys Python does not keep`;
    expect(run("declared_later")).toEqual([refusal("Late")]);
    const [failure, before, renamed] = run("error_subclass");
    expect(failure).toBe(refusal("Failure"));
    // An Error prints {} as in Node, until a method adds its own `name`, which Node prints after the fields.
    expect(before).toBe("{}");
    expect(renamed).toBe(
      "TypeError: JSON.stringify of a Renamed is not supported: it holds name, which its class does not declare, and Python does not keep the order JavaScript would print it in",
    );
  });
});
