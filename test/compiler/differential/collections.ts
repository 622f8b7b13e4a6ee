// Map and Set: insertion order, mutation while iterating, conversions.
function letters(): Map<string, number> {
  const map = new Map<string, number>();
  map.set("b", 2);
  map.set("a", 1);
  map.set("c", 3);
  return map;
}
export function testMapOrder(): string[] {
  return Array.from(letters().keys());
}
export function testMapValues(): number[] {
  return Array.from(letters().values());
}
export function testMapEntries(): [string, number][] {
  return Array.from(letters().entries());
}
export function testMapSize(): number {
  return letters().size;
}
export function testMapHas(): boolean[] {
  const map = letters();
  return [map.has("a"), map.has("z")];
}
export function testMapGet(): (number | undefined)[] {
  const map = letters();
  return [map.get("a"), map.get("z")];
}
export function testMapGetDefault(): number {
  return letters().get("z") ?? -1;
}
export function testMapSetOverwriteKeepsOrder(): string[] {
  const map = letters();
  map.set("b", 20);
  return Array.from(map.keys());
}
export function testMapDeleteReturns(): boolean[] {
  const map = letters();
  return [map.delete("a"), map.delete("a")];
}
export function testMapDeleteReinsertMovesToEnd(): string[] {
  const map = letters();
  map.delete("b");
  map.set("b", 2);
  return Array.from(map.keys());
}
export function testMapClear(): number {
  const map = letters();
  map.clear();
  return map.size;
}
export function testMapForOfEntries(): string[] {
  const out: string[] = [];
  for (const [key, value] of letters()) {
    out.push(`${key}=${value}`);
  }
  return out;
}
export function testMapForOfValues(): number {
  let total = 0;
  for (const value of letters().values()) {
    total += value;
  }
  return total;
}
export function testMapDeleteWhileIterating(): string[] {
  const map = letters();
  for (const [key] of map) {
    if (key === "a") {
      map.delete(key);
    }
  }
  return Array.from(map.keys());
}
export function testMapNumberKeys(): (string | undefined)[] {
  const map = new Map<number, string>();
  map.set(1, "one");
  map.set(2, "two");
  return [map.get(1), map.get(3)];
}
export function testMapFromEntries(): number {
  const map = new Map<string, number>([
    ["x", 1],
    ["y", 2],
  ]);
  return map.get("y") ?? 0;
}
export function testMapSetChain(): number {
  const map = new Map<string, number>();
  map.set("a", 1).set("b", 2);
  return map.size;
}
export function testMapSpread(): [string, number][] {
  return [...letters()];
}
export function testMapOfArrays(): number[] {
  const map = new Map<string, number[]>();
  map.set("a", []);
  map.get("a")?.push(1);
  return map.get("a") ?? [];
}
export function testMapCountWords(): [string, number][] {
  const counts = new Map<string, number>();
  for (const word of ["a", "b", "a"]) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return Array.from(counts);
}
export function testSetUnique(): number[] {
  const set = new Set([3, 1, 3, 2, 1]);
  return Array.from(set);
}
export function testSetAddHas(): boolean[] {
  const set = new Set<string>();
  set.add("a");
  return [set.has("a"), set.has("b")];
}
export function testSetSize(): number {
  const set = new Set<string>();
  set.add("a");
  set.add("a");
  set.add("b");
  return set.size;
}
export function testSetDelete(): boolean[] {
  const set = new Set(["a"]);
  return [set.delete("a"), set.delete("a"), set.size === 0];
}
export function testSetOrder(): string[] {
  const set = new Set<string>();
  set.add("z");
  set.add("a");
  set.add("m");
  return [...set];
}
export function testSetForOf(): string {
  let text = "";
  for (const value of new Set(["x", "y"])) {
    text += value;
  }
  return text;
}
export function testSetClear(): number {
  const set = new Set([1, 2]);
  set.clear();
  return set.size;
}
export function testSetDeleteWhileIterating(): number[] {
  const set = new Set([1, 2, 3]);
  for (const value of set) {
    if (value === 2) {
      set.delete(value);
    }
  }
  return Array.from(set);
}
export function testSetAddChain(): number {
  const set = new Set<number>();
  set.add(1).add(2);
  return set.size;
}
export function testSetFromString(): string[] {
  return Array.from(new Set("hello"));
}
export function testSetValues(): number[] {
  return Array.from(new Set([1, 2]).values());
}
export function testMapToJsonThroughEntries(): string {
  return JSON.stringify(Array.from(new Map([["a", 1]])));
}
export function testMapFromVariableEntries(): number {
  const entries: [string, number][] = [["k", 5]];
  const map = new Map(entries);
  return map.get("k") ?? 0;
}
export function testSetIntersection(): number[] {
  const a = new Set([1, 2, 3]);
  const b = new Set([2, 3, 4]);
  return [...a].filter((value) => b.has(value));
}

// Objects enumerate integer keys first, ascending, then the others as inserted (Object.keys, JSON).
export function testRecordIntegerKeysFirst(): string[] {
  const record: Record<string, number> = { b: 1 };
  record["2"] = 2;
  record["a"] = 3;
  record["1"] = 4;
  record["01"] = 5;
  return Object.keys(record);
}
export function testRecordIntegerKeysValues(): number[] {
  const record: Record<string, number> = { z: 1, "10": 2, "9": 3 };
  return Object.values(record);
}
export function testRecordIntegerKeysEntries(): [string, number][] {
  const record: Record<string, number> = { z: 1, "10": 2, "9": 3 };
  return Object.entries(record);
}
export function testRecordKeyOrderJson(): string {
  const record: Record<string, number> = { name: 1 };
  record["7"] = 2;
  record["3"] = 3;
  return JSON.stringify(record);
}
export function testRecordNumberKeysAreStrings(): string[] {
  const record: Record<number, string> = {};
  record[5] = "five";
  record[1] = "one";
  return [...Object.keys(record), record[5] ?? "missing", String(5 in record)];
}
export function testRecordNumberKeyRead(): (string | undefined)[] {
  const record: Record<string, string> = { "3": "three" };
  const key = 3;
  return [record[key], record["3"]];
}
export function testObjectLiteralNumericKeysOrder(): string[] {
  const literal = { b: 1, 2: "two", a: 3, 1: "one" };
  return Object.keys(literal);
}

// Found by the generative test: JavaScript evaluates an assignment's target before its value.
class Ticker {
  count = 0;
  next(): number {
    this.count++;
    return this.count;
  }
}
export function testAssignmentTargetBeforeValue(): Record<string, number> {
  const ticker = new Ticker();
  const record: Record<string, number> = {};
  record[String(ticker.count)] = ticker.next();
  return record;
}
export function testAssignmentTargetIndexBeforeValue(): number[] {
  const ticker = new Ticker();
  const items = [0, 0, 0];
  items[ticker.count] = ticker.next();
  items[ticker.count] = ticker.next();
  return items;
}
export function testNotGreaterWithNaN(): boolean[] {
  const nan = parseFloat("");
  return [!(0 > nan), !(nan <= 1), !(nan === nan), !(1 < 2)];
}
export function testMapSetKeyBeforeValue(): [string, number][] {
  const ticker = new Ticker();
  const counts = new Map<string, number>();
  counts.set(String(ticker.count), ticker.next());
  counts.set(String(ticker.next()), ticker.count);
  return [...counts];
}
export function testLoneSurrogatePatterns(): string[] {
  const half = "😀x".charAt(0);
  const text = "x😀y";
  return [JSON.stringify(text.replaceAll(half, "")), JSON.stringify(text.replace(half, "-")), JSON.stringify(text.split(half))];
}
export function testHasEvaluatesReceiverFirst(): boolean[] {
  let text = "";
  const found = new Map<string, number>([[text, 0]]).has((text += "a"));
  let word = "x";
  const inList = [word].includes((word += "y"));
  return [found, inList];
}
export function testNegateString(): number[] {
  const text = "2";
  return [-text, -(text + "5"), -"x".length];
}
export function testIncludesReceiverBeforeReassignment(): boolean[] {
  let text = "";
  const first = text.includes((text += "b"));
  let word = "a";
  const second = word.includes((word += "a"));
  return [first, second];
}
