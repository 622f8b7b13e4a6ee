/**
 * The transcendental Math functions the compiled code calls (transpiler/runtime/js_fdlibm.py) give
 * the very double Node gives: each function's result bits are compared with Node's on 200,000+
 * arguments (random bit patterns over the whole double range, random values where the function
 * is interesting, and the special values: ±0, ±Infinity, NaN, subnormals, the largest and smallest
 * normals, integers, halves, multiples of π/2 up to huge arguments, pow's hard cases), under
 * Python 3.8, 3.11 and 3.13. Printed digits would hide a last-bit difference; bits do not.
 * NaN is compared as NaN: JavaScript cannot tell one NaN from another.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { compilerPythons } from "./support/pythons";

const RUNTIME_DIRECTORY = path.join(__dirname, "..", "..", "transpiler", "runtime");
const RUNNER = path.join(__dirname, "support", "fdlibm_bits.py");
const PER_FUNCTION = 200_000;
const execFileAsync = promisify(execFile);
/** The integer-power check is pure IEEE arithmetic like the rest: one Python version runs it. */
const INTEGER_POWERS_PYTHON = "3.13";

type Unary = (x: number) => number;
const UNARY: Record<string, Unary> = {
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  asin: Math.asin,
  acos: Math.acos,
  atan: Math.atan,
  exp: Math.exp,
  expm1: Math.expm1,
  log: Math.log,
  log1p: Math.log1p,
  log2: Math.log2,
  log10: Math.log10,
  cbrt: Math.cbrt,
  sinh: Math.sinh,
  cosh: Math.cosh,
  tanh: Math.tanh,
  asinh: Math.asinh,
  acosh: Math.acosh,
  atanh: Math.atanh,
};
const BINARY: Record<string, (x: number, y: number) => number> = {
  atan2: Math.atan2,
  pow: Math.pow,
};

/** mulberry32: a small seeded generator, so that a failure can be reproduced. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const view = new DataView(new ArrayBuffer(8));
function fromBits(high: number, low: number): number {
  view.setUint32(0, high >>> 0);
  view.setUint32(4, low >>> 0);
  return view.getFloat64(0);
}

function randomBits(random: () => number): number {
  return fromBits(Math.floor(random() * 2 ** 32), Math.floor(random() * 2 ** 32));
}

/** A random double with a random sign and a binary exponent drawn from [low, high]. */
function randomScaled(random: () => number, low: number, high: number): number {
  const exponent = low + Math.floor(random() * (high - low + 1));
  const sign = random() < 0.5 ? -1 : 1;
  return sign * (1 + random()) * 2 ** exponent;
}

function neighbours(value: number, steps: number): number[] {
  const result: number[] = [];
  for (let step = -steps; step <= steps; step++) {
    view.setFloat64(0, value);
    const bits = view.getBigUint64(0) + BigInt(step);
    if (bits >= 0n && bits < 0x7ff0000000000000n) {
      view.setBigUint64(0, bits);
      result.push(view.getFloat64(0));
    }
  }
  return result;
}

const SPECIALS = [
  0,
  -0,
  Infinity,
  -Infinity,
  NaN,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  2.2250738585072014e-308,
  -2.2250738585072014e-308,
  2.225073858507201e-308, // largest subnormal
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.EPSILON,
  1,
  -1,
  0.5,
  -0.5,
  2,
  -2,
  Math.E,
  Math.PI,
  -Math.PI,
  Math.PI / 2,
  Math.PI / 4,
  Math.LN2,
  Math.SQRT2,
  709.782712893384,
  -745.1332191019411,
  710.4758600739439,
  22,
  -22,
  2 ** -28,
  2 ** -27,
  2 ** -54,
  2 ** 28,
  2 ** 53,
  2 ** 66,
  2 ** 1023,
  2 ** -1022,
  2 ** -1074,
  1e300,
  -1e300,
  0.975,
  0.98,
];

function unaryInputs(name: string, random: () => number): number[] {
  const inputs: number[] = [];
  for (const special of SPECIALS) {
    inputs.push(...neighbours(special, 3), special, -special);
  }
  for (let integer = -300; integer <= 300; integer++) {
    inputs.push(integer, integer + 0.5, integer / 16);
  }
  if (name === "sin" || name === "cos" || name === "tan") {
    // Around multiples of π/2 (where the reduction cancels) up to huge arguments.
    for (let multiple = 1; multiple <= 2000; multiple++) {
      inputs.push(...neighbours((multiple * Math.PI) / 2, 2).map((value) => (multiple % 2 === 0 ? value : -value)));
    }
    for (let exponent = 20; exponent <= 1023; exponent++) {
      inputs.push(...neighbours(2 ** exponent, 1), (Math.PI / 2) * 2 ** exponent, -(Math.PI * 2 ** (exponent - 1)));
    }
    // Famous hard cases of the reduction (close to a multiple of π/2).
    inputs.push(6381956970095103 * 2 ** 797, 5.319372648326541e255, 1.4148635300605844e304, 1e22, 1e308, 2 ** 19 * (Math.PI / 2));
  }
  const [low, high] = INTERESTING_EXPONENTS[name] ?? [-30, 10];
  // Half random bit patterns (the whole range), half where the function does its work.
  for (let index = 0; inputs.length < PER_FUNCTION; index++) {
    inputs.push(index % 2 === 0 ? randomBits(random) : randomScaled(random, low, high));
  }
  return inputs;
}

/** Where each function does its work (binary exponents), for the non-bit-pattern half of the inputs. */
const INTERESTING_EXPONENTS: Record<string, [number, number]> = {
  sin: [-30, 30],
  cos: [-30, 30],
  tan: [-30, 30],
  asin: [-30, 0],
  acos: [-30, 0],
  atan: [-30, 70],
  exp: [-30, 10],
  expm1: [-56, 10],
  log: [-1074, 1023],
  log1p: [-56, 20],
  log2: [-1074, 1023],
  log10: [-1074, 1023],
  cbrt: [-1074, 1023],
  sinh: [-30, 10],
  cosh: [-30, 10],
  tanh: [-30, 5],
  asinh: [-30, 40],
  acosh: [0, 40],
  atanh: [-30, 0],
};

function binaryInputs(name: string, random: () => number): [number, number][] {
  const pairs: [number, number][] = [];
  const specials = [...SPECIALS, 3, -3, 0.25, 1 / 3, 1e-300, -1e-300, 1 - 2 ** -53, 1 + 2 ** -52, -(1 - 2 ** -53)];
  for (const x of specials) {
    for (const y of specials) {
      pairs.push([x, y], [-x, y], [x, -y]);
    }
  }
  if (name === "pow") {
    // Negative bases with integer, odd and even, and huge exponents; powers that are exact and
    // powers just past 2^53; near 1 with huge exponents (the |y| > 2^31 path); results that are subnormal.
    for (let base = -40; base <= 40; base++) {
      for (let exponent = -60; exponent <= 60; exponent++) {
        pairs.push([base, exponent], [base + 0.5, exponent], [base / 8, exponent]);
      }
    }
    for (let index = 0; index < 20_000; index++) {
      pairs.push([-randomScaled(random, -10, 10), Math.floor(random() * 2000) - 1000]);
      pairs.push([1 + (random() - 0.5) * 2 ** -18, randomScaled(random, 31, 70)]);
      pairs.push([randomScaled(random, -4, 4), randomScaled(random, 6, 11)]);
    }
    pairs.push([0, -1], [-0, -3], [-0, -2], [1, NaN], [NaN, 0], [-8, 1 / 3], [2, 1.5], [2, -1074], [2, -1075], [2, 1024], [-2, 1023], [10, 308], [10, -323]);
  }
  while (pairs.length < PER_FUNCTION) {
    if (pairs.length % 2 === 0) {
      pairs.push([randomBits(random), randomBits(random)]);
    } else if (name === "pow") {
      pairs.push([Math.abs(randomScaled(random, -20, 20)), randomScaled(random, -10, 8)]);
    } else {
      pairs.push([randomScaled(random, -40, 40), randomScaled(random, -40, 40)]);
    }
  }
  return pairs;
}

function sameBits(left: number, right: number): boolean {
  if (Number.isNaN(left) || Number.isNaN(right)) {
    return Number.isNaN(left) && Number.isNaN(right);
  }
  return Object.is(left, right);
}

function hex(value: number): string {
  view.setFloat64(0, value);
  return `0x${view.getBigUint64(0).toString(16).padStart(16, "0")} (${value})`;
}

interface Batch {
  manifest: { name: string; arity: number; count: number }[];
  argumentsFile: string;
  manifestFile: string;
  expected: Float64Array;
  describe: (index: number) => string;
}

function buildBatch(directory: string): Batch {
  const random = generator(20261201);
  const argumentsList: number[] = [];
  const expected: number[] = [];
  const labels: { name: string; start: number; arity: number; argumentStart: number }[] = [];
  const manifest: Batch["manifest"] = [];
  for (const [name, node] of Object.entries(UNARY)) {
    const inputs = unaryInputs(name, random);
    labels.push({ name, start: expected.length, arity: 1, argumentStart: argumentsList.length });
    for (const x of inputs) {
      argumentsList.push(x);
      expected.push(node(x));
    }
    manifest.push({ name, arity: 1, count: inputs.length });
  }
  for (const [name, node] of Object.entries(BINARY)) {
    const pairs = binaryInputs(name, random);
    labels.push({ name, start: expected.length, arity: 2, argumentStart: argumentsList.length });
    for (const [x, y] of pairs) {
      argumentsList.push(x, y);
      expected.push(node(x, y));
    }
    manifest.push({ name, arity: 2, count: pairs.length });
  }
  const argumentsFile = path.join(directory, "arguments.bin");
  const manifestFile = path.join(directory, "manifest.json");
  writeFileSync(argumentsFile, new Uint8Array(Float64Array.from(argumentsList).buffer));
  writeFileSync(manifestFile, JSON.stringify(manifest));
  const describe = (index: number): string => {
    const label = [...labels].reverse().find((entry) => entry.start <= index);
    if (label === undefined) {
      return String(index);
    }
    const offset = label.argumentStart + (index - label.start) * label.arity;
    const args = argumentsList.slice(offset, offset + label.arity).map(hex);
    return `Math.${label.name}(${args.join(", ")})`;
  };
  return { manifest, argumentsFile, manifestFile, expected: Float64Array.from(expected), describe };
}

const directory = mkdtempSync(path.join(tmpdir(), "cloudsync-fdlibm-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const batch = buildBatch(directory);

test("every function is compared on at least 200,000 arguments", () => {
  expect(batch.manifest.map((entry) => entry.name).sort()).toEqual([...Object.keys(UNARY), ...Object.keys(BINARY)].sort());
  for (const entry of batch.manifest) {
    expect(entry.count).toBeGreaterThanOrEqual(PER_FUNCTION);
  }
});

interface PythonRun {
  actual: Float64Array;
  report: { integer_powers: number; integer_differences: number[][] } & Record<string, unknown>;
}

/** The three Pythons run at once (one process each, every function in one batch): half the time on two cores. */
const runs = new Map<string, PythonRun>();
beforeAll(async () => {
  await Promise.all(
    compilerPythons().map(async ({ label, executable }) => {
      const resultsFile = path.join(directory, `results-${label}.bin`);
      const integerPowers = label === INTEGER_POWERS_PYTHON ? ["integer-powers"] : [];
      const { stdout } = await execFileAsync(executable, [RUNNER, RUNTIME_DIRECTORY, batch.manifestFile, batch.argumentsFile, resultsFile, ...integerPowers], {
        env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" },
        encoding: "utf8",
        maxBuffer: 1 << 20,
      });
      const bytes = readFileSync(resultsFile);
      runs.set(label, { actual: new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8), report: JSON.parse(stdout) as PythonRun["report"] });
    }),
  );
}, 180_000);

test(`js_power's integer shortcut gives the port's result for every integer power up to 2^53 (Python ${INTEGER_POWERS_PYTHON})`, () => {
  const report = runs.get(INTEGER_POWERS_PYTHON)?.report;
  expect(report?.integer_differences).toEqual([]);
  expect(report?.integer_powers).toBeGreaterThan(500_000);
});

describe.each(compilerPythons())("Python $label", ({ label }) => {
  test("gives Node's bits for every argument", () => {
    const run = runs.get(label);
    expect(run).toBeDefined();
    const actual = run?.actual ?? new Float64Array();
    expect(actual.length).toBe(batch.expected.length);
    const differences: string[] = [];
    let count = 0;
    for (let index = 0; index < actual.length; index++) {
      if (!sameBits(actual[index], batch.expected[index])) {
        count++;
        if (differences.length < 20) {
          differences.push(`${batch.describe(index)}: Node ${hex(batch.expected[index])}, Python ${hex(actual[index])}`);
        }
      }
    }
    expect({ count, first: differences }).toEqual({ count: 0, first: [] });
  });
});
