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
