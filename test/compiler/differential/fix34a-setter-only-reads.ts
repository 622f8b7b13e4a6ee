// A setter without a getter reads as undefined in JavaScript. Reads whose None the compiled code
// takes for undefined still compile (the others are refused, CS1001): `??`, `??=`, a place typed
// as admitting undefined; writes through `=`, destructuring and `for … of` only write.

class Meter {
  log: number[] = [];
  set reading(value: number) {
    this.log.push(value);
  }
}

class Gauge {
  static log: number[] = [];
  static set level(value: number) {
    Gauge.log.push(value);
  }
}

function describe(value?: number): string {
  return value === undefined ? "undefined" : "value " + value;
}

export function testReadsThatKeepUndefined(): (number | string | undefined)[] {
  const meter = new Meter();
  meter.reading = 1;
  const fallback = meter.reading ?? -1;
  meter.reading ??= 2;
  Gauge.log.splice(0);
  Gauge.level = 3;
  Gauge.level ??= 4;
  const items: (number | undefined)[] = [meter.reading, Gauge.level];
  const literal: { value?: number } = { value: meter.reading };
  const arrow = (): number | undefined => meter.reading;
  return [
    fallback,
    String(literal.value),
    String(arrow()),
    String(items[0]),
    describe(meter.reading),
    describe(Gauge.level),
    items.length,
    meter.log.join(","),
    Gauge.log.join(","),
  ];
}

export function testWritesOnly(): string {
  const meter = new Meter();
  [meter.reading] = [5];
  ({ value: meter.reading } = { value: 6 });
  for (meter.reading of [7, 8]) {
    // each item goes through the setter
  }
  return meter.log.join(",");
}
