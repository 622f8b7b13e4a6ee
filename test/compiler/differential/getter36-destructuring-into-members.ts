// Destructuring assignment into members and elements whose object or key runs code, whose value a
// getter gives, or whose default is not a literal (these were refused): JavaScript evaluates each
// target's object and key after the value on the right and after the targets before it, then reads
// the element, then the default, then writes. The log shows the order.

class Heap {
  heap: number[] = [5, 3, 8, 1];
  swap(a: number, b: number): void {
    [this.heap[a], this.heap[b]] = [this.heap[b]!, this.heap[a]!];
  }
  rotate(): void {
    [this.heap[0], this.heap[1], this.heap[2]] = [this.heap[1]!, this.heap[2]!, this.heap[0]!];
  }
}

export function testSwapInAMethod(): number[] {
  const heap = new Heap();
  heap.swap(0, 3);
  heap.rotate();
  heap.swap(1, 1);
  return heap.heap;
}

export function testSwapOfNestedElementsAndIndexExpressions(): number[][] {
  const grid = [
    [1, 2],
    [3, 4],
  ];
  [grid[0]![1], grid[1]![0]] = [grid[1]![0]!, grid[0]![1]!];
  const items = [1, 2, 3, 4];
  const i = 1;
  [items[i - 1], items[i + 1]] = [items[i + 1]!, items[i - 1]!];
  return [...grid, items];
}

export function testKeysThatRunCodeInOrder(): (string | number)[] {
  const log: string[] = [];
  let position = 0;
  const next = (): number => {
    log.push(`key ${position}`);
    return position++;
  };
  const value = (label: string, result: number): number => {
    log.push(`value ${label}`);
    return result;
  };
  const out = [0, 0, 0];
  [out[next()], out[next()]] = [value("a", 10), value("b", 20)];
  const record: Record<string, number> = {};
  [record[`k${next()}`], record[`k${next()}`]] = [value("c", 30), value("d", 40)];
  return [...log, ...out, ...Object.entries(record).flat()];
}

class Slot {
  value = 0;
  constructor(
    readonly label: string,
    private log: string[],
  ) {}
}

export function testObjectsThatRunCodeInOrder(): (string | number)[] {
  const log: string[] = [];
  const slots = [new Slot("first", log), new Slot("second", log)];
  const pick = (index: number): Slot => {
    log.push(`pick ${index}`);
    return slots[index]!;
  };
  [pick(1).value, pick(0).value] = [7, 8];
  ({ left: pick(0).value, right: pick(1).value } = { left: 1, right: 2 });
  return [...log, ...slots.map((slot) => slot.value)];
}

export function testDefaultsThatRunCode(): (string | number)[] {
  const log: string[] = [];
  const fallback = (result: number): number => {
    log.push(`default ${result}`);
    return result;
  };
  const key = (index: number): number => {
    log.push(`key ${index}`);
    return index;
  };
  const out = [0, 0, 0];
  const source: (number | undefined)[] = [undefined, 5];
  [out[key(0)] = fallback(1), out[key(1)] = fallback(2)] = source;
  const options: { size?: number; depth?: number } = { depth: 3 };
  const record: Record<string, number> = {};
  ({ size: record[`s${key(2)}`] = fallback(4), depth: record.depth = fallback(9) } = options);
  return [...log, ...out, ...Object.entries(record).flat()];
}

class Cursor {
  index = 0;
  items = [0, 0, 0];
  constructor(private log: string[]) {}
  get step(): number {
    this.log.push(`step at ${this.index}`);
    this.index += 1;
    return this.index * 10;
  }
}

export function testGetterOnTheRightChangesTheTargetsKey(): (string | number)[] {
  const log: string[] = [];
  const cursor = new Cursor(log);
  // The target `cursor.items[cursor.index]` is evaluated before `step` runs: index 0, not 1.
  ({ step: cursor.items[cursor.index] } = cursor);
  ({ step: cursor.items[cursor.index] } = cursor);
  return [...log, ...cursor.items, cursor.index];
}

export function testKeyThatChangesTheSourceArray(): (number | undefined)[] {
  const source = [1, 2, 3];
  const out: (number | undefined)[] = [0, 0, 0];
  const grow = (index: number): number => {
    source.unshift(index * 100);
    return index;
  };
  // Each element is read after its target's key ran: 0 then 100 (JavaScript's array iterator is live).
  [out[grow(0)], out[grow(1)]] = source;
  return [...out, ...source];
}

class Shape {
  private widthValue = 1;
  constructor(private log: string[]) {}
  get width(): number {
    return this.widthValue;
  }
  set width(value: number) {
    this.log.push(`set ${value}`);
    this.widthValue = value;
  }
}

export function testSettersThroughObjectsThatRunCode(): (string | number)[] {
  const log: string[] = [];
  const shapes = [new Shape(log), new Shape(log)];
  const at = (index: number): Shape => {
    log.push(`at ${index}`);
    return shapes[index]!;
  };
  [at(0).width, at(1).width] = [shapes[1]!.width + 4, shapes[0]!.width + 6];
  return [...log, shapes[0]!.width, shapes[1]!.width];
}

export function testGetterOfAnObjectLiteralChangesAVariableKey(): (string | number)[] {
  let index = 0;
  let key = "a";
  const out = [0, 0, 0];
  const source = {
    get step(): number {
      index += 1;
      key += "b";
      return 5;
    },
  };
  const record: Record<string, number> = {};
  ({ step: out[index] } = source);
  ({ step: record[key] } = source);
  return [...out, index, ...Object.entries(record).flat()];
}

// Refused before (diagnostics case cs1001-destructuring-into-members): an increment in the key, a
// call as the object, a default that calls.
const picks: string[] = [];
function pick(): number[] {
  picks.push("pick");
  return [0, 0];
}
function targets(arr: number[], src: (number | undefined)[], plain: [number]): number {
  let k = 0;
  [arr[k++] = 5, arr[k++] = 6] = src;
  [pick()[0]] = plain;
  [arr[k] = pick().length] = src;
  return k;
}

export function testIncrementsCallsAndDefaultsThatCall(): (string | number)[] {
  const first = [1, 2, 3];
  const second = [1, 2, 3];
  const counts = [targets(first, [undefined, 9], [4]), targets(second, [7], [4])];
  return [...first, ...second, ...counts, ...picks];
}

// `super.size` as a target: written through the base class's setter (it was refused).
class Stored {
  protected stored = 0;
  get size(): number {
    return this.stored;
  }
  set size(value: number) {
    this.stored = value * 10;
  }
}

class Resetting extends Stored {
  reset(values: [number]): number {
    [super.size] = values;
    return this.size;
  }
  setBoth(pair: { a: number; b?: number }, fallback: () => number): number[] {
    const sizes: number[] = [];
    ({ b: super.size = fallback() } = pair);
    sizes.push(this.size);
    ({ a: super.size } = pair);
    sizes.push(this.size);
    return sizes;
  }
}

export function testSuperSetterAsATarget(): number[] {
  const resetting = new Resetting();
  return [resetting.reset([4]), ...resetting.setBoth({ a: 7 }, () => 2), ...resetting.setBoth({ a: 1, b: 3 }, () => 99)];
}
