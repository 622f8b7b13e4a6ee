// An everyday program as a new user writes it: a typed event emitter, an Error subclass, word counts,
// geometry, number formatting and parsing, a static factory, grouping by a key.
type Listener<T> = (payload: T) => void;

class Emitter<Events extends Record<string, unknown>> {
  private listeners = new Map<string, Set<Listener<never>>>();
  on<K extends keyof Events & string>(event: K, listener: Listener<Events[K]>): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(listener as Listener<never>);
    return () => set.delete(listener as Listener<never>);
  }
  emit<K extends keyof Events & string>(event: K, payload: Events[K]): number {
    const set = this.listeners.get(event);
    if (!set) return 0;
    for (const listener of set) (listener as Listener<Events[K]>)(payload);
    return set.size;
  }
}

export function testEmitter(): unknown {
  const emitter = new Emitter<{ saved: { id: number }; closed: string }>();
  const log: string[] = [];
  const off = emitter.on("saved", ({ id }) => log.push(`saved ${id}`));
  emitter.on("closed", (reason) => log.push(`closed: ${reason}`));
  const first = emitter.emit("saved", { id: 1 });
  off();
  const second = emitter.emit("saved", { id: 2 });
  emitter.emit("closed", "done");
  return { log, first, second };
}

class ValidationError extends Error {
  constructor(
    public readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "ValidationError";
  }
}

function validate(user: { name?: string; age?: number }): string[] {
  const problems: string[] = [];
  try {
    if (!user.name?.trim()) throw new ValidationError("name", "name is required");
    if (user.age !== undefined && (user.age < 0 || !Number.isInteger(user.age))) {
      throw new ValidationError("age", `bad age ${user.age}`);
    }
  } catch (e) {
    if (e instanceof ValidationError) problems.push(`${e.name}[${e.field}]: ${e.message}`);
    else throw e;
  }
  return problems;
}

export function testValidation(): unknown {
  return [validate({}), validate({ name: " x ", age: 3.5 }), validate({ name: "ok", age: 30 }), String(new ValidationError("f", "m"))];
}

export function testWordFrequency(): unknown {
  const text = "the quick brown fox jumps over the lazy dog. The dog sleeps!";
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const top = [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, 3)
    .map(([word, count]) => `${word.padEnd(6, ".")}${String(count).padStart(3)}`);
  return { top, distinct: counts.size, capitalised: text.replace(/\b\w/g, (c) => c.toUpperCase()) };
}

interface Point {
  x: number;
  y: number;
}

function centroid(points: readonly Point[]): Point | undefined {
  if (points.length === 0) return undefined;
  const sum = points.reduce((acc, p) => ({ x: acc.x + p.x, y: acc.y + p.y }), { x: 0, y: 0 });
  return { x: sum.x / points.length, y: sum.y / points.length };
}

export function testGeometry(): unknown {
  const points: Point[] = Array.from({ length: 5 }, (_, i) => ({ x: i, y: i * i }));
  const c = centroid(points);
  const far = points.filter(({ x, y }) => Math.hypot(x, y) > 3);
  const moved = points.map((p) => ({ ...p, x: p.x + 1 }));
  const [first, ...others] = moved;
  return {
    c,
    far: far.length,
    first,
    others: others.length,
    json: JSON.stringify(c, null, 2),
    fixed: c ? `${c.x.toFixed(2)},${c.y.toFixed(2)}` : "none",
    none: centroid([])?.x ?? "empty",
  };
}

export function testNumbers(): unknown {
  const values = [0.1 * 3, 1 / 3, 100, -0, 1e21, 2 ** 31, 0xff, 1_000_000, NaN, Infinity];
  return values.map((v) => [String(v), v.toFixed(1), Number.isInteger(v), Math.round(v), Math.trunc(v), v.toString(16)]);
}

export function testParsing(): unknown {
  return ["42", "4.2e1", " 7 ", "0x1f", "", "abc", "12px"].map((s) => [Number(s), parseInt(s), parseFloat(s), parseInt(s, 16), isNaN(Number(s))]);
}

export function testStaticFactory(): unknown {
  class Temperature {
    private constructor(private readonly celsius: number) {}
    static fromFahrenheit(f: number): Temperature {
      return new Temperature(((f - 32) * 5) / 9);
    }
    static readonly ZERO = new Temperature(0);
    toString(): string {
      return `${this.celsius.toFixed(1)}°C`;
    }
    compare(other: Temperature): number {
      return Math.sign(this.celsius - other.celsius);
    }
  }
  const temps = [212, 32, -40].map((f) => Temperature.fromFahrenheit(f));
  temps.sort((a, b) => a.compare(b));
  return { temps: temps.map(String), zero: `${Temperature.ZERO}`, joined: temps.join(" < ") };
}

export function testGroupBy(): unknown {
  const people = [
    { name: "Ann", team: "red", score: 5 },
    { name: "Bob", team: "blue", score: 7 },
    { name: "Cy", team: "red", score: 9 },
  ];
  const byTeam: Record<string, typeof people> = {};
  for (const person of people) {
    (byTeam[person.team] ||= []).push(person);
  }
  const best = Object.fromEntries(Object.entries(byTeam).map(([team, members]) => [team, Math.max(...members.map((m) => m.score))]));
  const names = Object.values(byTeam)
    .flat()
    .map((p) => p.name);
  return { best, names, teams: Object.keys(byTeam), every: people.every((p) => p.score > 4), some: people.some((p) => p.team === "green") };
}
