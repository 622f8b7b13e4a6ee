// The instance given to a method of a generic class another class stands for (review S54C, G9).
const log: string[] = [];
class Bus<T> {
  subs: T[] = [];
  subscribe(w: T): void {
    this.subs.push(w);
  }
}
class LoudBus {
  subs: Widget[] = [];
  subscribe(w: Widget): void {
    log.push("sub:" + w.label);
  }
}
const bus: Bus<Widget> = new LoudBus();
class Widget {
  label: string | null;
  constructor() {
    bus.subscribe(this);
    this.label = "w";
  }
}
export function testA(): unknown {
  const w = new Widget();
  return [log, w.label];
}
