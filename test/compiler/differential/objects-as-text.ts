// String(), template literals and join of class instances and object literals: a class's own toString(),
// inherited or not (an object literal may not declare one: CS1040), else "[object Object]" (Object.prototype.toString), never Python's repr.
class Plain {
  x = 1;
}
class Described {
  constructor(private readonly label: string) {}
  toString(): string {
    return `Described(${this.label})`;
  }
}
class InheritsDescription extends Described {}
class NumberText {
  toString(): string {
    return String(42.5);
  }
}
export function testPlainInstance(): string[] {
  const plain = new Plain();
  return [String(plain), `${plain}`, [plain, plain].join("|"), `<${[plain]}>`];
}
export function testOwnToString(): string[] {
  const described = new Described("a");
  return [String(described), `${described}!`, [described, new Described("b")].join(), String([described])];
}
export function testInheritedToString(): string[] {
  return [String(new InheritsDescription("c")), `${new NumberText()}`];
}
export function testObjectLiteralWithMethods(): string[] {
  const bare = {
    name: "bare",
    describe(): string {
      return this.name;
    },
  };
  return [String(bare), `${bare}`, [bare, bare].join(";")];
}
export function testDataObject(): string[] {
  const data = { a: 1 };
  return [String(data), `${data}`, [data].join()];
}
export function testMapsAndSetsAsText(): string[] {
  const map = new Map<string, number>([["a", 1]]);
  const set = new Set<number>([1]);
  let made = 0;
  const make = (): Map<string, number> => {
    made += 1;
    return new Map();
  };
  return [String(map), `${set}`, "map: " + map, String(make()), String(made)];
}
class SnakeNamed {
  to_string(): string {
    return "snake";
  }
}
export function testMethodNamedLikePythonIsNotToString(): string[] {
  return [String(new SnakeNamed()), `${new SnakeNamed()}`, new SnakeNamed().to_string()];
}
// A Set is a class in Python, so its text is exact wherever it is: inside an array, a union, or null.
export function testSetsAsTextInsideOthers(): string[] {
  const sets = [new Set<number>([1]), new Set<number>()];
  const either: Set<number> | string = sets[0] ?? "none";
  const maybe: Set<number> | null = sets[5] ?? null;
  const nested: Set<string>[][] = [[new Set(["a"])], []];
  return [String(sets), `${either}`, String(maybe), sets.join(" & "), String(nested), "sets: " + sets];
}
