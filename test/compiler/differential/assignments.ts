// Assignments and increments used as values, and logical assignment.
export function testPostIncrementValue(): number[] {
  let count = 0;
  const first = count++;
  const second = count++;
  return [first, second, count];
}
export function testPreIncrementValue(): number[] {
  let count = 0;
  const first = ++count;
  const second = --count;
  return [first, second, count];
}
export function testIncrementInWhileCondition(): number {
  let index = 0;
  let total = 0;
  while (index++ < 5) {
    total += index;
  }
  return total;
}
export function testDecrementInWhileCondition(): number[] {
  let remaining = 3;
  const seen: number[] = [];
  while (remaining--) {
    seen.push(remaining);
  }
  return seen;
}
export function testIncrementAsArgument(): number[] {
  let next = 10;
  const values = [next++, next++, ++next];
  return [...values, next];
}
export function testIncrementAsIndex(): string[] {
  const items = ["a", "b", "c"];
  let index = 0;
  const picked = [items[index++] ?? "", items[index++] ?? ""];
  return [...picked, String(index)];
}
export function testAssignmentAsValue(): number[] {
  let a = 0;
  let b = 0;
  a = b = 7;
  return [a, b];
}
export function testAssignmentInCondition(): string[] {
  const queue = ["x", "y"];
  const seen: string[] = [];
  let item: string | undefined;
  while ((item = queue.shift()) !== undefined) {
    seen.push(item);
  }
  return seen;
}
export function testCompoundAssignmentValue(): number[] {
  let total = 1;
  const doubled = (total *= 2);
  const plus = (total += 5);
  const divided = (total /= 2);
  return [doubled, plus, divided, total];
}
export function testStringAppendValue(): string[] {
  let text = "a";
  const longer = (text += "b");
  return [longer, (text += 1)];
}
export function testPostIncrementPastSafe(): number[] {
  let big = Number.MAX_SAFE_INTEGER;
  const old = big++;
  const again = ++big;
  return [old, again, big];
}
export function testClosureIncrement(): number[] {
  let calls = 0;
  const next = (): number => calls++;
  next();
  next();
  return [next(), calls];
}
export function testClosureAssignmentValue(): number[] {
  let latest = 0;
  const remember = (value: number): number => (latest = value * 2);
  return [remember(3), latest];
}
export function testNullishAssignment(): (string | null)[] {
  let name: string | null = null;
  name ??= "default";
  let other: string | null = "kept";
  other ??= "ignored";
  return [name, other];
}
export function testOrAssignment(): (string | number)[] {
  let text = "";
  text ||= "empty";
  let count = 0;
  count ||= 5;
  let kept = 3;
  kept ||= 9;
  return [text, count, kept];
}
export function testAndAssignment(): (string | number)[] {
  let text = "x";
  text &&= "y";
  let count = 0;
  count &&= 5;
  return [text, count];
}
export function testNullishAssignmentValue(): (number | null)[] {
  let cache: number | null = null;
  const first = (cache ??= 4);
  const second = (cache ??= 9);
  return [first, second, cache];
}
export function testOrAssignmentValue(): string[] {
  let label = "";
  const first = (label ||= "none");
  const second = (label ||= "other");
  return [first, second];
}
export function testLogicalAssignmentOnRecord(): Record<string, number> {
  const record: Record<string, number> = { a: 1 };
  record["a"] ??= 5;
  record["b"] ??= 6;
  return record;
}
export function testIncrementInsideMap(): number[] {
  let counter = 0;
  const values = [5, 6, 7].map((value) => value + counter++);
  return [...values, counter];
}

// Destructuring assignment to existing variables.
export function testSwap(): number[] {
  let a = 1;
  let b = 2;
  [a, b] = [b, a];
  return [a, b];
}
export function testRotateThree(): string[] {
  let x = "x";
  let y = "y";
  let z = "z";
  [x, y, z] = [y, z, x];
  return [x, y, z];
}
export function testArrayAssignmentFromVariable(): (number | undefined)[] {
  const pair = [7];
  let first: number | undefined = 0;
  let second: number | undefined = 0;
  [first, second] = pair;
  return [first, second];
}
export function testArrayAssignmentWithDefaultAndRest(): unknown[] {
  let head = 0;
  let rest: number[] = [];
  let missing = 0;
  [head, missing = 9, ...rest] = [1, undefined as unknown as number, 3, 4];
  return [head, missing, rest];
}
export function testArrayAssignmentSkips(): number[] {
  let last = 0;
  [, , last] = [1, 2, 3];
  return [last];
}
export function testObjectAssignment(): unknown[] {
  let host = "";
  let port = 0;
  ({ host, port } = { host: "h", port: 1883 });
  return [host, port];
}
export function testObjectAssignmentRenamed(): string[] {
  let name = "";
  let other = "";
  ({ title: name, kind: other = "movie" } = { title: "Heat" } as { title: string; kind?: string });
  return [name, other];
}
export function testAssignmentIntoFields(): number[] {
  const point = { x: 0, y: 0 };
  [point.x, point.y] = [3, 4];
  return [point.x, point.y];
}
export function testSwapArrayElements(): number[] {
  const items = [1, 2, 3];
  [items[0], items[2]] = [items[2] ?? 0, items[0] ?? 0];
  return items;
}
