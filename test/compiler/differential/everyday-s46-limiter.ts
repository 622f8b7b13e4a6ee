// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): limiter.
class TokenBucket {
  private tokens: number;
  private last: number;
  constructor(
    private readonly capacity: number,
    private readonly refillPerSec: number,
    now = 0,
  ) {
    this.tokens = capacity;
    this.last = now;
  }
  private refill(now: number): void {
    const elapsed = Math.max(0, now - this.last) / 1000;
    this.tokens = Math.min(this.capacity, this.tokens + elapsed * this.refillPerSec);
    this.last = now;
  }
  tryTake(now: number, n = 1): boolean {
    this.refill(now);
    if (this.tokens + 1e-9 < n) return false;
    this.tokens -= n;
    return true;
  }
  waitTime(now: number, n = 1): number {
    this.refill(now);
    return this.tokens >= n ? 0 : Math.ceil(((n - this.tokens) / this.refillPerSec) * 1000);
  }
  get available(): string {
    return this.tokens.toFixed(3);
  }
}

class SlidingWindow {
  private hits: number[] = [];
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}
  allow(now: number): boolean {
    while (this.hits.length && this.hits[0]! <= now - this.windowMs) this.hits.shift();
    if (this.hits.length >= this.limit) return false;
    this.hits.push(now);
    return true;
  }
}

export function testBucket(): unknown {
  const b = new TokenBucket(3, 1.5);
  const log: string[] = [];
  for (const t of [0, 10, 20, 30, 500, 700, 1400, 1401, 5000, 5000, 5000, 5000]) {
    const ok = b.tryTake(t);
    log.push(`${t}:${ok ? "ok" : `wait ${b.waitTime(t)}ms`}:${b.available}`);
  }
  const big = new TokenBucket(10, 0.3, 100);
  return { log, bigTake: [big.tryTake(100, 7), big.tryTake(101, 4), big.waitTime(101, 4), big.available] };
}

export function testWindow(): unknown {
  const w = new SlidingWindow(2, 1000);
  return [0, 100, 200, 999, 1000, 1100, 1101, 2100, 2101].map((t) => `${t}=${w.allow(t) ? 1 : 0}`).join(" ");
}
