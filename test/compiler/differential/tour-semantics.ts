// Truthiness, equality, null handling, collections and JSON: where Python would differ.
function truthy(value: unknown): string {
  return value ? "T" : "F";
}

function describe(value: unknown): string {
  if (value === 1) {
    return "one";
  }
  if (value === true) {
    return "true";
  }
  if (value == null) {
    return "nullish";
  }
  return typeof value;
}

class Shape {
  static created = 0;
  protected readonly name: string;

  constructor(name: string) {
    this.name = name;
    Shape.created += 1;
  }

  get label(): string {
    return `${this.name} with area ${this.area()}`;
  }

  area(): number {
    return 0;
  }
}

class Square extends Shape {
  private readonly side: number;

  constructor(side: number) {
    super("square");
    this.side = side;
  }

  override area(): number {
    return this.side * this.side;
  }
}

class NotFound extends Error {
  constructor(what: string) {
    super(`${what} was not found`);
  }
}

function find(key: string, table: Record<string, number>): number {
  const value = table[key] as number | undefined;
  if (value === undefined) {
    throw new NotFound(key);
  }
  return value;
}

interface Options {
  name: string;
  retries?: number;
}

export function testSemanticsTour(): string[] {
  const out: string[] = [];
  const samples: unknown[] = [[], {}, 0, "", NaN, "0", 1, null, -1];
  for (const sample of samples) {
    out.push(truthy(sample));
  }
  out.push(describe(1), describe(true), describe(null), describe(undefined), describe("1"), describe(1.0), describe([]));
  const zero = 0;
  const empty = "";
  const missing: string | null = null;
  out.push(String(zero ?? 5), String(zero || 5), empty || "default", missing ?? "was null");
  const options: Options = { name: "x" };
  out.push(String(options.retries ?? 3), options.name);
  const list: number[] = [10, 9, 1, 100];
  list.sort();
  out.push(list.join(","));
  list.sort((a, b) => a - b);
  out.push(list.join(","));
  out.push(String(list[7]), String(list[-1]));
  const counts: Map<string, number> = new Map();
  counts.set("a", 1);
  counts.set("b", 2);
  counts.set("c", 3);
  for (const [key, count] of counts) {
    if (count === 2) {
      counts.delete(key);
    }
  }
  out.push(Array.from(counts.keys()).join(","), String(counts.size), String(counts.has("b")), String(counts.get("zz")));
  out.push(JSON.stringify({ a: 1, b: [true, null, 'é\n"x"'], c: { d: 1.5, e: 1e21 } }));
  out.push(JSON.stringify([1, "two"], null, 2));
  const parsed = JSON.parse('{"n": 1.0, "list": [1, 2], "s": "\\u00e9"}') as Record<string, string | number | boolean | object | null>;
  out.push(JSON.stringify(parsed), String(parsed["n"] ?? null), typeof (parsed["list"] ?? null), String(Array.isArray(parsed["list"])));
  try {
    JSON.parse("{not json");
    out.push("parsed?!");
  } catch (error) {
    out.push(error instanceof Error ? "Error thrown" : "other thrown");
  }
  const square = new Square(3);
  out.push(square.label, String(square instanceof Shape), String(Shape.created));
  try {
    find("missing", { present: 1 });
  } catch (error) {
    out.push(error instanceof NotFound ? `NotFound: ${error.message}` : "?");
  } finally {
    out.push("finally ran");
  }
  let total = 0;
  for (let index = 0; index < 10; index++) {
    if (index % 2 === 0) {
      continue;
    }
    total += index;
  }
  out.push(`odd sum ${total}`);
  let countdown = 3;
  const seen: string[] = [];
  while (countdown > 0) {
    seen.push(String(countdown));
    countdown--;
  }
  out.push(seen.join(" "));
  const [first, second = "fallback", third = "unused"] = ["one", undefined, "three"];
  const { name, retries = 7 } = options;
  out.push(first, second, third, name, String(retries));
  const maybe: Options | null = Math.random() > 2 ? options : null;
  out.push(String(maybe?.name));
  out.push(String("key" in { key: 1 }), String(Object.keys({ b: 1, a: 2 }).join(",")));
  return out;
}
