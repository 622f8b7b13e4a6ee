// map keeps the array's starting length even when its receiver runs code when read (a getter, a
// call): the receiver is evaluated once, its length taken, then walked, so a callback that shortens
// the array leaves holes at the end (undefined) and the getter runs once, as in Node.

class Box {
  calls = 0;
  private data: number[] = [1, 2, 3, 4];
  get items(): number[] {
    this.calls++;
    return this.data;
  }
  current(): number[] {
    this.calls++;
    return this.data;
  }
}

export function testGetterReceiverShortenedByCallback(): unknown[] {
  const b = new Box();
  const m = b.items.map((x) => {
    if (x === 1) {
      b.items.pop();
    }
    return x * 2;
  });
  return [m.length, m, b.calls];
}

export function testCallReceiverShortenedByCallback(): unknown[] {
  const b = new Box();
  const m = b.current().map((x, i) => {
    if (i === 0) {
      b.current().splice(1, 2);
    }
    return `${i}:${x}`;
  });
  return [m.length, m, b.calls];
}

export function testGetterReceiverWithFunctionCallback(): unknown[] {
  const b = new Box();
  const double = (x: number): number => {
    if (x === 2) {
      b.items.splice(1);
    }
    return x * 2;
  };
  const m = b.items.map(double);
  return [m.length, m, b.calls];
}

export function testGetterReceiverGrownByCallback(): unknown[] {
  const b = new Box();
  const m = b.items.map((x) => {
    if (x === 1) {
      b.items.push(9);
    }
    return x + 1;
  });
  return [m, b.calls, b.items.length];
}
