// yield* over a Set, a Map or a Map's keys()/values()/entries() walks it live, as Node does: what the
// consumer adds before the walk reaches it is yielded, what it deletes first is skipped.
function* fromSet(items: Set<string>): Generator<string, void, undefined> {
  yield* items;
}

function* fromMap(map: Map<string, number>): Generator<[string, number], void, undefined> {
  yield* map;
}

function* fromKeys(map: Map<string, number>): Generator<string, void, undefined> {
  yield* map.keys();
}

function* fromValues(map: Map<string, number>): Generator<number, void, undefined> {
  yield* map.values();
}

function* fromEntries(map: Map<string, number>): Generator<[string, number], void, undefined> {
  yield* map.entries();
}

const queue = new Set<string>(["a", "b"]);

function* drainQueue(): Generator<string, void, undefined> {
  yield* queue;
}

export function testSetChangedWhileYielded(): string {
  const got: string[] = [];
  for (const x of drainQueue()) {
    got.push(x);
    if (x === "a") {
      queue.add("c");
      queue.delete("b");
    }
  }
  return got.join();
}

export function testSetParameterChangedWhileYielded(): string[] {
  const items = new Set(["x", "y", "z"]);
  const got: string[] = [];
  for (const item of fromSet(items)) {
    got.push(item);
    if (item === "x") {
      items.delete("y");
      items.add("w");
    }
  }
  return got;
}

function changedMap(): Map<string, number> {
  return new Map([
    ["a", 1],
    ["b", 2],
    ["c", 3],
  ]);
}

export function testMapChangedWhileYielded(): unknown[] {
  const map = changedMap();
  const got: unknown[] = [];
  for (const entry of fromMap(map)) {
    got.push(entry);
    if (entry[0] === "a") {
      map.delete("b");
      map.set("c", 30);
      map.set("d", 4);
    }
  }
  return got;
}

export function testMapKeysValuesEntriesChangedWhileYielded(): unknown[] {
  const keysMap = changedMap();
  const keys: string[] = [];
  for (const key of fromKeys(keysMap)) {
    keys.push(key);
    if (key === "a") {
      keysMap.delete("b");
      keysMap.set("d", 4);
    }
  }
  const valuesMap = changedMap();
  const values: number[] = [];
  for (const value of fromValues(valuesMap)) {
    values.push(value);
    if (value === 1) {
      valuesMap.set("c", 30);
      valuesMap.delete("b");
      valuesMap.set("e", 5);
    }
  }
  const entriesMap = changedMap();
  const entries: unknown[] = [];
  for (const entry of fromEntries(entriesMap)) {
    entries.push(entry);
    if (entry[0] === "a") {
      entriesMap.clear();
      entriesMap.set("z", 26);
    }
  }
  return [keys, values, entries];
}

export function testUnchangedCollectionsYieldEverything(): unknown[] {
  const map = changedMap();
  return [[...fromSet(new Set(["p", "q"]))], [...fromMap(map)], [...fromKeys(map)], [...fromValues(map)], [...fromEntries(map)]];
}

function* fromSetValues(items: Set<number>): Generator<number, void, undefined> {
  yield* items.values();
  yield* items.keys();
}

export function testSetValuesAndKeysChangedWhileYielded(): number[] {
  const items = new Set([1, 2, 3]);
  const got: number[] = [];
  for (const item of fromSetValues(items)) {
    got.push(item);
    if (item === 1 && got.length === 1) {
      items.delete(2);
      items.add(4);
    }
  }
  return got;
}
