// Static initializers that read getters through an interface, a type parameter, a string key and a
// nested pattern, iterate the program's iterable (a generator method), read every key
// of an object literal with a getter, call functions mapped through an identity `map` and a `let`
// given another function, and a static method inherited through a subclass's name: the walk follows
// each (review S56) and none names its class or reads a later static, so each compiles and gives
// what Node gives.
interface HasValue {
  readonly v: number;
}
const viaInterface: HasValue = {
  get v(): number {
    return 41;
  },
};
function read<T extends HasValue>(value: T): number {
  return value.v + 1;
}
const boxed = {
  inner: {
    get v(): number {
      return 7;
    },
  },
};
const listed = {
  w: 2,
  get v(): number {
    return 3;
  },
};
class Countdown implements Iterable<number> {
  constructor(private readonly from: number) {}
  *[Symbol.iterator](): Iterator<number> {
    for (let n = this.from; n > 0; n--) {
      yield n;
    }
  }
}
let pick: () => number = () => 1;
pick = (): number => 2;
export class Readings {
  static first = viaInterface.v;
  static second = read(viaInterface);
  static third = listed["v"] + Object.values(listed).length;
  static fourth = 0;
  static {
    const {
      inner: { v },
    } = boxed;
    Readings.fourth = v;
  }
  static counted = [...new Countdown(3)];
  static mapped = [(): number => 1, (): number => 2].map((f) => f).map((g) => g());
  static picked = [pick].map((make) => make());
  static total = Readings.first + Readings.second + Readings.third + Readings.fourth;
}
export function testReadThroughHiddenMembers(): unknown {
  return [Readings.first, Readings.second, Readings.third, Readings.fourth, Readings.counted, Readings.mapped, Readings.picked, Readings.total];
}

class Tagged {
  static tag = "base";
  static describe(): string {
    return "tag " + this.tag;
  }
}
export class Retagged extends Tagged {
  static override tag = "sub";
  static shown = Retagged.describe();
}
export function testInheritedStaticThroughTheSubclassName(): unknown {
  return [Retagged.shown, Tagged.describe()];
}

// An object literal with a getter and a method kept in a static (review S56B, w01, w02): made, not
// run, while the statics are made, so it may read a later static and name its class.
export class Views {
  static view = {
    get doubled(): number {
      return Views.later * 2;
    },
    describe(): string {
      return `later ${Views.later}`;
    },
  };
  static later = 5;
}
export function testObjectLiteralAccessorsKeptInAStatic(): unknown {
  return [Views.view.doubled, Views.view.describe()];
}
