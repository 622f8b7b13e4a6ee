// A function given to a function or method with a `this` parameter (review S54A, F23).
class Bus {
  last = "";
  fire(this: Bus, h: () => string): void { this.last = h(); }
}
const bus = new Bus();
class Widget {
  tag: string | null;
  constructor() { bus.fire(() => `t=${this.tag}`); this.tag = "w"; }
}
export function testThisParamShift(): string { new Widget(); return bus.last; }
function fireFn(this: void, h: () => string): string { return h(); }
class Widget2 {
  seen: string;
  tag: string | null;
  constructor() { this.seen = fireFn(() => `t=${this.tag}`); this.tag = "w"; }
}
export function testThisParamFn(): string { return new Widget2().seen; }
