// A generator's parameter may default to a constant of the standard library (`Infinity`,
// `Number.MAX_SAFE_INTEGER`, `-Math.PI`): evaluated at the call in JavaScript, at the first next()
// in Python, the value is the same (review 19: the lazy range `end = Infinity` was refused).

function* range(start: number, end = Infinity, step = 1): Generator<number> {
  for (let value = start; value < end; value += step) {
    yield value;
  }
}

function* countDown(from = Number.MAX_SAFE_INTEGER, floor = -Infinity): Generator<number> {
  let value = from;
  while (value > floor) {
    yield value;
    value -= 1;
  }
}

function* angles(first = -Math.PI, missing = NaN): Generator<string> {
  yield first.toFixed(3);
  yield String(missing);
}

export function testLazyRangeWithAnEndlessDefault(): number[] {
  const taken: number[] = [];
  for (const value of range(3)) {
    if (taken.length === 4) {
      break;
    }
    taken.push(value);
  }
  return [...taken, ...range(0, 6, 2)];
}

export function testOtherConstants(): unknown[] {
  const first = countDown().next().value;
  return [first, [...countDown(3, 0)], [...angles()]];
}
