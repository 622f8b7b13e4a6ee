// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): money.
type Currency = "USD" | "EUR" | "JPY" | "GBP";
const DECIMALS: Readonly<Record<Currency, number>> = { USD: 2, EUR: 2, JPY: 0, GBP: 2 };
const SYMBOLS: Partial<Record<Currency, string>> = { USD: "$", EUR: "€", GBP: "£" };

export class Money {
  private constructor(
    readonly minor: number,
    readonly currency: Currency,
  ) {
    if (!Number.isSafeInteger(minor)) throw new RangeError(`not a safe amount: ${minor}`);
  }
  static of(amount: number, currency: Currency): Money {
    const f = 10 ** DECIMALS[currency];
    return new Money(Math.round(amount * f), currency);
  }
  static parse(text: string): Money {
    const m = text.trim().match(/^(-)?([A-Z]{3})\s*([\d,]+)(?:\.(\d+))?$/);
    if (!m) throw new SyntaxError(`bad money: "${text}"`);
    const [, neg, cur, whole = "0", frac = ""] = m;
    if (!cur || !(cur in DECIMALS)) throw new TypeError(`unknown currency ${cur}`);
    const c = cur as Currency;
    const d = DECIMALS[c];
    const minor = Number(whole.replace(/,/g, "")) * 10 ** d + Number(frac.padEnd(d, "0").slice(0, d) || "0");
    return new Money(neg ? -minor : minor, c);
  }
  plus(o: Money): Money {
    if (o.currency !== this.currency) throw new Error(`currency mismatch ${this.currency}/${o.currency}`);
    return new Money(this.minor + o.minor, this.currency);
  }
  allocate(ratios: number[]): Money[] {
    const total = ratios.reduce((a, b) => a + b, 0);
    const parts = ratios.map((r) => Math.floor((this.minor * r) / total));
    let rest = this.minor - parts.reduce((a, b) => a + b, 0);
    for (let i = 0; rest > 0; i = (i + 1) % parts.length, rest--) parts[i] = (parts[i] ?? 0) + 1;
    return parts.map((p) => new Money(p, this.currency));
  }
  format(): string {
    const d = DECIMALS[this.currency];
    const abs = Math.abs(this.minor);
    const whole = Math.floor(abs / 10 ** d)
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    const frac = d ? "." + String(abs % 10 ** d).padStart(d, "0") : "";
    const sym = SYMBOLS[this.currency] ?? this.currency + " ";
    return `${this.minor < 0 ? "-" : ""}${sym}${whole}${frac}`;
  }
  toString(): string {
    return this.format();
  }
}

const UNITS = ["B", "KiB", "MiB", "GiB", "TiB"] as const;
export function bytes(n: number): string {
  let i = 0;
  let v = n;
  while (Math.abs(v) >= 1024 && i < UNITS.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(v < 10 ? 2 : 1)} ${UNITS[i]}`;
}

export function duration(ms: number): string {
  const parts: string[] = [];
  const units: Array<[string, number]> = [
    ["d", 86_400_000],
    ["h", 3_600_000],
    ["m", 60_000],
    ["s", 1000],
  ];
  let rest = Math.floor(ms);
  for (const [label, size] of units) {
    const q = Math.floor(rest / size);
    if (q) parts.push(`${q}${label}`);
    rest %= size;
  }
  if (rest || !parts.length) parts.push(`${rest}ms`);
  return parts.join(" ");
}

export function testMoney(): unknown {
  const a = Money.of(1234.565, "USD");
  const b = Money.parse("USD 1,000.5");
  const errors: string[] = [];
  for (const bad of ["EUR 1", "XYZ 5", "12 USD", "GBP 9.999"]) {
    try {
      errors.push(Money.parse(bad).format());
    } catch (e) {
      errors.push(e instanceof Error ? `${e.name}: ${e.message}` : "?");
    }
  }
  try {
    a.plus(Money.of(1, "EUR"));
  } catch (e) {
    errors.push(String(e));
  }
  return {
    a: `${a}`,
    b: b.format(),
    sum: a.plus(b).toString(),
    yen: Money.of(-1234567.5, "JPY").format(),
    alloc: Money.of(100, "USD").allocate([1, 1, 1]).map(String),
    alloc2: Money.of(0.05, "GBP")
      .allocate([3, 7])
      .map((m) => m.minor),
    errors,
    tiny: Money.of(0.1 + 0.2, "EUR").format(),
  };
}

export function testUnits(): unknown {
  return {
    bytes: [0, 1023, 1024, 1536, 10_485_760, 5.5 * 1024 ** 3, 1024 ** 5 * 3, -2048].map(bytes),
    durations: [0, 999, 1000, 61_001, 3_723_004, 90_061_000.7].map(duration),
  };
}
