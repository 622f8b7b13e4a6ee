// Math.fround and Math.hypot (V8's algorithm, ported), Number checks, findLast/findLastIndex.
/** A deterministic sweep of doubles of every magnitude: a linear congruential generator. */
function sweep(count: number): number[] {
  const values: number[] = [];
  let state = 12345;
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const mantissa = state / 2147483648;
    // Powers of ten up to 10^22 are exact doubles, so the inputs agree on both sides (pow itself may not).
    const exponent = (state % 45) - 22;
    const scaled = exponent < 0 ? mantissa / 10 ** -exponent : mantissa * 10 ** exponent;
    values.push(state % 2 === 0 ? scaled : -scaled);
  }
  return values;
}

export function testFroundEdgeCases(): number[] {
  return [
    Math.fround(5.5),
    Math.fround(5.05),
    Math.fround(0.1),
    Math.fround(-0),
    Math.fround(1e40),
    Math.fround(-1e40),
    Math.fround(3.4028235677973366e38),
    Math.fround(3.4028235e38),
    Math.fround(1e-46),
    Math.fround(1.401298464324817e-45),
    Math.fround(2 ** 53 + 2),
    Math.fround(16777217),
    Math.fround(Infinity),
    Math.fround(NaN),
  ];
}

export function testFroundSweep(): number[] {
  return sweep(300).map((value) => Math.fround(value));
}

export function testHypotEdgeCases(): number[] {
  return [
    Math.hypot(),
    Math.hypot(3, 4),
    Math.hypot(-3),
    Math.hypot(0, -0),
    Math.hypot(NaN, Infinity),
    Math.hypot(NaN, 1),
    Math.hypot(1e200, 1e200),
    Math.hypot(1e-200, 1e-200),
    Math.hypot(1, 1, 1, 1),
    Math.hypot(0.1, 0.2, 0.3),
  ];
}

export function testHypotSweep(): number[] {
  const values = sweep(600);
  const results: number[] = [];
  for (let i = 0; i + 2 < values.length; i += 3) {
    results.push(Math.hypot(values[i] ?? 0, values[i + 1] ?? 0), Math.hypot(values[i] ?? 0, values[i + 1] ?? 0, values[i + 2] ?? 0));
  }
  return results;
}

export function testNumberChecks(): boolean[] {
  return [
    Number.isInteger(5),
    Number.isInteger(5.5),
    Number.isInteger(-0),
    Number.isInteger(Infinity),
    Number.isFinite(Infinity),
    Number.isFinite(1e308),
    Number.isFinite(NaN),
    Number.isSafeInteger(2 ** 53),
    Number.isSafeInteger(2 ** 53 - 1),
    Number.isSafeInteger(-(2 ** 53 - 1)),
    Number.isSafeInteger(1.5),
  ];
}

export function testMathIntegerFunctions(): number[] {
  return [
    Math.imul(3, 4),
    Math.imul(0xffffffff, 5),
    Math.imul(2 ** 31, 2),
    Math.clz32(1),
    Math.clz32(0),
    Math.clz32(-1),
    Math.clz32(0.5),
    Math.trunc(-4.7),
    Math.trunc(-0.2),
    Math.sign(-3),
    Math.sign(-0),
  ];
}

export function testFindLastAndIndex(): unknown[] {
  const list = [1, 5, 3, 8, 2];
  const visited: number[] = [];
  const last = list.findLast((value, index) => {
    visited.push(index);
    return value > 3;
  });
  return [
    last,
    visited,
    list.findLastIndex((value) => value > 3),
    list.findLast((value) => value > 100) ?? "none",
    list.findLastIndex((value) => value > 100),
    [].findLastIndex(() => true),
    ["a", "bb", "c"].findLast((text) => text.length > 1),
  ];
}

export function testFindLastSeesChangesMadeByTheCallback(): unknown[] {
  const list = [1, 2, 3, 4];
  const seen: (number | undefined)[] = [];
  const found = list.findLastIndex((value, index) => {
    seen.push(value);
    if (index === 3) {
      list.pop();
      list[1] = 20;
    }
    return value === 20;
  });
  return [found, seen];
}
