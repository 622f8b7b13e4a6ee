// `(record[key] &&= value)` used as a value gives the element it read when that is falsy, undefined
// when the key is missing; TypeScript types the expression without undefined (the element's
// written type), so compiled code would take the None for a number. Refused as a value where the
// element may be missing (a record's key, an array's index); the statement form compiles.
export function valuesOfMissingElements(): string[] {
  const counts: Record<string, number> = { a: 0 };
  const y = (counts["c"] &&= 5);
  const arr: number[] = [];
  const viaProperty = (counts.d &&= 2);
  return [`${y}`, `e=${(arr[2] &&= 3)}`, String(viaProperty)];
}

export function compiledForms(): string[] {
  const counts: Record<string, number> = { a: 0, b: 2 };
  counts["c"] &&= 5;
  counts["b"] &&= 7;
  const maybe: Record<string, number | undefined> = {};
  const declared: { a: number; pair: [number, number] } = { a: 0, pair: [1, 0] };
  const tuple: [number, string] = [0, ""];
  return [
    String(maybe["x"] &&= 1),
    String((declared["a"] &&= 3)),
    String((declared.pair[1] &&= 4)),
    String((tuple[0] &&= 5)),
    String((counts["a"] ||= 6)),
    String((counts["z"] ??= 7)),
  ];
}
