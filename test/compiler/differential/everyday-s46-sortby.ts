// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): sortby.
interface Row {
  name: string;
  age: number;
  city: string;
  score?: number;
}

function sortBy<K extends string, T extends Record<K, string | number>>(items: readonly T[], key: K, dir: "asc" | "desc" = "asc"): T[] {
  const m = dir === "asc" ? 1 : -1;
  return [...items].sort((a, b) => (a[key] < b[key] ? -m : a[key] > b[key] ? m : 0));
}

function groupBy<T, K extends string>(items: readonly T[], keyOf: (t: T) => K): Record<K, T[]> {
  const out = {} as Record<K, T[]>;
  for (const it of items) (out[keyOf(it)] ??= []).push(it);
  return out;
}

function countBy<T>(items: Iterable<T>, keyOf: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const it of items) {
    const k = keyOf(it);
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

function uniqBy<T>(items: T[], keyOf: (t: T) => string | number): T[] {
  const seen = new Set<string | number>();
  return items.filter((t) => {
    const k = keyOf(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function partition<T>(items: T[], pred: (t: T, i: number) => boolean): [T[], T[]] {
  const yes: T[] = [],
    no: T[] = [];
  items.forEach((t, i) => (pred(t, i) ? yes : no).push(t));
  return [yes, no];
}

function zip<A, B>(a: A[], b: B[]): Array<[A, B]> {
  return a.slice(0, Math.min(a.length, b.length)).map((x, i) => [x, b[i]!]);
}

const rows: Row[] = [
  { name: "Kim", age: 34, city: "Oslo", score: 7 },
  { name: "ali", age: 27, city: "Rome" },
  { name: "Bea", age: 34, city: "Oslo", score: 9.5 },
  { name: "Cy", age: 19, city: "Lima", score: 0 },
  { name: "Dee", age: 27, city: "Rome", score: 3 },
];

export function testSortBy(): unknown {
  return {
    byName: sortBy(rows, "name").map((r) => r.name),
    byAgeDesc: sortBy(rows, "age", "desc").map((r) => `${r.name}:${r.age}`),
    byCity: sortBy(rows, "city").map((r) => r.city),
  };
}

export function testGroups(): unknown {
  const g = groupBy(rows, (r) => r.city);
  const [adults, young] = partition(rows, (r) => r.age >= 21);
  return {
    groups: Object.fromEntries(Object.entries(g).map(([k, v]) => [k, v.map((r) => r.name)])),
    counts: [...countBy(rows, (r) => (r.score === undefined ? "unscored" : r.score >= 5 ? "high" : "low"))],
    uniqAges: uniqBy(rows, (r) => r.age).map((r) => r.name),
    adults: adults.length,
    young: young.map((r) => r.name),
    zipped: zip(
      rows.map((r) => r.name),
      [1, 2, 3],
    ),
    avgScore: rows.filter((r): r is Row & { score: number } => typeof r.score === "number").reduce((s, r, _, arr) => s + r.score / arr.length, 0),
    maxBy: rows.reduce((best, r) => ((r.score ?? -Infinity) > (best.score ?? -Infinity) ? r : best)).name,
  };
}
