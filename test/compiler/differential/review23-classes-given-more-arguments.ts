// Review 23C C1: a class given for a constructor type with more parameters than its constructor takes
// (plugin registries, factories): JavaScript drops the extra arguments, Python raised TypeError. A class
// used as a value takes them now (`*_`), and so do its ancestors, to which a class without a constructor
// passes them on.
abstract class Shape {
  abstract area(): number;
}
class Circle extends Shape {
  constructor(private r: number) {
    super();
  }
  area(): number {
    return Math.round(Math.PI * this.r * this.r);
  }
}
class Rect extends Shape {
  constructor(
    private w: number,
    private h: number,
  ) {
    super();
  }
  area(): number {
    return this.w * this.h;
  }
}
class Unit extends Shape {
  area(): number {
    return 1;
  }
}
function build(C: new (a: number, b: number) => Shape, a: number, b: number): number {
  return new C(a, b).area();
}
export function testCtorFewerParams(): unknown {
  return [build(Rect, 2, 3), build(Circle, 1, 5), build(Unit, 9, 9)];
}
class Plain {
  v = 1;
}
class Empty {}
class WithCtor {
  n: number;
  constructor() {
    this.n = 2;
  }
}
function make<T>(C: new (cfg: string) => T): T {
  return new C("cfg");
}
export function testPlainFields(): unknown {
  return make(Plain).v;
}
export function testEmpty(): unknown {
  return make(Empty) instanceof Empty;
}
export function testZeroArgCtor(): unknown {
  return make(WithCtor).n;
}
interface Plugin {
  name(): string;
}
class A implements Plugin {
  constructor(private cfg: string) {}
  name(): string {
    return "A:" + this.cfg;
  }
}
class B implements Plugin {
  name(): string {
    return "B";
  }
}
const registry: Record<string, new (cfg: string, verbose: boolean) => Plugin> = { a: A, b: B };
export function testRegistry(): unknown {
  return Object.keys(registry).map((k) => new (registry[k] ?? B)("c", true).name());
}
const _ = 10;
class ReadsUnderscore {
  seen = _;
}
export function testFieldReadingAnOuterUnderscore(): unknown {
  return make(ReadsUnderscore).seen;
}
// Review 24A S1: with a constructor of its own too, whose `__init__` holds the field initializers.
class ReadsUnderscoreWithConstructor {
  seen = _;
  constructor(public label: string) {}
}
function makeLabelled<T>(C: new (label: string, verbose: boolean) => T): T {
  return new C("cfg", true);
}
export function testFieldReadingAnOuterUnderscoreBesideAConstructor(): unknown {
  const made = makeLabelled(ReadsUnderscoreWithConstructor);
  return [made.seen, made.label];
}
