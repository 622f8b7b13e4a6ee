// A function stored through an interface whose class has a setter that calls it (review S54A, F10).
interface Feed { onData: (d: string) => string; close(): void; }
class Replay implements Feed {
  log: string[] = [];
  close(): void {}
  private h: (d: string) => string = (d) => d;
  get onData(): (d: string) => string { return this.h; }
  set onData(h: (d: string) => string) { this.h = h; this.log.push(h("old")); }
}
const replay = new Replay();
const feed: Feed = replay;
class View {
  prefix: string | null;
  constructor() {
    feed.onData = (d) => `${this.prefix}${d}`;
    this.prefix = ">";
  }
}
export function testSetterBehindInterface(): string { new View(); return replay.log.join(","); }
