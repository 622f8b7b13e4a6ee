// `continue` or `break` out of a `finally` whose `try` yields (review 17): a consumer that breaks
// closes the generator at the yield; JavaScript's jump drops the closing and the generator runs on,
// where Python raises RuntimeError ("generator ignored GeneratorExit") at the next yield.
export function* retrying(limit: number): Generator<number> {
  for (let attempt = 0; attempt < limit; attempt++) {
    try {
      yield attempt;
    } finally {
      continue;
    }
  }
}
export function* stopping(limit: number): Generator<number> {
  outer: for (let round = 0; round < limit; round++) {
    for (let step = 0; step < limit; step++) {
      try {
        yield step;
      } catch {
        yield -1;
      } finally {
        if (step > round) {
          break outer;
        }
      }
    }
  }
  yield 99;
}
// Not refused: the jump stays inside the finally, or its try does not yield.
export function* inside(limit: number): Generator<number> {
  try {
    yield limit;
  } finally {
    for (let index = 0; index < limit; index++) {
      if (index > 1) {
        break;
      }
    }
  }
  for (let index = 0; index < limit; index++) {
    try {
      limit -= 1;
    } finally {
      continue;
    }
  }
  yield limit;
}
