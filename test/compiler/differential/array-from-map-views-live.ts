// Array.from(view, mapper) walks a Map's keys(), values() or entries() as the mapper goes, as
// JavaScript does: entries the mapper adds are reached, deleted ones not yet reached are skipped.

export function testValuesSeeTheMappersChanges(): string {
  const map = new Map<string, number>([
    ["a", 1],
    ["b", 2],
  ]);
  const values = Array.from(map.values(), (value) => {
    if (value === 1) {
      map.set("c", 3);
      map.delete("b");
    }
    return value * 10;
  });
  return JSON.stringify(values);
}

export function testKeysAndEntriesSeeAdditions(): string {
  const map = new Map<string, number>([["a", 1]]);
  const keys = Array.from(map.keys(), (key, index) => {
    if (key === "a") {
      map.set("d", 4);
    }
    return `${index}:${key}`;
  });
  const entries = Array.from(map.entries(), ([key, value]) => {
    if (key === "a") {
      map.set("e", 5);
    }
    return `${key}=${value}`;
  });
  return JSON.stringify([keys, entries]);
}

export function testViewsWithoutChangesAreCopies(): string {
  const map = new Map<number, string>([
    [2, "b"],
    [1, "a"],
  ]);
  return JSON.stringify([Array.from(map.keys(), (key) => key * 2), Array.from(map.values()), Array.from(map.entries(), ([key]) => key)]);
}
