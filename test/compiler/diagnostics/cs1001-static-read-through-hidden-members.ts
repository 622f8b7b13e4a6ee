// A static initializer reaching a later static through a getter the types hide from the walk
// (review S56, b04–b07): read through an interface, a string key, a nested pattern, a destructuring
// assignment. Node reads undefined there (NaN, "v:undefined"); Python raised TypeError or read None.
interface HasValue {
  readonly v: number;
  describe(): string;
}
class ThroughInterface implements HasValue {
  get v(): number {
    return ThroughInterface.later * 2;
  }
  describe(): string {
    return "through an interface";
  }
  static instance: HasValue = new ThroughInterface();
  static first = ThroughInterface.instance.v;
  static later = 5;
}
class ThroughKey {
  get v(): string {
    return "v:" + ThroughKey.later;
  }
  static instance = new ThroughKey();
  static first = ThroughKey.instance["v"];
  static later: string | null = "L";
}
class ThroughPattern {
  get v(): string {
    return "v:" + ThroughPattern.later;
  }
  static box = { inner: new ThroughPattern() };
  static first = ((): string => {
    const {
      inner: { v },
    } = ThroughPattern.box;
    return v;
  })();
  static later: string | null = "L";
}
class ThroughAssignment {
  get v(): string {
    return "v:" + ThroughAssignment.later;
  }
  static instance = new ThroughAssignment();
  static first = ((): string => {
    let v = "";
    ({ v } = ThroughAssignment.instance);
    return v;
  })();
  static later: string | null = "L";
}
export function testA(): unknown {
  return [ThroughInterface.first, ThroughKey.first, ThroughPattern.first, ThroughAssignment.first];
}
