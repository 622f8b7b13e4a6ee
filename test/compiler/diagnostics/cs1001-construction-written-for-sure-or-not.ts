// Writes that look as if they ran but may not (review S56F): after a labeled `break`, in a method
// the constructor's helper calls only on some paths, in a generator method (calling it runs
// nothing), under an optional element access. A method then reads the field before the constructor
// sets it for sure: Node reads undefined, Python read None. Each read is refused.
class Labelled {
  x: number;
  seen = "";
  constructor(flag: boolean) {
    out: {
      if (flag) break out;
      this.x = 1;
    }
    this.show();
    this.x = 2;
  }
  show(): void {
    this.seen = String(this.x);
  }
}
class Delegating {
  x: number;
  seen = "";
  constructor(flag: boolean) {
    this.setUp(flag);
    this.show();
    this.x = 2;
  }
  setUp(flag: boolean): void {
    if (flag) this.write();
  }
  write(): void {
    this.x = 1;
  }
  show(): void {
    this.seen = String(this.x);
  }
}
class Generating {
  x: number;
  seen = "";
  constructor() {
    this.steps();
    this.show();
    this.x = 2;
  }
  *steps(): Generator<number> {
    this.x = 1;
    yield 1;
  }
  show(): void {
    this.seen = String(this.x);
  }
}
class Optional {
  x: number;
  seen = "";
  constructor(list?: number[]) {
    list?.[(this.x = 1)];
    this.show();
    this.x = 2;
  }
  show(): void {
    this.seen = String(this.x);
  }
}
export function testA(): unknown {
  return [new Labelled(true).seen, new Delegating(false).seen, new Generating().seen, new Optional().seen];
}
// Review S56G: an object literal's method writing its own `this`, a `finally` that returns and so
// swallows what the `try` threw before its write, a method the constructor replaces on the instance.
class LiteralThis {
  x: number;
  seen = "";
  constructor() {
    const other = {
      x: 0,
      set(): void {
        this.x = 5;
      },
    };
    other.set();
    this.show();
    this.x = 2;
  }
  show(): void {
    this.seen = String(this.x);
  }
}
class Swallowed {
  x: number;
  seen = "";
  constructor() {
    this.setX();
    this.show();
    this.x = 2;
  }
  fail(): void {
    throw new Error("no");
  }
  setX(): void {
    try {
      this.fail();
      this.x = 1;
    } finally {
      return;
    }
  }
  show(): void {
    this.seen = String(this.x);
  }
}
class Replaced {
  x: number;
  seen = "";
  constructor() {
    this.setX = (): void => undefined;
    this.setX();
    this.show();
    this.x = 2;
  }
  setX(): void {
    this.x = 1;
  }
  show(): void {
    this.seen = String(this.x);
  }
}
export function testB(): unknown {
  return [new LiteralThis().seen, new Swallowed().seen, new Replaced().seen];
}
