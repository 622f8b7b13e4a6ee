// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): numbers.
function factorial(n: number): number {
  let f = 1;
  for (let i = 2; i <= n; i++) f *= i;
  return f;
}
function fib(n: number): number {
  let a = 0,
    b = 1;
  for (let i = 0; i < n; i++) [a, b] = [b, a + b];
  return a;
}
function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}
function djb2(s: string): number {
  let h = 5381;
  for (const ch of s) h = ((h << 5) + h + ch.codePointAt(0)!) >>> 0;
  return h;
}
function gcd(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : gcd(b, a % b);
}

export function testBig(): unknown {
  return {
    fact: [20, 21, 25, 30, 170, 171].map((n) => String(factorial(n))),
    fib: [70, 78, 79, 80, 100].map(fib),
    pow: [2 ** 53, 2 ** 64, 10 ** 21, 10 ** 22, 3 ** 40, (-2) ** 63],
    mixed: [Number.MAX_SAFE_INTEGER + 2, 9007199254740993, 123456789 * 987654321, 2 ** 31 * 2 ** 31],
    hashes: ["hello", "The quick brown fox", "😀"].map((s) => [hash(s), djb2(s)]),
    gcd: [gcd(48, 18), gcd(-12, 8), gcd(0, 0), gcd(2 ** 40, 6 ** 20)],
    zero: [1 / 0, -1 / 0, 0 / 0, 5 % 0, -5 % 5, 0 * -1, Math.sign(-0), Object.is(-0, 0), 1 / (0 * -1)],
    mod: [2 ** 53 % 7, -(2 ** 60) % 1000, 1e300 * 1e10, -1e308 * 10, 5e-324 / 2],
    round: [
      Math.round(0.49999999999999994),
      Math.round(-0.5),
      Math.round(2 ** 52 + 0.5),
      (0.000001).toString(),
      (1e-7).toString(),
      (-1e-7).toFixed(3),
      (1e21).toFixed(2),
      (123.456).toPrecision(2),
      (0).toPrecision(3),
    ],
  };
}

export function testSwitchTrue(): unknown {
  const classify = (n: number): string => {
    switch (true) {
      case n < 0:
        return "negative";
      case n === 0:
        return "zero";
      case n < 10:
        return "small";
      default:
        return "big";
    }
  };
  const fall = (k: number): string[] => {
    const out: string[] = [];
    switch (k) {
      case 1:
        out.push("one", "two");
        break;
      case 2:
        out.push("two");
        break;
      case 3:
        out.push("three", "default", "four");
        break;
      case 4:
        out.push("four");
        break;
      default:
        out.push("default", "four");
    }
    return out;
  };
  const fin = (): string => {
    try {
      return "try";
    } finally {
      /* cleanup */
    }
  };
  const fin2 = (): number => {
    let x = 1;
    try {
      x = 2;
      return x;
    } finally {
      x = 3;
    }
  };
  let thrown = "";
  try {
    throw new Error("plain string");
  } catch (e) {
    thrown = e instanceof Error ? e.message : "?";
  }
  return {
    classes: [-1, 0, 5, 50].map(classify),
    falls: [1, 2, 3, 4, 5].map(fall),
    fin: fin(),
    fin2: fin2(),
    thrown,
    splitCap: "a1b22c".split(/(\d+)/),
    repl: "John Smith".replace(/(?<first>\w+)\s(?<last>\w+)/, "$<last>, $<first> [$&] $$"),
    replFn: "a-b_c".replace(/[-_]/g, (m, off: number) => `${m}${off}`),
  };
}
