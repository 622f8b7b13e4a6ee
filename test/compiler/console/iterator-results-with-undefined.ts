// console.log of iterator.next() whose value is undefined prints `value: undefined`, as Node does.
function* once(): Generator<number, void, undefined> {
  yield 1;
}

function* yieldsUndefined(): Generator<number | undefined, void, undefined> {
  yield undefined;
}

export function main(): void {
  const generator = once();
  console.log(generator.next());
  const result = generator.next();
  console.log(result, Object.keys(result), "value" in result);
  console.log([result, { inner: result }]);
  console.log(yieldsUndefined().next());
}
