// A class's own toString or toJSON naming another class, run by that class's static block through a
// value typed `object`, `unknown` or an array of them (review S56C, S1): a template, `join`,
// JSON.stringify. Node throws ReferenceError in each; Python read the class. Each is refused once.
class Texted {
  toString(): string {
    return "k" + ThroughObject.a;
  }
}
const texted: object = new Texted();
class ThroughObject {
  static a = 1;
  static b = `${texted}`;
}
class Joined {
  toString(): string {
    return "j" + ThroughJoin.a;
  }
}
const joined: object[] = [new Joined()];
class ThroughJoin {
  static a = 1;
  static b = joined.join("-");
}
class Printed {
  toJSON(): number {
    return ThroughUnknown.a + 1;
  }
}
const printed: unknown[] = [new Printed()];
class ThroughUnknown {
  static a = 1;
  static b = JSON.stringify(printed);
}
export function testA(): unknown {
  return [ThroughObject.b, ThroughJoin.b, ThroughUnknown.b];
}
