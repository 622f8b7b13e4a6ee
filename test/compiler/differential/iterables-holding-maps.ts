// A Map or a Set reached through `Iterable<T>`, a type parameter or a `Map | Set` union is walked by
// its entries (a Map) or values (a Set), as the static type cannot say which: a JsMap is a dict,
// whose plain Python walk gave its keys (found by review 7c).
function walk<T>(it: Iterable<T>): string {
  const out: string[] = [];
  for (const x of it) {
    out.push(JSON.stringify(x));
  }
  return out.join(" ");
}
function toArray<T>(it: Iterable<T>): T[] {
  return [...it];
}
function mapAll<T>(it: Iterable<T>): string[] {
  return Array.from(it, (x) => JSON.stringify(x));
}
function copyAll<T>(it: Iterable<T>): T[] {
  return Array.from(it);
}
function pairs(it: Iterable<[string, number]>): string {
  let s = "";
  for (const [k, v] of it) {
    s += `${k}=${v} `;
  }
  return s;
}
function spreadUnion(u: Map<string, number> | Set<string>): string {
  return JSON.stringify([...u]);
}
function loopUnion(u: Map<string, number> | Set<string>): string {
  const out: string[] = [];
  for (const x of u) {
    out.push(JSON.stringify(x));
  }
  return out.join(" ");
}
function constrained<C extends Iterable<unknown>>(collection: C): number {
  let count = 0;
  for (const item of collection) {
    count += Array.isArray(item) ? 10 : 1;
  }
  return count;
}
function* delegate<T>(it: Iterable<T>): Generator<T> {
  yield* it;
}
function firstTwo<T>(it: Iterable<T>): T[] {
  const got: T[] = [];
  for (const x of it) {
    got.push(x);
    if (got.length === 2) {
      break;
    }
  }
  return got;
}
function collect(...items: unknown[]): string {
  return JSON.stringify(items);
}
function spreadArguments<T>(it: Iterable<T>): string {
  return collect(...it);
}
function letters(): Map<string, number> {
  return new Map<string, number>([
    ["a", 1],
    ["b", 2],
  ]);
}

export function testForOfOverIterableMap(): string {
  return walk(letters());
}
export function testSpreadOfIterableMap(): string {
  return JSON.stringify(toArray(letters()));
}
export function testArrayFromWithMapperOfIterableMap(): string[] {
  return mapAll(letters());
}
export function testArrayFromOfIterableMap(): string {
  return JSON.stringify(copyAll(letters()));
}
export function testPairsOfIterableMap(): string {
  return pairs(letters());
}
export function testSpreadOfMapOrSet(): string[] {
  return [spreadUnion(letters()), spreadUnion(new Set(["x", "y"]))];
}
export function testForOfMapOrSet(): string[] {
  return [loopUnion(letters()), loopUnion(new Set(["x", "y"]))];
}
export function testConstrainedTypeParameter(): number[] {
  return [constrained(letters()), constrained(new Set([1, 2, 3])), constrained([[1], 2]), constrained("abc")];
}
export function testYieldStarOfIterableMap(): string {
  return JSON.stringify([...delegate(letters())]);
}
export function testIterableSetArrayStringAndGenerator(): string[] {
  function* numbers(): Generator<number> {
    yield 1;
    yield 2;
  }
  return [walk(new Set([3, 4])), walk([5, 6]), walk("hi"), walk(numbers()), JSON.stringify(mapAll(new Set(["s"])))];
}
export function testBreakOutOfIterableMapThenChangeIt(): string {
  const map = letters();
  const got = firstTwo(map);
  map.set("c", 3);
  map.delete("a");
  return JSON.stringify([got, [...map]]);
}
export function testMapChangedWhileWalkedThroughIterable(): string {
  const map = letters();
  const seen: string[] = [];
  const it: Iterable<[string, number]> = map;
  for (const [key] of it) {
    seen.push(key);
    if (key === "a") {
      map.delete("b");
      map.set("z", 26);
    }
  }
  return seen.join();
}
export function testSpreadArgumentsOfIterableMap(): string[] {
  return [spreadArguments(letters()), collect(...letters())];
}
