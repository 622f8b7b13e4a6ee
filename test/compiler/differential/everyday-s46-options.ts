// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): options.
interface Page<T> {
  items: T[];
  page: number;
  pages: number;
  total: number;
  hasNext: boolean;
}

function paginate<T>(items: readonly T[], page = 1, size = 10): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(1, Math.floor(page)), pages);
  return { items: items.slice((p - 1) * size, p * size), page: p, pages, total: items.length, hasNext: p < pages };
}

interface FetchOptions {
  retries?: number;
  timeout?: number;
  headers?: Record<string, string>;
  method?: "GET" | "POST";
}

function describe({ retries = 3, timeout = 1000, headers = {}, method = "GET" }: FetchOptions = {}): string {
  const h = Object.entries(headers)
    .map(([k, v]) => `${k}=${v}`)
    .join(";");
  return `${method} r=${retries} t=${timeout} h=[${h}]`;
}

function sum(...nums: number[]): number {
  return nums.reduce((a, b) => a + b, 0);
}
function first<T extends NonNullable<unknown>>(xs: Array<T | undefined>, fallback: T): T {
  const [head = fallback] = xs;
  return head;
}
function label(name: string, suffix?: string, sep = "-"): string {
  return suffix === undefined ? name : `${name}${sep}${suffix}`;
}

class Base {
  value = 1;
  kind: string;
  constructor() {
    this.kind = "base";
  }
  describe(): string {
    return `${this.kind}:${this.value}`;
  }
}
class Derived extends Base {
  override value = 2;
  extra: string[];
  constructor(...parts: string[]) {
    super();
    this.extra = parts;
    this.kind = "derived";
  }
  override describe(): string {
    return `${super.describe()}+${this.extra.length}`;
  }
}

export function testDefaults(): unknown {
  const data = Array.from({ length: 23 }, (_, i) => i + 1);
  return {
    p1: paginate(data),
    p3: paginate(data, 3),
    pUndef: paginate(data, undefined, 5).items,
    pBig: paginate(data, 99, 7).page,
    pFrac: paginate(data, 2.7, 4).items,
    empty: paginate([]),
    d: [describe(), describe({}), describe({ retries: 0, timeout: 0 }), describe({ timeout: undefined, method: "POST", headers: { a: "1" } })],
    sums: [sum(), sum(1), sum(...data)],
    first: [first([], "none"), first<number>([undefined, 2], 9), first(["a"], "z")],
    labels: [label("a"), label("a", "b"), label("a", undefined, "+"), label("a", "b", undefined)],
    classes: [new Base().describe(), new Derived("x", "y").describe()],
  };
}

export function testDestructure(): unknown {
  const {
    a = 1,
    b: { c = 2, ...restB } = { d: 0, e: 0 },
    ...rest
  } = { a: undefined, b: { d: 4, e: 5 }, f: 6, g: 7 } as { a?: number; b?: { c?: number; d: number; e: number }; f: number; g: number };
  const [x = 10, , y = 20, ...tail] = [undefined, 1, undefined, 3, 4] as Array<number | undefined>;
  const pairs = Object.entries({ k1: 1, k2: 2 }).map(([key, value], index) => ({ key, value, index }));
  let m = 1,
    n = 2;
  [m, n] = [n, m];
  return { a, c, restB, rest, x, y, tail, pairs, swapped: [m, n] };
}
