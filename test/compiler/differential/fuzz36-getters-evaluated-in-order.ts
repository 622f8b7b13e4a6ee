// Getters that run code, read where the compiled code took an attribute read for free of effects:
// `a ?? ticker.next` ran `next` up front although `a` was not nullish (found by the fuzz, seed
// 20261207 program 7,364), and `map.set(gauge.reading, gauge.reading)` read the value first.

class Ticker {
  reads = 0;
  get next(): number {
    this.reads += 1;
    return this.reads;
  }
}

class Gauge {
  level = 0;
  get reading(): number {
    this.level += 1;
    return this.level % 3;
  }
  get child(): Gauge | undefined {
    this.level += 1;
    return this.level % 3 === 0 ? undefined : this;
  }
}

export function testNullishRightSideIsAGetter(): number[] {
  const ticker = new Ticker();
  const gauge = new Gauge();
  const first = gauge.child?.reading ?? ticker.next;
  const second = gauge.child?.reading ?? ticker.next;
  const third = gauge.child?.reading ?? ticker.next;
  return [first, second, third, ticker.reads, gauge.level];
}

export function testMapSetOfTwoGetters(): number[][] {
  const gauge = new Gauge();
  const readings = new Map<number, number>();
  readings.set(gauge.reading, gauge.reading);
  readings.set(gauge.reading, gauge.reading);
  return [...readings];
}
