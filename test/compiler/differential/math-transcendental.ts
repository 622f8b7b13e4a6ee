// Math.sin, exp, log, pow and the other transcendental functions: V8's fdlibm, ported to Python
// (transpiler/runtime/js_fdlibm.py). Results travel as String(x), so the shortest round-trip digits
// of every double, NaN, ±Infinity and -0 are compared.
/** A deterministic sweep of doubles from 1e-22 to 1e22, both signs: a linear congruential generator. */
function sweep(count: number): number[] {
  const values: number[] = [];
  let state = 4242;
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const mantissa = state / 2147483648;
    // Powers of ten up to 10^22 are exact doubles, so the inputs agree on both sides.
    const exponent = (state % 45) - 22;
    const scaled = exponent < 0 ? mantissa / 10 ** -exponent : mantissa * 10 ** exponent;
    values.push(state % 2 === 0 ? scaled : -scaled);
  }
  return values;
}

const EDGES = [
  0,
  -0,
  1,
  -1,
  0.5,
  -0.5,
  2,
  3,
  10,
  100,
  1e-300,
  5e-324,
  1.7976931348623157e308,
  Infinity,
  -Infinity,
  NaN,
  Math.PI,
  Math.PI / 2,
  Math.E,
  22,
  710,
  -745,
  1e22,
];

function show(value: number): string {
  return value === 0 && 1 / value < 0 ? "-0" : String(value);
}

function table(f: (x: number) => number): string[] {
  return [...EDGES, ...sweep(120)].map((x) => show(f(x)));
}

export function testSin(): string[] {
  return table((x) => Math.sin(x));
}
export function testCos(): string[] {
  return table((x) => Math.cos(x));
}
export function testTan(): string[] {
  return table((x) => Math.tan(x));
}
export function testAsin(): string[] {
  return table((x) => Math.asin(x / 1e22));
}
export function testAcos(): string[] {
  return table((x) => Math.acos(x / 1e22));
}
export function testAtan(): string[] {
  return table((x) => Math.atan(x));
}
export function testAtan2(): string[] {
  const values = [...EDGES, ...sweep(20)];
  const results: string[] = [];
  for (const y of values) {
    for (const x of values) {
      results.push(show(Math.atan2(y, x)));
    }
  }
  return results;
}
export function testExp(): string[] {
  return table((x) => Math.exp(x / 1e20));
}
export function testExpm1(): string[] {
  return table((x) => Math.expm1(x / 1e20));
}
export function testLog(): string[] {
  return table((x) => Math.log(x));
}
export function testLog1p(): string[] {
  return table((x) => Math.log1p(x));
}
export function testLog2(): string[] {
  return table((x) => Math.log2(x));
}
export function testLog10(): string[] {
  return [...table((x) => Math.log10(x)), ...[1, 10, 100, 1000, 1e15, 1e22, 0.001].map((x) => show(Math.log10(x)))];
}
export function testCbrt(): string[] {
  return [...table((x) => Math.cbrt(x)), ...[8, -27, 1000, 0.001].map((x) => show(Math.cbrt(x)))];
}
export function testSinh(): string[] {
  return table((x) => Math.sinh(x / 1e20));
}
export function testCosh(): string[] {
  return table((x) => Math.cosh(x / 1e20));
}
export function testTanh(): string[] {
  return table((x) => Math.tanh(x / 1e20));
}
export function testAsinh(): string[] {
  return table((x) => Math.asinh(x));
}
export function testAcosh(): string[] {
  return table((x) => Math.acosh(Math.abs(x)));
}
export function testAtanh(): string[] {
  return table((x) => Math.atanh(x / 1e22));
}
export function testPowAndExponentOperator(): string[] {
  const results: string[] = [];
  const bases = [...EDGES, -8, -2.5, 1.5, 0.1, ...sweep(16)];
  const exponents = [...EDGES, -3, -2, 1 / 3, 1.5, 0.25, 53, 1024, -1074, 1023.5, ...sweep(16).map((x) => x / 1e20)];
  for (const base of bases) {
    for (const exponent of exponents) {
      results.push(show(Math.pow(base, exponent)), show(base ** exponent));
    }
  }
  return results;
}
export function testPowHardCases(): string[] {
  const cases: [number, number][] = [
    [0, -1],
    [-0, -3],
    [-0, -2],
    [-0, 3],
    [1, NaN],
    [NaN, 0],
    [-1, Infinity],
    [-8, 1 / 3],
    [2, 1.5],
    [2, 0.5],
    [-Infinity, 0.5],
    [-0, 0.5],
    [3, 40],
    [7, 23],
    [-3, 33],
    [10, 308],
    [10, -323],
    [2, -1074],
    [2, -1075],
    [1.0000001, 2 ** 40],
  ];
  return cases.map(([base, exponent]) => show(base ** exponent));
}
export function testExponentAssignmentAndIntegers(): string[] {
  let value = 1.1;
  value **= 3.5;
  const integers: number[] = [];
  for (let n = -5; n <= 5; n++) {
    integers.push(n ** 3, 2 ** n, n ** 0.5);
  }
  return [show(value), ...integers.map(show)];
}
