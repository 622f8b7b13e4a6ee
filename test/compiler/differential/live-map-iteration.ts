// for…of over a Map or a Set is live in JavaScript: an entry deleted before the loop reaches it is skipped,
// one added is reached, one deleted and added again is reached at its new place, a value is read when reached.
function visit<K extends string | number, V extends number>(map: Map<K, V>, step: (key: K, value: V) => void): string[] {
  const seen: string[] = [];
  for (const [key, value] of map) {
    seen.push(`${String(key)}=${String(value)}`);
    step(key, value);
  }
  return seen;
}
function letters(): Map<string, number> {
  return new Map([
    ["a", 1],
    ["b", 2],
    ["c", 3],
    ["d", 4],
  ]);
}
export function testDeleteAheadIsSkipped(): string[] {
  const map = letters();
  return visit(map, (key, _value) => {
    if (key === "a") map.delete("c");
  });
}
export function testDeleteCurrentKeepsTheRest(): string[] {
  const map = letters();
  const seen = visit(map, (key, _value) => {
    map.delete(key);
  });
  return [...seen, String(map.size)];
}
export function testAddedEntriesAreReached(): string[] {
  const map = letters();
  return visit(map, (key, value) => {
    if (value < 3) map.set(key + key, value + 10);
  });
}
export function testValueChangedAheadIsReadWhenReached(): string[] {
  const map = letters();
  return visit(map, (key, _value) => {
    if (key === "a") map.set("c", 30);
  });
}
export function testDeletedAndAddedAgainMovesToTheEnd(): string[] {
  const map = letters();
  return visit(map, (key, _value) => {
    if (key === "a") {
      map.delete("b");
      map.set("b", 20);
    }
  });
}
export function testVisitedKeyAddedAgainIsReachedAgain(): string[] {
  const map = letters();
  let again = true;
  return visit(map, (key, _value) => {
    if (key === "b" && again) {
      again = false;
      map.delete("a");
      map.set("a", 100);
    }
  });
}
export function testDeleteAndAddTogether(): string[] {
  const map = letters();
  return visit(map, (key, _value) => {
    if (key === "b") {
      map.delete("d");
      map.set("e", 5);
      map.delete("a");
      map.set("f", 6);
    }
  });
}
export function testClearStopsTheLoop(): string[] {
  const map = letters();
  return visit(map, (key, _value) => {
    if (key === "b") map.clear();
  });
}
export function testClearThenRefill(): string[] {
  const map = letters();
  let refilled = false;
  return visit(map, (key, _value) => {
    if (key === "b" && !refilled) {
      refilled = true;
      map.clear();
      map.set("x", 9);
      map.set("a", 8);
    }
  });
}
export function testLastKeyDeletedWhileOthersAdded(): string[] {
  const map = letters();
  return visit(map, (key, _value) => {
    if (key === "a") {
      map.delete("d");
      map.set("z", 26);
    }
  });
}
export function testSetAsWorklist(): number[] {
  const queue = new Set<number>([1]);
  const order: number[] = [];
  for (const item of queue) {
    order.push(item);
    if (item < 40) {
      queue.add(item * 2);
      queue.add(item * 3);
    }
  }
  return order;
}
export function testSetDeleteAhead(): string[] {
  const set = new Set(["a", "b", "c"]);
  const seen: string[] = [];
  for (const item of set) {
    seen.push(item);
    if (item === "a") set.delete("b");
  }
  return seen;
}
export function testKeysAndValuesViewsAreLive(): string[] {
  const map = letters();
  const keys: string[] = [];
  for (const key of map.keys()) {
    keys.push(key);
    if (key === "a") {
      map.delete("b");
      map.set("e", 5);
    }
  }
  const values: number[] = [];
  for (const value of map.values()) {
    values.push(value);
    if (value === 1) map.set("d", 40);
  }
  const entries: string[] = [];
  for (const [key, value] of map.entries()) {
    entries.push(key + value);
    if (key === "c") map.set("g", 7);
  }
  return [...keys, "|", ...values.map(String), "|", ...entries];
}
export function testNumberKeysAddedDuringLoop(): number[] {
  const map = new Map<number, number>([[0, 0]]);
  const seen: number[] = [];
  for (const [key] of map) {
    seen.push(key);
    if (key < 6) map.set(key + 1, key);
    if (key === 3) map.delete(5);
  }
  return seen;
}
export function testManyAdditionsStayFast(): number {
  const set = new Set<number>([0]);
  let count = 0;
  for (const item of set) {
    count += 1;
    if (item < 20000) set.add(item + 1);
  }
  return count;
}
// Found by the review and by the 100,000-program run: a visited key added again after clear() is a new
// entry, reached again; clearing and adding the same key each step walks it again each time.
export function testClearThenAddAVisitedKey(): string[] {
  const map = new Map([
    ["a", 1],
    ["b", 2],
  ]);
  const seen: string[] = [];
  for (const [key] of map) {
    seen.push(key);
    if (seen.length === 1) {
      map.clear();
      map.set("a", 1);
      map.set("c", 3);
    }
  }
  return seen;
}
export function testClearAndAddTheSameKeyEachStep(): number {
  const map = new Map([["first", 0]]);
  let steps = 0;
  for (const [, value] of map) {
    if (steps++ > 12) {
      break;
    }
    map.clear();
    map.set("again", value + 1);
  }
  return steps;
}
export function testDeleteAndAddTheLastVisitedKey(): string[] {
  const set = new Set(["x", "y"]);
  const seen: string[] = [];
  for (const item of set) {
    seen.push(item);
    if (item === "y" && seen.length < 4) {
      set.delete("y");
      set.add("y");
    }
  }
  return seen;
}
