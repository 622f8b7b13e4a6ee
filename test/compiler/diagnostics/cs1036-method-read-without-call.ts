// A method read without calling it: called later, JavaScript gives it `this` undefined, Python keeps it bound.
interface Counter {
  next(): number;
}

class Ticker implements Counter {
  count = 0;
  next(): number {
    this.count += 1;
    return this.count;
  }
  static describe(this: void): string {
    return "ticker";
  }
  static current(): number {
    return this.name.length;
  }
}

export function throughInterface(counter: Counter): number {
  const next = counter.next;
  return next();
}

export function throughDestructuring(counter: Counter): number {
  const { next } = counter;
  return next();
}

export function throughDestructuringAssignment(counter: Counter): number {
  let step: () => number = () => 0;
  ({ next: step } = counter);
  return step();
}

export function asCallback(ticker: Ticker): number[] {
  return [1, 2].map(ticker.next);
}

export function literalMethod(): number {
  const counter = {
    n: 1,
    next() {
      return this.n;
    },
  };
  const next = counter.next;
  return next();
}

export function staticUsingThis(): number {
  const current = Ticker.current;
  return current() + Ticker.describe().length;
}

// A literal key names the method as the dot does.
export function byLiteralKey(counter: Counter): number {
  const next = counter["next"];
  return next();
}
