// Review S48B, F5 and F11: a class instance given for a union of object types (`Sink | string`,
// `SinkA | SinkB`) may be used as any member it fits, so each meets it as the type alone would: an
// instance passed to a method that reads a dict, and the mirror, a dict passed to one reading an instance.
class Plain {
  v = 1;
  twice(): number {
    return this.v * 2;
  }
}
interface Data {
  v: number;
}
interface Sink {
  put(x: Plain): number;
}
interface SizedSink {
  put(x: Plain): number;
  size(): number;
}
class DictSink {
  put(x: Data): number {
    return x.v;
  }
  size(): number {
    return 0;
  }
}
interface DataSink {
  put(x: Data): number;
}
interface SizedDataSink {
  put(x: Data): number;
  size(): number;
}
class PlainSink {
  put(x: Plain): number {
    return x.twice();
  }
  size(): number {
    return 0;
  }
}
export function refused(): unknown {
  const either: Sink | string = new DictSink();
  const list: (Sink | number)[] = [new DictSink(), 3];
  const both: Sink | SizedSink = new DictSink();
  const mirror: DataSink | SizedDataSink = new PlainSink();
  return [either, list, both, mirror];
}
