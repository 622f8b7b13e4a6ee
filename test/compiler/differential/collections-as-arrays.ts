// A Map's entries are [key, value] arrays, as are Object.entries' (not Python tuples): a program may
// test them with Array.isArray and change them.
function pairs(): Map<string, number> {
  return new Map([
    ["a", 1],
    ["b", 2],
  ]);
}
export function testMapEntriesAreArrays(): (boolean | number)[] {
  const map = pairs();
  const spread = [...map];
  const from = Array.from(map);
  const entries = [...map.entries()];
  const first = spread[0] ?? ["", 0];
  first[1] = 10;
  let walked = 0;
  for (const entry of map) {
    entry[1] = 99;
    walked += Array.isArray(entry) ? entry[1] : -1;
  }
  return [Array.isArray(first), first[1], Array.isArray(from[1]), Array.isArray(entries[0]), walked, map.get("a") ?? -1];
}
export function testObjectEntriesAreArrays(): (boolean | number | string)[] {
  const record: Record<string, number> = { x: 1, y: 2 };
  const entries = Object.entries(record);
  const last = entries[1] ?? ["", 0];
  last[1] = 5;
  return [Array.isArray(last), last[1], record["y"] ?? -1, JSON.stringify(entries)];
}
export function testSpreadThenDestructure(): string[] {
  const map = pairs();
  const [first] = [...map];
  const [key] = [...map.keys()];
  const [one, two] = [...new Set(["p", "q"])];
  return [JSON.stringify(first), String(key), `${one}${two}`];
}
function makeMap(entries?: [string, number][]): Map<string, number> {
  return new Map(entries);
}
export function testNewMapOfUndefined(): number[] {
  return [makeMap().size, makeMap([["a", 1]]).size];
}
export function testObjectAssignFromMap(): string {
  const target: Record<string, number> = { a: 1 };
  Object.assign(target, pairs() as object);
  return JSON.stringify(target);
}
