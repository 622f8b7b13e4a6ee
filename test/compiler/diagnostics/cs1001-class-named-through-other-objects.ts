// Code naming a class, run by the class's own static block through an object other than the one
// the types name (review S56B): an object literal's method through a `let` given another literal,
// through an array another literal was pushed into, a getter of a literal nested in what
// JSON.stringify prints, a getter behind a cast from `unknown`, a getter a subclass inherits read
// through an interface only the subclass fits, a `toJSON` three objects deep. Node throws
// ReferenceError in each; Python read the class. Each class below is refused once.
let ops = { run: (): number => 0 };
ops = { run: (): number => ThroughLet.a + 1 };
class ThroughLet {
  static a = 1;
  static b = ops.run();
}
const steps = [{ name: "a", run: (): number => 0 }];
steps.push({ name: "b", run: (): number => ThroughPushed.a + 1 });
class ThroughPushed {
  static a = 1;
  static b = 0;
  static {
    for (const step of steps) {
      ThroughPushed.b += step.run();
    }
  }
}
const nested = {
  w: 1,
  get v(): number {
    return ThroughPrinted.a + 1;
  },
};
class ThroughPrinted {
  static a = 1;
  static b = JSON.stringify([nested]);
}
const hidden = {
  get v(): number {
    return ThroughCast.a + 1;
  },
};
const cast = hidden as unknown as { v: string };
class ThroughCast {
  static a = 1;
  static b = String(cast.v);
}
interface Tagged {
  readonly v: number;
  tag(): string;
}
class Reading {
  get v(): number {
    return ThroughSubclass.a + 1;
  }
}
class TaggedReading extends Reading {
  tag(): string {
    return "t";
  }
}
const tagged: Tagged = new TaggedReading();
class ThroughSubclass {
  static a = 1;
  static b = tagged.v;
}
class Deep {
  toJSON(): number {
    return ThroughDepth.a + 1;
  }
}
const deep = new Deep();
class ThroughDepth {
  static a = 1;
  static b = JSON.stringify({ a: { b: { c: deep } } });
}
export function testA(): unknown {
  return [ThroughLet.b, ThroughPushed.b, ThroughPrinted.b, ThroughCast.b, ThroughSubclass.b, ThroughDepth.b];
}
