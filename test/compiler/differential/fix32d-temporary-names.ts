// Variables spelled like the compiler's temporaries (`value_1`, `items_2`, `options_1`) keep their values.

function pick(flag: boolean): number[] | undefined {
  return flag ? [5] : undefined;
}

function area({ w, h }: { w: number; h: number }, options_1: number, options_2: number): number {
  return w * h + options_1 + options_2;
}

function pair([a, b]: number[], items_1: string, items_2: string): string {
  return `${a}${b}${items_1}${items_2}`;
}

export function testTemporaryNames(): unknown[] {
  const value_1 = 7;
  const value_2 = 8;
  const items_1 = "i1";
  const items_2 = "i2";
  const doubled = (pick(false) ?? [1, 2]).map((x) => x * 2);
  const again = (pick(true) ?? [3]).map((x) => x + 1);
  return [doubled, again, value_1, value_2, items_1, items_2, area({ w: 2, h: 3 }, 10, 20), pair([1, 2], "x", "y")];
}
