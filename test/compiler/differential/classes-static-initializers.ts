// Static field initializers run in the class's own scope in JavaScript: a bare name there is never a
// static member, and a write (`seq++`, `seq += 1`, `n = …`) changes the outer variable.
let seq = 0;
class A {
  static id = seq++;
  static tag = "a" + seq;
}
class B {
  static id = ++seq;
  static total = (seq += 10);
}
let last = "";
class Named {
  static first = (last = "named");
  static copy = last;
}

const limit = 5;
const label = "mod";
class K {
  static limit = 10;
  static double = limit * 2;
  static label = label + "!";
  static again = `${label}?`;
}
class Tag {
  static label = "static";
  static text = `${label}`;
  static fromOuter = label.length;
}
// A method bound later in the class body has the same name as the outer constant.
const size = 4;
class Sized {
  static twice = size * 2;
  size(): number {
    return Sized.twice;
  }
}

export function testStaticWrites(): string[] {
  const out = [`${A.id} ${A.tag} ${B.id} ${B.total} ${seq}`, `${Named.first} ${Named.copy} ${last}`];
  let n = 0;
  class C {
    static first = n++;
    static second = n++;
  }
  out.push(`${C.first} ${C.second} ${n}`);
  let text = "";
  class D {
    static a = (text += "x");
    static b = (text += "y");
  }
  out.push(`${D.a} ${D.b} ${text}`);
  return out;
}

export function testStaticReadsOuterName(): string[] {
  const out = [`${K.limit} ${K.double} ${K.label} ${K.again}`, `${Tag.label} ${Tag.text} ${Tag.fromOuter}`];
  out.push(`${Sized.twice} ${new Sized().size()}`);
  const width = 3;
  class L {
    static width = 7;
    static twice = width * 2;
  }
  out.push(`${L.width} ${L.twice}`);
  const depth = 2;
  class M {
    static deeper = depth + 1;
    depth(): number {
      return M.deeper;
    }
  }
  out.push(`${M.deeper} ${new M().depth()}`);
  return out;
}

export function testStaticWritesFromNestedScopes(): string[] {
  const before = seq;
  class E {
    static id = seq++;
  }
  let count = 0;
  const make = (): number => {
    class F {
      static id = ++count;
    }
    return F.id;
  };
  return [`${E.id - before} ${seq - before}`, `${make()} ${make()} ${count}`];
}

// A static initializer whose code calls the program's function with callbacks, and the methods of
// an object literal and of an instance it makes, before later statics: each followed, none reads
// a later static, so it compiles.
function applyAll(items: number[], step: (item: number) => number): number[] {
  return items.map((item) => step(item));
}
function halve(item: number): number {
  return item / 2;
}
const tools = {
  scale: 3,
  triple(item: number): number {
    return item * this.scale;
  },
};
class Measures {
  total = 0;
  add(amount: number): number {
    this.total += amount;
    return this.total;
  }
}
class Calibrated {
  static halves = applyAll([2, 4], halve);
  static tripled = applyAll([1, 2], (item) => tools.triple(item));
  static summed = new Measures().add(5);
  static unit: string | null = "kg";
  static rate: number = 2;
}
export function testStaticInitializersCallingFollowedCode(): (number[] | number | string | null)[] {
  return [Calibrated.halves, Calibrated.tripled, Calibrated.summed, Calibrated.unit, Calibrated.rate];
}
