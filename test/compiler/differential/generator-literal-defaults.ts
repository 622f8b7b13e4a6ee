// A generator's parameter defaulting to a fresh array or object literal of literals: made at the
// first next() in Python, at the call in JavaScript, which nothing can tell apart; each call gets its
// own (review S46B, F6: refused, CS1026).
function* walk(depth: number, path: string[] = []): Generator<string> {
  const here = [...path, `d${depth}`];
  yield here.join("/");
  if (depth < 2) {
    yield* walk(depth + 1, here);
  }
}
function* collect(items: number[], into: number[] = [], options: { step: number; label: string } = { step: 2, label: "x" }): Generator<string> {
  for (const item of items) {
    into.push(item * options.step);
    yield `${options.label}${into.join(",")}`;
  }
}
export function testLiteralDefaults(): unknown {
  const first = collect([1, 2]);
  const second = collect([3]);
  const shared: number[] = [9];
  return [[...walk(0)], [...first], [...second], [...collect([4], shared, { step: 1, label: "y" })], shared, [...collect([5], undefined)]];
}
