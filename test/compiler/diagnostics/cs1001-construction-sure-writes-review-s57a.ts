// Review S57A: writes that only look sure. A destructuring's default runs only where the value is
// undefined; a base class's `#x` is another field than the subclass's; code after a bare `break` does
// not run; a method replaced through an interface or a cast may set nothing; a `switch` without a
// `default` whose cases miss a value of its type, or whose type is no union of literals, may set nothing. In each, a method then
// reads the field before it is set: Node reads undefined, Python read None or raised. Each is refused.
class DefaultedObject {
  a: number;
  seenA = "";
  constructor(options: { given?: number }) {
    const { given = (this.a = 1) } = options;
    this.showA();
    this.a = 2 + given;
  }
  showA(): void {
    this.seenA = String(this.a);
  }
}
class DefaultedArray {
  b: number;
  seenB = "";
  constructor(values: number[]) {
    let first: number;
    [first = (this.b = 1)] = values;
    this.showB();
    this.b = 2 + first;
  }
  showB(): void {
    this.seenB = String(this.b);
  }
}
class PrivateBase {
  #c = 0;
  initBase(): void {
    this.#c = 1;
  }
  get baseC(): number {
    return this.#c;
  }
}
class PrivateSub extends PrivateBase {
  #c: number;
  seenC = "";
  constructor() {
    super();
    this.initBase();
    this.showC();
    this.#c = 2;
  }
  showC(): void {
    this.seenC = String(this.#c + 1);
  }
}
class AfterBreak {
  d: number;
  seenD = "";
  constructor(kind: number) {
    switch (kind) {
      default:
        break;
        this.d = 1;
    }
    this.showD();
    this.d = 2;
  }
  showD(): void {
    this.seenD = String(this.d);
  }
}
class ReplacedThroughACast {
  e: number;
  seenE = "";
  constructor() {
    (this as { setE(): void }).setE = () => {};
    this.setE();
    this.showE();
    this.e = 2;
  }
  setE(): void {
    this.e = 1;
  }
  showE(): void {
    this.seenE = String(this.e);
  }
}
interface Settable {
  setF(): void;
}
function stub(target: Settable): void {
  target.setF = () => {};
}
class ReplacedThroughAnInterface {
  f: number;
  seenF = "";
  constructor() {
    stub(this);
    this.setF();
    this.showF();
    this.f = 2;
  }
  setF(): void {
    this.f = 1;
  }
  showF(): void {
    this.seenF = String(this.f);
  }
}
class MissedCase {
  g: number | null;
  seenG = "";
  constructor(kind: "a" | "b" | "c") {
    switch (kind) {
      case "a":
        this.g = 1;
        break;
      case "b":
        this.g = 2;
        break;
    }
    this.showG();
    this.g = 3;
  }
  showG(): void {
    this.seenG = String(this.g);
  }
}
class AnyText {
  h: number | null;
  seenH = "";
  constructor(kind: string) {
    switch (kind) {
      case "a":
        this.h = 1;
        break;
    }
    this.showH();
    this.h = 3;
  }
  showH(): void {
    this.seenH = String(this.h);
  }
}
export const made = [
  new MissedCase("c").seenG,
  new AnyText("z").seenH,
  new DefaultedObject({ given: 5 }).seenA,
  new DefaultedArray([5]).seenB,
  new PrivateSub().seenC,
  new AfterBreak(0).seenD,
  new ReplacedThroughACast().seenE,
  new ReplacedThroughAnInterface().seenF,
];
