// The instance given to a method of an object literal standing for a class (review S54C, G7).
const log: string[] = [];
class Bus {
  subs: Widget[] = [];
  subscribe(w: Widget): void {
    this.subs.push(w);
  }
}
const bus: Bus = {
  subs: [],
  subscribe: (w: Widget): void => {
    log.push("sub:" + w.label);
  },
};
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
