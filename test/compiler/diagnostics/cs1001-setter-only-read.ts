// Reading a property defined by a setter without a getter: JavaScript reads undefined, which the
// compiled getter's None, typed as the setter's parameter (`number`), would print and convert as
// null. Refused, except where the read goes to `??` or `??=` with a fallback that is never None, or
// to an argument, element or returned value typed as admitting undefined; a variable declared
// `number | undefined` is narrowed to `number` by its initializer, so reading into it is refused.

class Meter {
  log: number[] = [];
  set reading(value: number) {
    this.log.push(value);
  }
}

class Gauge {
  static last = 0;
  static set level(value: number) {
    Gauge.last = value;
  }
}

class Base {
  protected stored = 0;
  get size(): number {
    return this.stored;
  }
  set size(value: number) {
    this.stored = value;
  }
}

class OnlySetter extends Base {
  override set size(value: number) {
    this.stored = value * 2;
  }
}

export function main(): string[] {
  const meter = new Meter();
  meter.reading = 3;
  [meter.reading] = [4];
  Gauge.level = 5;
  const sub = new OnlySetter();
  sub.size = 6;
  const kept: number | undefined = meter.reading;
  const fallback = meter.reading ?? -1;
  meter.reading ??= 7;
  const { reading } = meter;
  return [String(meter.reading), `${Gauge.level}`, String(sub.size + 1), String(kept), String(fallback), String(reading)];
}
