// JSON.stringify of a Record with literal keys, or of a generic Record's result, holding class
// instances is refused as the same value typed { k: Point[] } is: the property's type was read
// at the library's mapped type (its `T`), not where the value is (review 19: Python raised).
// (Point's `note` may hold null or undefined, which the runtime cannot print: cs1017-json-of-class.)
class Point {
  note?: string | null;
  constructor(public x: number) {}
}

function recordOf<K extends string, V>(key: K, value: V): Record<K, V> {
  const record = {} as Record<K, V>;
  record[key] = value;
  return record;
}

export function literalKeys(): string {
  const byName: Record<"k", Point[]> = { k: [new Point(1)] };
  return JSON.stringify(byName);
}

export function genericResult(): string {
  return JSON.stringify(recordOf("k", new Point(2)));
}

export function dataStillPrints(): string {
  const byName: Record<"k", number[]> = { k: [1] };
  return JSON.stringify([byName, recordOf("k", { x: 1 })]);
}
