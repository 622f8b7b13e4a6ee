// The instance given to a method the program replaces on its object (review S54A, F8).
interface Listener { notify(e: string): string; }
class Bus {
  last = "";
  subscribe(l: Listener): void { this.last = "stored"; }
}
const bus = new Bus();
bus.subscribe = (l: Listener): void => { bus.last = l.notify("hi"); };
class Widget implements Listener {
  tag: string | null;
  constructor() { bus.subscribe(this); this.tag = "w"; }
  notify(e: string): string { return `${e}:${this.tag}`; }
}
export function testClassMethodReassigned(): string { new Widget(); return bus.last; }
