// Review 20: an array that holds itself turns into text as V8's join makes it, the inner array as "" (String, join, templates, +), where Python raised RecursionError.
export function testCyclicJoin(): string[] {
  const a: unknown[] = [1];
  a.push(a);
  a.push(2);
  return [String(a), a.join("-"), `${a}`, [a, a].join("|")];
}
export function testCyclicNested(): string {
  const a: unknown[] = [];
  const b: unknown[] = [a];
  a.push(b, "x");
  return String(a) + "/" + String(b);
}
export function testArrayFromLength(): number[] {
  return [
    Array.from({ length: 2.5 }).length,
    Array.from({ length: -1 }).length,
    Array.from({ length: NaN }).length,
    Array.from({ length: 3 }, (_, i) => i * 2).length,
  ];
}
export function testArrayFromLength2(): unknown[] {
  return [Array.from({ length: 2 }), Array.from({ length: 2.9 }, (_, i) => i)];
}
