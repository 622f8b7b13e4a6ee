// `for…in` over data (an object literal, an interface of data, a Record, parsed JSON typed as one):
// the keys Object.keys lists (integer keys first), a key deleted before the loop reaches it skipped
// and one added not reached, as in Node; labelled jumps, closures over the key, null and undefined
// (no keys) (review E1, F8: refused before, with advice to use Object.keys).
interface Config {
  host: string;
  port: number;
  debug?: boolean;
}
export function testForIn(): unknown {
  const config = { host: "localhost", port: 8080 };
  const keys: string[] = [];
  for (const k in config) keys.push(k);
  return keys;
}
export function testOrderAndDeletes(): unknown {
  const record: Record<string, number> = { b: 1, a: 2, 10: 3, 2: 4, c: 5 };
  const seen: string[] = [];
  for (const key in record) {
    seen.push(`${key}=${record[key]}`);
    if (key === "2") delete record["b"];
    if (key === "a") record["z"] = 9;
    if (key === "a") delete record["c"];
  }
  return [seen, Object.keys(record)];
}
export function testClosuresAndJumps(): unknown {
  const config: Config = { host: "h", port: 1, debug: false };
  const readers: (() => string)[] = [];
  let key: string;
  outer: for (key in config) {
    for (const inner in config) {
      if (inner === key) continue outer;
      if (key === "debug") break outer;
    }
    readers.push(() => key);
  }
  const fixed: (() => string)[] = [];
  for (const name in config) {
    fixed.push(() => name);
  }
  return [readers.map((read) => read()), fixed.map((read) => read()), key!];
}
export function testNullable(): unknown {
  const maybe: Record<string, number> | undefined = undefined as Record<string, number> | undefined;
  let count = 0;
  for (const key in maybe) count += key.length;
  const parsed = JSON.parse('{"x":1,"y":{"z":2}}') as Record<string, unknown>;
  const names: string[] = [];
  for (const key in parsed) names.push(key);
  return [count, names];
}
export function testRegExpGroups(): unknown {
  // A match's groups object, walked as it is: a group that took no part is a key holding undefined (review S45T, H5).
  const match = /(?<a>x)|(?<b>y)/.exec("x");
  const out: unknown[] = [];
  if (match && match.groups) for (const key in match.groups) out.push(key, match.groups[key] ?? "none");
  return out;
}
