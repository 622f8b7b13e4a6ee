// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): retry.
interface BackoffOptions {
  initialMs?: number;
  factor?: number;
  maxMs?: number;
  jitter?: "none" | "full" | "equal";
  maxAttempts?: number;
}

const defaults: Required<BackoffOptions> = { initialMs: 100, factor: 2, maxMs: 10_000, jitter: "none", maxAttempts: 6 };

function makeRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function delays(opts: BackoffOptions = {}, seed = 42): number[] {
  const o = { ...defaults, ...opts };
  const rnd = makeRandom(seed);
  const out: number[] = [];
  for (let attempt = 0; attempt < o.maxAttempts; attempt++) {
    const base = Math.min(o.maxMs, o.initialMs * Math.pow(o.factor, attempt));
    let d: number;
    switch (o.jitter) {
      case "full":
        d = rnd() * base;
        break;
      case "equal":
        d = base / 2 + rnd() * (base / 2);
        break;
      default:
        d = base;
    }
    out.push(Math.round(d));
  }
  return out;
}

class RetryError extends Error {
  constructor(
    public readonly attempts: number,
    public readonly lastError: string,
  ) {
    super(`gave up after ${attempts} attempts: ${lastError}`);
    this.name = "RetryError";
  }
}

function retrySync<T>(fn: (attempt: number) => T, opts: BackoffOptions = {}): { value: T; waited: number } {
  const schedule = delays(opts);
  let waited = 0;
  let last = "";
  for (let i = 0; i < schedule.length; i++) {
    try {
      return { value: fn(i + 1), waited };
    } catch (e) {
      last = e instanceof Error ? e.message : String(e);
      waited += schedule[i] ?? 0;
    }
  }
  throw new RetryError(schedule.length, last);
}

export function testDelays(): unknown {
  return {
    plain: delays(),
    capped: delays({ initialMs: 250, factor: 3, maxMs: 5000, maxAttempts: 8 }),
    full: delays({ jitter: "full" }, 7),
    equal: delays({ jitter: "equal", factor: 1.5 }, 123456789),
    frac: delays({ initialMs: 0.5, factor: 1.1, maxAttempts: 4 }),
  };
}

export function testRetry(): unknown {
  const ok = retrySync((n) => {
    if (n < 3) throw new Error(`flaky #${n}`);
    return `done on ${n}`;
  });
  let failure: unknown = null;
  try {
    retrySync(
      (n) => {
        throw new TypeError("nope " + n);
      },
      { maxAttempts: 3 },
    );
  } catch (e) {
    if (e instanceof RetryError) failure = { name: e.name, msg: e.message, attempts: e.attempts, isErr: e instanceof Error, str: String(e) };
  }
  return { ok, failure };
}

export function testNumberFormat(): unknown {
  const xs = [0, 1.005, 2.5, -2.5, 1e-7, 123456.789, 0.000001234, 1 / 3, -0, 255];
  return xs.map((x) => [x.toFixed(2), x.toPrecision(3), x.toString(16).slice(0, 8), Math.round(x), Math.trunc(x), Math.sign(x), String(x), x.toExponential(1)]);
}

export function testStats(): unknown {
  const samples = [12.5, 7, 3.25, 99, 42, 42, 0.5];
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  const variance = samples.reduce((a, b) => a + (b - mean) ** 2, 0) / (samples.length - 1);
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : 0;
  return {
    mean,
    sd: Math.sqrt(variance).toFixed(4),
    median,
    max: Math.max(...samples),
    min: Math.min(...samples),
    hyp: Math.hypot(3, 4),
    log: Math.log10(1000),
    cbrt: Math.cbrt(27),
    parse: [parseInt("08"), parseFloat("3.14abc"), Number(""), Number("0x1f"), Number(" 12 "), parseInt("z", 36)],
  };
}
