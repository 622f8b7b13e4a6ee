// A branch that always throws lets no code after it run: a field every other branch sets is set for
// sure after the statement (a `switch` whose `default` throws, a `catch` that throws again, an `if`
// whose other branch throws), and so is one every case of a `switch` naming each value of its
// literal union, enum or boolean sets; a method reading it afterwards compiles and gives what Node
// gives (review S57A, w15, w26, w27).
class Kind {
  x: number;
  seen = "";
  constructor(kind: string) {
    switch (kind) {
      case "a":
        this.x = 1;
        break;
      case "b":
        this.x = 2;
        break;
      default:
        throw new Error(`bad kind ${kind}`);
    }
    this.show();
  }
  show(): void {
    this.seen = String(this.x);
  }
}
class Input {
  x: number;
  seen = "";
  constructor(text: string) {
    try {
      this.x = JSON.parse(text) as number;
    } catch {
      throw new Error("bad input");
    }
    this.show();
  }
  show(): void {
    this.seen = String(this.x * 2);
  }
}
class Checked {
  x: number;
  seen = "";
  constructor(value: number) {
    if (value < 0) {
      throw new RangeError("negative");
    } else {
      this.x = value;
    }
    this.show();
  }
  show(): void {
    this.seen = `x=${this.x}`;
  }
}
export function testKinds(): string[] {
  const seen = [new Kind("a").seen, new Kind("b").seen];
  try {
    new Kind("c");
  } catch (error) {
    seen.push(error instanceof Error ? error.message : "?");
  }
  return seen;
}
export function testInput(): string[] {
  const seen = [new Input("21").seen];
  try {
    new Input("{");
  } catch (error) {
    seen.push(error instanceof Error ? error.message : "?");
  }
  return seen;
}
export function testChecked(): string[] {
  const seen = [new Checked(3).seen];
  try {
    new Checked(-1);
  } catch (error) {
    seen.push(error instanceof RangeError ? error.message : "?");
  }
  return seen;
}
enum Size {
  Big,
  Small,
}
class Covered {
  letter: string;
  size: string;
  flag: number;
  seen = "";
  constructor(letter: "a" | "b", size: Size, on: boolean) {
    switch (letter) {
      case "a":
        this.letter = "A";
        break;
      case "b":
        this.letter = "B";
        break;
    }
    switch (size) {
      case Size.Big:
        this.size = "big";
        break;
      case Size.Small:
        this.size = "small";
        break;
    }
    switch (on) {
      case true:
        this.flag = 1;
        break;
      case false:
        this.flag = 0;
        break;
    }
    this.show();
  }
  show(): void {
    this.seen = `${this.letter.toLowerCase()} ${this.size.length} ${this.flag + 1}`;
  }
}
export function testEverySwitchCase(): string[] {
  return [new Covered("a", Size.Big, true).seen, new Covered("b", Size.Small, false).seen];
}
