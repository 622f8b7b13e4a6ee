// Review 20: a callback given for a generic rest ((...args: A) => R, a class's tuple type parameter) takes the arguments its own parameters fill in: compiled, where CS1001 refused it.
/* eslint-disable @typescript-eslint/no-explicit-any -- `A extends any[]` is the rest type these wrappers are written with */
function logged<A extends unknown[], R>(f: (...args: A) => R, log: string[]): (...args: A) => R {
  return (...args: A): R => {
    log.push(`call ${args.length}`);
    return f(...args);
  };
}
export function testWrapGeneric(): unknown[] {
  const log: string[] = [];
  const add = logged((a: number, b: number) => a + b, log);
  const greet = logged((name: string) => `hi ${name}`, log);
  return [add(1, 2), greet("x"), log];
}
function once<A extends any[]>(f: (...args: A) => number): (...args: A) => number {
  let done = false;
  let value = 0;
  return (...args: A): number => {
    if (!done) {
      value = f(...args);
      done = true;
    }
    return value;
  };
}
export function testOnce(): number[] {
  const o = once((x: number) => x * 10);
  return [o(1), o(2)];
}
type Handler<T extends unknown[]> = (...args: T) => string;
class Bus<T extends unknown[]> {
  private hs: Handler<T>[] = [];
  on(h: Handler<T>): void {
    this.hs.push(h);
  }
  emit(...args: T): string[] {
    return this.hs.map((h) => h(...args));
  }
}
export function testBus(): string[] {
  const bus = new Bus<[string, number]>();
  bus.on((s, n) => s + n);
  bus.on((s) => s);
  return bus.emit("a", 1);
}
