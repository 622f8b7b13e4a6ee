// A Map is a JsMap in Python: a dict that tells loops walking it every change, whoever makes it, and
// that String() and JSON.stringify tell from a record whatever the static type says.
function pairs(): Map<string, number> {
  return new Map([
    ["a", 1],
    ["b", 2],
    ["c", 3],
  ]);
}
function refill(map: Map<string, number>, key: string): void {
  map.clear();
  map.set(key, 9);
  map.set("z", 26);
}
// The walk used to be told only of changes written inside the loop: a visited key re-added after
// clear() by a called function was not reached again, where JavaScript reaches it as a new entry.
export function testChangedByACalledFunction(): string[] {
  const map = pairs();
  const seen: string[] = [];
  for (const [key, value] of map) {
    seen.push(`${key}=${value}`);
    if (key === "b" && seen.length < 5) {
      refill(map, "a");
    }
  }
  return seen;
}
function emptyThenAdd(map: Map<string, number>, key: string): void {
  for (const old of [...map.keys()]) {
    map.delete(old);
  }
  map.set(key, 7);
}
// The one change the old walk could not see: every key deleted one by one, then a visited key added.
export function testEmptiedKeyByKeyThenVisitedKeyAdded(): string[] {
  const map = pairs();
  const seen: string[] = [];
  for (const [key, value] of map) {
    seen.push(`${key}=${value}`);
    if (key === "b") {
      emptyThenAdd(map, "a");
    }
  }
  return seen;
}
function rotate(map: Map<string, number>): void {
  const first = [...map.keys()][0];
  if (first !== undefined) {
    const value = map.get(first) ?? 0;
    map.delete(first);
    map.set(first, value + 1);
  }
}
export function testRotatedByACalledFunction(): string[] {
  const map = pairs();
  const seen: string[] = [];
  for (const [key, value] of map) {
    seen.push(`${key}=${value}`);
    if (seen.length < 7) {
      rotate(map);
    }
  }
  return seen;
}
function drain(set: Set<number>, below: number): void {
  for (const value of [...set]) {
    if (value < below) set.delete(value);
  }
  set.add(below * 10);
}
export function testSetChangedByACalledFunction(): number[] {
  const set = new Set<number>([1, 2, 3, 4]);
  const seen: number[] = [];
  for (const value of set) {
    seen.push(value);
    if (seen.length < 4) drain(set, value + 2);
  }
  return seen;
}
export function testMapsAsTextInsideOthers(): string[] {
  const maps = [pairs(), new Map<string, number>()];
  const either: Map<string, number> | string = maps[0] ?? "none";
  const maybe: Map<string, number> | null = maps[4] ?? null;
  const nested: Map<string, number>[][] = [[pairs()], []];
  const tuple: [number, Map<string, number>] = [1, pairs()];
  return [String(maps), `${either}`, String(maybe), maps.join(" & "), String(nested), "tuple: " + tuple];
}
function show<T extends object>(value: T): string {
  return String(value);
}
export function testMapThroughUnknownOrGeneric(): string[] {
  const values: unknown[] = [pairs(), new Set([1]), { a: 1 }];
  const objects: object[] = [pairs(), { a: 1 }];
  return [show(pairs()), show(new Set(["x"])), objects.map(String).join(), JSON.stringify(values), JSON.stringify({ inner: values[0] })];
}
export function testNewMapFromMapIsACopy(): string[] {
  const original = pairs();
  const copy = new Map(original);
  copy.set("d", 4);
  copy.delete("a");
  const fromEntries = new Map([...original.entries()].filter(([key]) => key !== "b"));
  return [[...original.keys()].join(), [...copy.keys()].join(), [...fromEntries.keys()].join(), String(copy)];
}
export function testMapValuesAreLiveThroughSetInExpressions(): number[] {
  const map = pairs();
  const seen: number[] = [];
  for (const value of map.values()) {
    seen.push(value);
    const again = map.set(`k${value}`, value * 2).get(`k${value}`) ?? 0;
    if (again > 40) map.clear();
  }
  return seen;
}
function isNegativeZero(value: number | undefined): boolean {
  return value !== undefined && 1 / value === -Infinity;
}
// SameValueZero: every NaN finds NaN (Python's NaN != NaN, and arithmetic makes a new one each
// time), and -0 finds 0 and is kept as 0.
export function testNaNAndNegativeZeroKeys(): (string | number | boolean | undefined)[] {
  const big = Infinity;
  const byNumber = new Map<number, string>();
  byNumber.set(big - big, "nan");
  byNumber.set(-0, "zero");
  const literal = new Map<number, string>([
    [NaN, "first"],
    [0 / 0, "second"],
  ]);
  const copy = new Map(byNumber);
  const seen = new Set<number>([NaN, big * 0, Number("x"), Math.sqrt(-1), -0, 0]);
  return [
    byNumber.get(NaN),
    byNumber.has(big * 0),
    byNumber.get(0),
    byNumber.size,
    isNegativeZero([...byNumber.keys()][1]),
    literal.size,
    literal.get(Number("y")),
    copy.get(parseFloat("z")),
    seen.size,
    seen.has(big - big),
    isNegativeZero([...seen][1]),
    byNumber.delete(NaN),
    byNumber.size,
  ];
}
export function testNumberOrStringKeys(): (string | undefined)[] {
  const mixed = new Map<number | string, string>([
    [1, "number"],
    ["1", "string"],
  ]);
  mixed.set(-0, "zero");
  return [mixed.get(1), mixed.get("1"), mixed.get(0), String(mixed.size)];
}
// instanceof Map is true only for a Map: a record (a dict too in Python) is not one.
export function testInstanceOfMapAndSet(): boolean[] {
  const values: unknown[] = [new Map<string, number>(), { a: 1 }, new Set<string>(), [1], "text"];
  return values.flatMap((value) => [value instanceof Map, value instanceof Set]);
}
// While a loop walks a Map it takes on a class that reports changes, and loses it when the last
// walk ends, also by break, return or a throw; two walks of one Map at once both see every change.
function firstOver(map: Map<string, number>, limit: number): string {
  for (const [key, value] of map) {
    if (value > limit) return key;
  }
  return "none";
}
export function testWalksEndingEarlyAndNested(): string[] {
  const map = pairs();
  const seen: string[] = [firstOver(map, 1)];
  for (const [outer] of map) {
    if (outer === "b") break;
    for (const [inner, value] of map) {
      seen.push(`${outer}${inner}${value}`);
      if (inner === "a") map.set("d", 4);
      if (inner === "c") map.delete("a");
    }
  }
  try {
    for (const [key] of map) {
      if (key === "c") throw new RangeError(key);
    }
  } catch (error) {
    seen.push(String(error));
  }
  map.set("e", 5);
  map.delete("b");
  seen.push([...map.keys()].join(), String(map), map instanceof Map ? "Map" : "other", JSON.stringify([map as unknown]));
  for (const [key] of map) {
    if (key === "c") map.set("f", 6);
    seen.push(key);
  }
  return seen;
}
// A Map, a Set or a function has no own keys, whether typed so or reached through a wider type.
// (`object` would be refused, CS1047: a class instance could travel under it.)
function fieldCount(value: Map<string, number> | Set<string> | (() => Map<string, number>) | { a: number }): number {
  return Object.keys(value).length;
}
export function testObjectKeysOfCollections(): number[] {
  const map = pairs();
  const set = new Set<string>(["x"]);
  return [
    Object.keys(map).length,
    Object.entries(map).length,
    Object.values(set).length,
    fieldCount(map),
    fieldCount(set),
    fieldCount(pairs),
    fieldCount({ a: 1 }),
  ];
}
