// A field written only on some paths of a constructor's statement (an `if`, a callback over a list
// that may be empty, a `catch`, a method that may return first), then read by a method the
// constructor calls before the field is set for sure (review S56E): Node reads undefined, Python
// read None. Each read is refused.
class Branching {
  x: number;
  seen = "";
  constructor(flag: boolean) {
    if (flag) this.x = 1;
    this.show();
    this.x = 2;
  }
  show(): void {
    this.seen = String(this.x);
  }
}
class Walking {
  total: number;
  seen = "";
  constructor(items: number[]) {
    items.forEach((item) => {
      this.total = item;
    });
    this.report();
    this.total = items.length;
  }
  report(): void {
    this.seen = `total=${this.total}`;
  }
}
class Catching {
  x: number;
  seen = "";
  constructor(text: string) {
    try {
      JSON.parse(text);
    } catch {
      this.x = -1;
    }
    this.describe();
    this.x = 3;
  }
  describe(): void {
    this.seen = JSON.stringify({ x: this.x });
  }
}
class Returning {
  x: number;
  seen = "";
  constructor(flag: boolean) {
    this.setUp(flag);
    this.show();
    this.x = 2;
  }
  setUp(flag: boolean): void {
    if (!flag) {
      return;
    }
    this.x = 1;
  }
  show(): void {
    this.seen = String(this.x);
  }
}
export function testA(): unknown {
  return [new Branching(false).seen, new Walking([]).seen, new Catching("{}").seen, new Returning(false).seen];
}
