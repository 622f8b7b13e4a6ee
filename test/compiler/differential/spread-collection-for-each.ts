// map.forEach((value, key, map) => …) and set.forEach(…) walk the collection live, as JavaScript
// does: entries the callback adds are visited, ones it deletes before they are reached are not,
// and a value is read when its entry is reached.

export function testMapForEach(): string[] {
  const map = new Map<string, number>([
    ["a", 1],
    ["b", 2],
    ["c", 3],
  ]);
  const seen: string[] = [];
  map.forEach((value, key, m) => {
    seen.push(`${key}=${value}/${m.size}`);
    if (key === "a") {
      map.delete("b");
      map.set("d", 4);
      map.set("c", 30);
    }
  });
  map.forEach((value) => seen.push(String(value)));
  let total = 0;
  map.forEach(function (value, key) {
    total += value + key.length;
  });
  seen.push(String(total));
  return seen;
}

export function testSetForEach(): string[] {
  const set = new Set([1, 2, 3]);
  const seen: string[] = [];
  set.forEach((value, again, s) => {
    seen.push(`${value}:${again}:${s.size}`);
    if (value === 1) {
      set.delete(2);
      set.add(4);
    }
  });
  const words = new Set(["x", "y"]);
  words.forEach((w) => seen.push(w.toUpperCase()));
  return seen;
}

export function testForEachThrows(): string[] {
  const map = new Map<number, string>([
    [1, "one"],
    [2, "two"],
  ]);
  const seen: string[] = [];
  try {
    map.forEach((value, key) => {
      if (key === 2) {
        throw new Error("stop at " + value);
      }
      seen.push(value);
    });
  } catch (e) {
    seen.push((e as Error).message);
  }
  map.set(3, "three");
  for (const [k, v] of map) {
    seen.push(`${k}${v}`);
  }
  return seen;
}

function describe(value: number, key: string): void {
  log.push(`${key}->${value}`);
}

const log: string[] = [];

export function testNamedCallback(): string[] {
  log.splice(0);
  new Map<string, number>([["k", 7]]).forEach(describe);
  return [...log];
}
