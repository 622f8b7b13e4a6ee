// Review 24A W2: the fixes CS1070's message now names where TypeScript's own `any` comes from
// (`new Array<number>(n)`, a Record type for Object.values and Object.entries, typed callback parameters) compile.
interface Totals {
  apples: number;
  pears: number;
}
export function testFixed(): number[] {
  const totals: Record<string, number> = { apples: 2, pears: 3 };
  const counts = new Array<number>(3).fill(0);
  counts[1] = (counts[1] ?? 0) - 1;
  let best = 0;
  for (const [, value] of Object.entries(totals)) {
    best = value > best ? value : best;
  }
  const t: Totals = { apples: 1, pears: 4 };
  return [
    ...counts,
    best,
    Object.values(totals).reduce((sum, value) => sum * value, 1),
    Object.values(t).reduce((sum: number, value: number) => sum + value, 0),
  ];
}
