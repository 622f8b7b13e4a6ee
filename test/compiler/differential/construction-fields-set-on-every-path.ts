// A field every path of a constructor's statement sets (both branches of an `if`, the `try` and the
// `catch`, every case of a `switch` with a `default`, a setter that validates and throws), then read
// by a method: set for sure, so each compiles and gives what Node gives (review S56F).
class Branches {
  x: number;
  seen = "";
  constructor(flag: boolean) {
    if (flag) {
      this.x = 1;
    } else {
      this.x = 0;
    }
    this.show();
  }
  show(): void {
    this.seen = String(this.x);
  }
}
class Parsed {
  x: number;
  seen = "";
  constructor(text: string) {
    try {
      this.x = JSON.parse(text) as number;
    } catch {
      this.x = -1;
    }
    this.show();
  }
  show(): void {
    this.seen = String(this.x);
  }
}
class Chosen {
  x: number;
  seen = "";
  constructor(kind: string) {
    switch (kind) {
      case "a":
        this.x = 1;
        break;
      default:
        this.x = 0;
    }
    this.show();
  }
  show(): void {
    this.seen = String(this.x);
  }
}
class Validated {
  x!: number;
  seen = "";
  constructor(n: number) {
    this.setX(n);
    this.show();
  }
  setX(n: number): void {
    if (n < 0) {
      throw new RangeError("negative");
    }
    this.x = n;
  }
  show(): void {
    this.seen = String(this.x);
  }
}
export function testFieldsSetOnEveryPath(): unknown {
  let thrown = "none";
  try {
    new Validated(-1);
  } catch (error) {
    thrown = error instanceof RangeError ? "RangeError" : "other";
  }
  return [
    new Branches(true).seen,
    new Branches(false).seen,
    new Parsed("7").seen,
    new Parsed("{").seen,
    new Chosen("a").seen,
    new Chosen("b").seen,
    new Validated(3).seen,
    thrown,
  ];
}
