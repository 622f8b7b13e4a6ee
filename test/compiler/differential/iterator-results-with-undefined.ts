// iterator.next() whose value is undefined still has its value key, as in Node: Object.keys, `in`
// and Object.entries see it, JSON.stringify leaves it out.
function* once(): Generator<number, void, undefined> {
  yield 1;
}

function* yieldsUndefined(): Generator<number | undefined, string, undefined> {
  yield undefined;
  return "end";
}

export function testFinishedResultKeepsItsValueKey(): unknown[] {
  const generator = once();
  generator.next();
  const result = generator.next();
  return [Object.keys(result), "value" in result, "done" in result, JSON.stringify(result), result.value === undefined, result.done];
}

export function testYieldedUndefinedKeepsItsValueKey(): unknown[] {
  const generator = yieldsUndefined();
  const first = generator.next();
  const second = generator.next();
  const third = generator.next();
  return [Object.keys(first), "value" in first, JSON.stringify(first), JSON.stringify(second), Object.keys(third), JSON.stringify([first, third])];
}

export function testResultEntriesCountTheValue(): unknown[] {
  const generator = once();
  generator.next();
  const result = generator.next();
  return [Object.entries(result).length, Object.values(result).length, Object.keys(result).join("+")];
}
