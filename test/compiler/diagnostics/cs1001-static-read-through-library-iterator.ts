// A static initializer giving an iterable instance to Array.from or a Set, whose iterator reads a later static (review S54C, G8).
class Range {
  *[Symbol.iterator](): Generator<string> {
    yield "a:" + Range.tag;
  }
  static fromArray = Array.from(new Range());
  static fromSet = [...new Set<string>(new Range()).values()].join();
  static tag: string | null = "t";
}
export function testA(): unknown {
  return [Range.fromArray, Range.fromSet, Range.tag];
}
