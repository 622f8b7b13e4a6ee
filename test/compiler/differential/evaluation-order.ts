// Found by the fuzzer (seed 29, program 1243): JavaScript evaluates an assignment's target, key included, before
// its value; a key with effects must run before a value that reads what the key changed.
class Counter {
  private count = 0;
  increment(): number {
    this.count += 1;
    return this.count;
  }
  get value(): number {
    return this.count;
  }
}

export function testKeyWithEffectsBeforeValueReadingThem(): Record<string, number> {
  const counter = new Counter();
  const record: Record<string, number> = {};
  record[String(counter.increment())] = counter.value;
  return record;
}
export function testIndexWithEffectsBeforeValue(): number[] {
  const items = [0, 0, 0];
  let position = 0;
  const next = (): number => ++position;
  items[next()] = position;
  return items;
}
export function testKeyWithEffectsBeforeVariable(): Record<string, string> {
  let label = "before";
  const record: Record<string, string> = {};
  const key = (): string => {
    label = "after";
    return "k";
  };
  record[key()] = label;
  return record;
}
