// Number(undefined) is NaN where Number(null) is 0; both are None in Python. Where the type admits
// undefined and never null, None is converted as undefined (NaN), as String() writes "undefined".
interface Query {
  page?: string;
  size?: number;
}

export function testNumberOfMissingSplitPart(): unknown[] {
  const [hours, minutes] = "12".split(":");
  return [Number(hours), Number(minutes), Number(minutes) || 0, +minutes!, -minutes!];
}

export function testNumberOfAbsentOptionalMember(): unknown[] {
  const query = JSON.parse('{"page":"3"}') as Query;
  return [Number(query.page), Number(query.size), isNaN(Number(query.size))];
}

export function testNumberOfOutOfRangeElement(): string {
  const parts = "a=1".split("=");
  const value = Number(parts[2]);
  return Number.isNaN(value) ? "missing" : "value " + value;
}

export function testNumberOfUnmatchedGroup(): number {
  const match = /(\d+)?x/.exec("x");
  return Number(match?.[1]);
}

export function testNumberAsCallback(): unknown[] {
  const values: (number | undefined)[] = [1, undefined];
  const texts: (string | null)[] = ["2", null];
  return [values.map(Number), values.map((value) => Number(value)), texts.map(Number)];
}

export function testNumberOfNullStaysZero(): number[] {
  const absent: string | null = JSON.parse("null") as string | null;
  return [Number(absent), +absent!];
}

// Number(array) is Number(String(array)): null and undefined elements join as "".
export function testNumberOfArraysHoldingNothing(): number[] {
  const nothing: (number | null)[] = [null];
  const missing: (number | undefined)[] = [undefined];
  const nested: number[][] = [[5]];
  const empty: string[] = [""];
  const pair: number[] = [1, 2];
  return [Number(nothing), Number(missing), Number(nested), Number(empty), Number(pair), Number([[null]])];
}
