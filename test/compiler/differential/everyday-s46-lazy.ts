// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): lazy.
class Config {
  static #instance?: Config;
  static get instance(): Config {
    return (Config.#instance ??= new Config());
  }
  static created = 0;
  private _values?: Map<string, string>;
  private constructor() {
    Config.created++;
  }
  private get values(): Map<string, string> {
    return (this._values ??= new Map([["env", "dev"]]));
  }
  get(key: string, fallback = ""): string {
    return this.values.get(key) ?? fallback;
  }
  set(key: string, value: string): this {
    this.values.set(key, value);
    return this;
  }
  get keys(): string[] {
    return [...this.values.keys()].sort();
  }
}

class Counter {
  #counts: Record<string, number> = {};
  hit(key: string, by = 1): number {
    return (this.#counts[key] = (this.#counts[key] ?? 0) + by);
  }
  top(n: number): Array<[string, number]> {
    return Object.entries(this.#counts)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, n);
  }
  reset(key?: string): void {
    if (key === undefined) this.#counts = {};
    else delete this.#counts[key];
  }
}

export function testLazy(): unknown {
  const a = Config.instance;
  const b = Config.instance;
  a.set("region", "eu").set("env", "prod");
  const words = "the cat and the hat and the bat sat on the mat".split(" ");
  const c = new Counter();
  const firsts = words.map((w) => c.hit(w));
  const top = c.top(3);
  c.reset("the");
  const afterDel = c.top(2);
  const weird = c.top(10).filter(([k]) => k.length > 6);
  c.reset();
  return {
    same: a === b,
    created: Config.created,
    env: b.get("env"),
    missing: b.get("nope", "?"),
    keys: a.keys,
    firsts,
    top,
    afterDel,
    weird,
    empty: c.top(1),
  };
}
