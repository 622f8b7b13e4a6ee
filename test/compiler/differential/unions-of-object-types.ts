// An instance given for a union of object types it fits (`Sink | string`, `Sink | SizedSink`): where
// each member takes what the class's methods read, it compiles and runs as in Node (review S48B, F5,
// F11; the ones that do not are refused: diagnostics/cs1037-cs1051-unions-of-object-types.ts).
class Plain {
  v = 1;
  twice(): number {
    return this.v * 2;
  }
}
interface Sink {
  put(x: Plain): number;
}
interface SizedSink {
  put(x: Plain): number;
  size(): number;
}
class PlainSink {
  put(x: Plain): number {
    return x.twice();
  }
  size(): number {
    return 1;
  }
}
export function testUnionWithString(): unknown {
  const either: Sink | string = new PlainSink();
  return typeof either === "string" ? either : either.put(new Plain());
}
export function testUnionOfTwoSinks(): unknown {
  const both: Sink | SizedSink = new PlainSink();
  const list: (Sink | number)[] = [new PlainSink(), 3];
  return [both.put(new Plain()), list.map((item) => (typeof item === "number" ? item : item.put(new Plain())))];
}
