// Code naming a class, run by the class's own static block where the types do not show the walk
// which code runs (review S56): a getter read through an interface, a type parameter, a string key
// or a nested pattern, a setter written through an interface, `Object.values` and `JSON.stringify`
// of an object literal with a getter, an iterator behind the library's `Iterable`, a static method
// through a value typed `typeof D`, a function spread into a call, a `let` given another function,
// an array written by the callback that walks it, a member replaced by `Object.assign`, a subclass
// made by a function. Node throws ReferenceError in each (the class is not bound yet outside its
// body); the compiled class was bound, so Python read it. Each class below is refused once.
interface HasValue {
  readonly v: number;
}
const viaInterface: HasValue = {
  get v(): number {
    return ThroughInterface.a + 1;
  },
};
class ThroughInterface {
  static a = 1;
  static b = 0;
  static {
    ThroughInterface.b = viaInterface.v;
  }
}
const plain = {
  get v(): number {
    return ThroughParameter.a + 1;
  },
};
function read<T extends HasValue>(value: T): number {
  return value.v;
}
class ThroughParameter {
  static a = 1;
  static b = read(plain);
}
const keyed = {
  get v(): number {
    return ThroughKey.a + 1;
  },
};
class ThroughKey {
  static a = 1;
  static b = keyed["v"];
}
const boxed = {
  inner: {
    get v(): number {
      return ThroughPattern.a + 1;
    },
  },
};
class ThroughPattern {
  static a = 1;
  static b = 0;
  static {
    const {
      inner: { v },
    } = boxed;
    ThroughPattern.b = v;
  }
}
const listed = {
  w: 2,
  get v(): number {
    return ThroughValues.a + 1;
  },
};
class ThroughValues {
  static a = 1;
  static b = Object.values(listed).length;
}
class Range implements Iterable<number> {
  *[Symbol.iterator](): Iterator<number> {
    yield ThroughIterable.a;
  }
}
const range: Iterable<number> = new Range();
class ThroughIterable {
  static a = 1;
  static b = [...range].length;
}
class Quiet {
  static m(): number {
    return 0;
  }
}
class Loud {
  static m(): number {
    return ThroughStaticShape.a + 1;
  }
}
const maker: typeof Quiet = Loud;
class ThroughStaticShape {
  static a = 1;
  static b = maker.m();
}
const pair: [number, () => number] = [1, (): number => ThroughSpread.a + 1];
function run(n: number, step: () => number): number {
  return n + step();
}
class ThroughSpread {
  static a = 1;
  static b = run(...pair);
}
let later: () => number = () => 0;
later = (): number => ThroughLet.a + 1;
class ThroughLet {
  static a = 1;
  static b = [later].map((make) => make())[0];
}
const ops = { run: (): number => 0 };
Object.assign(ops, { run: (): number => ThroughAssign.a + 1 });
class ThroughAssign {
  static a = 1;
  static b = ops.run();
}
function makeSubclass(): number {
  class Made extends ThroughSubclass {
    static z = 5;
  }
  return Made.z;
}
class ThroughSubclass {
  static a = 1;
  static b = makeSubclass();
}
export function testA(): unknown {
  return [ThroughInterface.b, ThroughParameter.b, ThroughKey.b, ThroughPattern.b, ThroughValues.b, ThroughIterable.b];
}
export function testB(): unknown {
  return [ThroughStaticShape.b, ThroughSpread.b, ThroughLet.b, ThroughAssign.b, ThroughSubclass.b];
}
