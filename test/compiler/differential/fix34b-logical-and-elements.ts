// `&&=` on elements: the statement form on a record's missing key, and the value form where the
// element is declared (an object type's key, a tuple's element) or its type admits undefined.

export function testStatementFormOnMissingKeys(): string[] {
  const counts: Record<string, number> = { a: 0, b: 2 };
  counts["c"] &&= 5;
  counts["b"] &&= 7;
  counts.d &&= 1;
  const arr: number[] = [1];
  arr[3] &&= 4;
  arr[0] &&= 9;
  return [JSON.stringify(counts), JSON.stringify(arr), Object.keys(counts).join(), String(arr.length)];
}

export function testValueFormOnDeclaredElements(): string[] {
  const maybe: Record<string, number | undefined> = { y: 2 };
  const declared: { a: number; b: number; pair: [number, number] } = { a: 0, b: 1, pair: [1, 0] };
  const tuple: [number, string] = [0, "s"];
  return [
    String((maybe["x"] &&= 1)),
    String((maybe["y"] &&= 3)),
    String((declared["a"] &&= 3)),
    `${(declared["b"] &&= 4) + 1}`,
    String((declared.pair[1] &&= 4)),
    String((declared.pair[0] &&= 6)),
    String((tuple[0] &&= 5)),
    String((tuple[1] &&= "t")),
    JSON.stringify([maybe, declared, tuple]),
  ];
}
