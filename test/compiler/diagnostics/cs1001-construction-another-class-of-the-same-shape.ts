// The instance given to a method of a class another class of the same shape stands for (review S54A, F18).
interface Listener { notify(e: string): string; }
class Bus {
  last = "";
  subscribe(l: Listener): void { this.last = "stored"; }
}
class LoudBus {
  last = "";
  subscribe(l: Listener): void { this.last = l.notify("hi"); }
}
const bus: Bus = new LoudBus();
class Widget implements Listener {
  tag: string | null;
  constructor() { bus.subscribe(this); this.tag = "w"; }
  notify(e: string): string { return `${e}:${this.tag}`; }
}
export function testStructural(): string { new Widget(); return bus.last; }
