/**
 * Records keyed by a type parameter (`Record<K, V>` with `K extends string`), and `Partial`,
 * `Readonly`, `Pick` and `Omit` of data types over such keys: dicts, as `Record<string, V>` is, where
 * every index read, write, `in` and `delete` was refused (review 18: a `groupBy` helper).
 */
export function groupBy<T, K extends string>(items: T[], keyOf: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const key = keyOf(item);
    if (!(key in groups)) {
      groups[key] = [];
    }
    groups[key].push(item);
  }
  return groups;
}

function countBy<T, K extends string | number>(items: T[], keyOf: (item: T) => K): Partial<Record<K, number>> {
  const counts: Partial<Record<K, number>> = {};
  for (const item of items) {
    const key = keyOf(item);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

function indexBy<T, K extends string>(items: T[], keyOf: (item: T) => K): Readonly<Record<K, T>> {
  const index = {} as Record<K, T>;
  for (const item of items) {
    index[keyOf(item)] = item;
  }
  return index;
}

interface Settings {
  host: string;
  port: number;
  secure?: boolean;
  tags: string[];
}

function pick<K extends keyof Settings>(settings: Settings, ...keys: K[]): Pick<Settings, K> {
  const picked = {} as Pick<Settings, K>;
  for (const key of keys) {
    picked[key] = settings[key];
  }
  return picked;
}

function without<K extends keyof Settings>(settings: Settings, key: K): Omit<Settings, K> {
  const copy: Partial<Settings> = { ...settings };
  delete copy[key];
  return copy as Omit<Settings, K>;
}

function read<K extends keyof Settings>(settings: Settings, key: K): Settings[K] {
  return settings[key];
}

const SETTINGS: Settings = { host: "broker.local", port: 8883, tags: ["a", "b"] };

export function testGroupBy(): unknown[] {
  const groups = groupBy([1, 2, 3, 4, 5], (n) => (n % 2 === 0 ? "even" : "odd"));
  const words = groupBy(["apple", "avocado", "banana", "cherry", "blueberry"], (word) => word.slice(0, 1));
  return [groups, Object.keys(groups), Object.entries(words), JSON.stringify(words), "odd" in groups, "none" in groups];
}

export function testCountByStringsAndNumbers(): unknown[] {
  const byLength = countBy(["a", "bb", "cc", "ddd", ""], (word) => word.length);
  const byInitial = countBy(["x1", "y2", "x3"], (word) => word.slice(0, 1));
  return [byLength, Object.keys(byLength), byLength[2] ?? 0, byLength[7] ?? "none", byInitial, Object.values(byInitial)];
}

export function testIndexBy(): unknown[] {
  const index = indexBy(
    [
      { id: "b", size: 2 },
      { id: "a", size: 1 },
      { id: "b", size: 3 },
    ],
    (entry) => entry.id,
  );
  return [index, Object.keys(index).length, { ...index }];
}

export function testPickOmitAndRead(): unknown[] {
  const picked = pick(SETTINGS, "port", "host");
  const rest = without(SETTINGS, "tags");
  const tags = read(SETTINGS, "tags");
  return [picked, Object.keys(picked), rest, "tags" in rest, read(SETTINGS, "port") + 1, tags.length, read(SETTINGS, "secure") ?? "unset"];
}
