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
class Draft {
  note: string | null | undefined = "n";
  title = "t";
  reset(): void {
    this.note = undefined;
  }
}
class Published extends Draft {
  override note: string | null = null;
}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
interface Merged {
  extra: number;
}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
class Merged {
  a = 1;
  constructor() {
    this.extra = 2;
  }
}
class Cart {
  coupon: string | null = "OLD";
  total = 0;
}
function patch(cart: Cart, changes: Partial<Cart>): string {
  try {
    Object.assign(cart, changes);
    return JSON.stringify(cart);
  } catch (error) {
    return error instanceof TypeError ? "TypeError: " + error.message : "other";
  }
}
export function narrowedBySubclass(): string {
  const published = new Published();
  const before = print(published);
  published.reset();
  return [before, print(published)].join("\\n");
}
export function mergedInterface(): string {
  return print(new Merged());
}
export function assignedNones(): string {
  const coupon: string | undefined = undefined;
  const parsed = JSON.parse('{"coupon":null,"total":2}') as Partial<Cart>;
  return [patch(new Cart(), { coupon, total: 1 }), patch(new Cart(), parsed), patch(new Cart(), { total: 3 })].join("\\n");
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
    expect(run("declared_later")).toEqual([
      "TypeError: JSON.stringify of a Late is not supported: its field `note` is declared with `declare`, so JavaScript adds it when it is first set, at a place among the others that Python does not keep",
    ]);
    const [failure, before, renamed] = run("error_subclass");
    expect(failure).toBe(
      "TypeError: JSON.stringify of a Failure is not supported: its field `message` replaces the Error's own, hidden one, which JavaScript then prints where the Error's constructor made it, before the other fields, a place Python does not keep",
    );
    // An Error prints {} as in Node, until a method adds its own `name`, which Node prints after the fields.
    expect(before).toBe("{}");
    expect(renamed).toBe(
      "TypeError: JSON.stringify of a Renamed is not supported: it holds name, which its class does not declare, and Python does not keep the order JavaScript would print it in",
    );
  });

  test("a field a subclass narrows takes what the base class's methods may write: a None there is refused", () => {
    const [before, reset] = run("narrowed_by_subclass");
    expect(before).toBe(
      "TypeError: JSON.stringify of a Published whose field note holds null or undefined is not supported: its type admits both, which JavaScript prints differently and Python holds as one None; give the field a type with only one of them",
    );
    expect(reset).toBe(before);
  });

  test("a member a merged interface declares is refused, naming it", () => {
    expect(run("merged_interface")).toEqual([
      "TypeError: JSON.stringify of a Merged is not supported: its member `extra` is declared by an interface merged with the class, so JavaScript adds it when it is first set, at a place among the fields that Python does not keep",
    ]);
  });

  test("Object.assign of an object literal's undefined into a field typed to hold null is refused; JSON's null is copied", () => {
    expect(run("assigned_nones")).toEqual([
      "TypeError: Object.assign of undefined into the field coupon of a Cart is not supported: its type admits null and not undefined, and Python holds both as None; leave the key out",
      '{"coupon":null,"total":2}',
      '{"coupon":"OLD","total":3}',
    ]);
  });
});
