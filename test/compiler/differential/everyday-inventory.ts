// An everyday program as a new user writes it: a class keeping items in a Map with an id counter
// (`this.nextId++` as a value), sorting, grouping, regular expressions, shapes, enums, JSON errors.
interface Item {
  id: number;
  name: string;
  price: number;
  tags?: string[];
  discount?: number | null;
}

type SortKey = "name" | "price";

class Inventory {
  private items = new Map<number, Item>();
  private nextId = 1;

  add(name: string, price: number, tags?: string[]): Item {
    const item: Item = { id: this.nextId++, name, price, tags };
    this.items.set(item.id, item);
    return item;
  }

  remove(id: number): boolean {
    return this.items.delete(id);
  }

  find(predicate: (item: Item) => boolean): Item | undefined {
    for (const item of this.items.values()) {
      if (predicate(item)) return item;
    }
    return undefined;
  }

  sorted(key: SortKey, descending = false): Item[] {
    const list = [...this.items.values()];
    list.sort((a, b) => {
      const left = a[key];
      const right = b[key];
      const order = left < right ? -1 : left > right ? 1 : 0;
      return descending ? -order : order;
    });
    return list;
  }

  total(): number {
    let sum = 0;
    this.items.forEach((item) => {
      sum += item.price * (1 - (item.discount ?? 0));
    });
    return Math.round(sum * 100) / 100;
  }

  byTag(): Record<string, string[]> {
    const result: Record<string, string[]> = {};
    for (const { name, tags = [] } of this.items.values()) {
      for (const tag of tags) {
        (result[tag] ??= []).push(name);
      }
    }
    return result;
  }

  get size(): number {
    return this.items.size;
  }
}

export function testInventory(): unknown {
  const inventory = new Inventory();
  inventory.add("apple", 0.5, ["fruit", "red"]);
  const banana = inventory.add("banana", 0.25, ["fruit"]);
  inventory.add("carrot", 0.1);
  banana.discount = 0.1;
  const cheap = inventory.find((item) => item.price < 0.2);
  inventory.remove(99);
  return {
    names: inventory.sorted("name").map((item) => item.name),
    byPrice: inventory.sorted("price", true).map(({ name, price }) => `${name}: ${price.toFixed(2)}`),
    total: inventory.total(),
    tags: inventory.byTag(),
    cheap: cheap?.name ?? "none",
    size: inventory.size,
    json: JSON.stringify(inventory.sorted("name")[0]),
  };
}

function parseLine(line: string): { key: string; value: number } | null {
  const match = /^(\w+)\s*=\s*(-?\d+(?:\.\d+)?)$/.exec(line.trim());
  if (!match) return null;
  return { key: match[1] ?? "", value: parseFloat(match[2] ?? "") };
}

export function testParse(): unknown {
  const text = "a = 1\n b=2.5 \n# comment\nc = -3\nbad line";
  const entries = text
    .split("\n")
    .map(parseLine)
    .filter((entry): entry is { key: string; value: number } => entry !== null);
  const totals = entries.reduce<Record<string, number>>((acc, { key, value }) => ({ ...acc, [key]: value * 2 }), {});
  return { entries, totals, keys: Object.keys(totals).join("|") };
}

abstract class Shape {
  abstract area(): number;
  abstract kind(): string;
  describe(): string {
    return `${this.kind()} with area ${this.area().toFixed(1)}`;
  }
}
class Circle extends Shape {
  constructor(private readonly radius: number) {
    super();
  }
  area(): number {
    return Math.PI * this.radius ** 2;
  }
  kind(): string {
    return "Circle";
  }
}
class Rect extends Shape {
  constructor(
    public width: number,
    public height: number,
  ) {
    super();
  }
  area(): number {
    return this.width * this.height;
  }
  kind(): string {
    return "Rect";
  }
  override describe(): string {
    return super.describe() + ` (${this.width}x${this.height})`;
  }
}

export function testShapes(): string[] {
  const shapes: Shape[] = [new Circle(1), new Rect(2, 3)];
  return shapes.map((shape) => shape.describe());
}

enum Level {
  Debug,
  Info,
  Warn = 5,
}

export function testEnumsAndErrors(): unknown {
  const results: string[] = [];
  for (const input of ['{"a":1}', "{bad", "[1,2]"]) {
    try {
      const value = JSON.parse(input) as unknown;
      results.push(Array.isArray(value) ? `array of ${value.length}` : value == null ? "null" : typeof value);
    } catch (error) {
      if (error instanceof SyntaxError) results.push("syntax error");
      else throw error;
    }
  }
  return { results, level: Level[Level.Warn], info: Level.Info, names: Object.keys(Level) };
}

export function testStrings(): unknown {
  const s = "Hello, World";
  return {
    upper: s.toUpperCase(),
    words: s.split(/,\s*/),
    padded: "7".padStart(3, "0"),
    replaced: s.replace(/o/g, "0"),
    reversed: [...s].reverse().join(""),
    counts: [...s.toLowerCase()].reduce((m, c) => m.set(c, (m.get(c) ?? 0) + 1), new Map<string, number>()).get("l"),
    includes: s.includes("World"),
    idx: s.indexOf("o", 5),
    slice: s.slice(-5),
    sub: s.substring(7),
    charCode: s.charCodeAt(0),
    trimmed: "  x  ".trimEnd() + "|",
    repeat: "ab".repeat(3),
    startsWith: s.startsWith("Hell"),
    numbers: [10, 1, 2].sort(),
    numbersSorted: [10, 1, 2].sort((a, b) => a - b),
    localeNumber: (1234.5).toString(),
    exp: (1e21).toString(),
    small: 0.1 + 0.2,
  };
}
