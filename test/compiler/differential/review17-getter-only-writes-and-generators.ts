// Review 17. A write through a type that has a setter, to a class whose property has only a getter,
// throws TypeError naming the class that holds the getter (Python's property raised AttributeError).
interface Sized {
  size: number;
  show(): string;
}
class Box implements Sized {
  stored = 1;
  get size(): number {
    return this.stored;
  }
  set size(value: number) {
    this.stored = value;
  }
  show(): string {
    return `box ${this.size}`;
  }
}
class FixedBox extends Box {
  override get size(): number {
    return 42;
  }
}
class SmallFixedBox extends FixedBox {
  extra = 2;
}
class Label implements Sized {
  get size(): number {
    return 3;
  }
  show(): string {
    return "label";
  }
}
function write(target: Sized, value: number): string {
  try {
    target.size = value;
    return `wrote ${target.size}`;
  } catch (error) {
    return error instanceof TypeError ? `TypeError: ${error.message}` : `other: ${String(error)}`;
  }
}
export function testWritesToGetterOnlyProperties(): string[] {
  return [write(new Box(), 5), write(new FixedBox(), 5), write(new SmallFixedBox(), 6), write(new Label(), 7)];
}
export function testCompoundWriteToGetterOnlyProperty(): string[] {
  const box: Box = new FixedBox();
  const results: string[] = [];
  try {
    box.size += 1;
  } catch (error) {
    results.push(error instanceof TypeError ? error.message : "other");
  }
  results.push(box.show(), String(box.stored));
  return results;
}

// A jump that stays inside a generator's finally, or leaves a finally whose try does not yield,
// runs as in JavaScript when the consumer leaves early (one that leaves a yielding try is CS1026).
const trail: string[] = [];
function* inside(limit: number): Generator<number> {
  try {
    yield limit;
    yield limit + 1;
  } finally {
    for (let index = 0; index < limit; index++) {
      trail.push(`finally ${index}`);
      if (index > 1) {
        break;
      }
    }
  }
  for (let index = 0; index < limit; index++) {
    try {
      limit -= 1;
    } finally {
      // eslint-disable-next-line no-unsafe-finally -- a jump out of a finally whose try does not yield is what this case is about
      continue;
    }
  }
  yield limit;
}
export function testJumpsInsideFinallyWhenClosedEarly(): string[] {
  trail.splice(0);
  for (const value of inside(5)) {
    trail.push(`got ${value}`);
    break;
  }
  trail.push(`all ${[...inside(4)].join()}`);
  return trail;
}

// next() of a generator that is running (its own body calls it) throws TypeError, as in JavaScript
// (Python raised ValueError "generator already executing").
let running: Generator<number, void, unknown> | undefined;
function* reentering(): Generator<number, void, unknown> {
  yield 1;
  try {
    if (running !== undefined) {
      running.next();
    }
  } catch (error) {
    yield error instanceof TypeError ? 100 : 200;
    if (error instanceof Error) {
      yield error.message.length;
    }
  }
  yield 2;
}
export function testNextOfARunningGenerator(): number[] {
  const results: number[] = [];
  running = reentering();
  for (let step = running.next(); !step.done; step = running.next()) {
    results.push(step.value);
  }
  return results;
}
