// A logical assignment reads its target for the test and writes it after: a call or a getter on
// the way would run twice. So would a getter in a compound assignment's receiver or index (the
// target's own accessor is fine: JavaScript reads and writes it once too). A function or
// class declared in a loop body has no defaults to keep each iteration's variables.
let calls = 0;
function key(): string {
  calls++;
  return `k${calls}`;
}
class Counter {
  count = 0;
}
class Factory {
  get fresh(): Counter {
    return new Counter();
  }
}
export function targets(memo: Record<string, number>, factory: Factory, list: (number | undefined)[]): number {
  let index = 0;
  memo[key()] ??= 1;
  memo[key()] ||= 2;
  list[index++] ??= 7;
  factory.fresh.count += 1;
  factory.fresh.count ||= 3;
  return calls + index;
}
class Ticker {
  ticks = 0;
  get key(): "a" | "b" {
    this.ticks += 1;
    return this.ticks % 2 === 0 ? "a" : "b";
  }
  get width(): number {
    return this.ticks;
  }
  set width(value: number) {
    this.ticks = value;
  }
}
export function gettersInIndexes(ticker: Ticker, totals: { a: number; b: number }, maybe: { a?: number; b?: number }): number {
  totals[ticker.key] += 10;
  maybe[ticker.key] ??= 7;
  totals[ticker.key] *= 2;
  ticker.width += 1;
  ticker.width ||= 5;
  return totals.a;
}
export function declaredInLoops(): string[] {
  const found: (() => string)[] = [];
  for (const word of ["a", "b"]) {
    function inner(): string {
      return word;
    }
    class Holder {
      get value(): string {
        return word;
      }
    }
    found.push(inner, () => new Holder().value);
  }
  return found.map((read) => read());
}
export function replacers(value: { a: number; b: number }): string[] {
  return [JSON.stringify(value, ["a"]), JSON.stringify(value, (_key, item: unknown) => item), JSON.stringify(value, null, 2)];
}
