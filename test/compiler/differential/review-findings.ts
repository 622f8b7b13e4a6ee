// What a third review found compiled and differed from Node; each is exact now.
class Ticker {
  reads = 0;
  get next(): number {
    this.reads++;
    return this.reads;
  }
  get maybe(): number | undefined {
    this.reads++;
    return this.reads % 2 === 0 ? undefined : this.reads;
  }
}
// `??` and `||` read a getter once.
export function testGetterReadOnceByNullishAndOr(): (number | string)[] {
  const ticker = new Ticker();
  const first = ticker.next ?? 0;
  const second = ticker.next || 0;
  const third = ticker.maybe ?? -1;
  const fourth = `${ticker.maybe || -1}`;
  return [first, second, third, fourth, ticker.reads, `${ticker.maybe ?? "none"}`, ticker.reads];
}
// A subclass's `#id` is another field than its base's.
class Base {
  #id = "base";
  #secret(): string {
    return "base secret";
  }
  baseId(): string {
    return `${this.#id} ${this.#secret()}`;
  }
}
class Derived extends Base {
  #id = "derived";
  #secret(): string {
    return "derived secret";
  }
  derivedId(): string {
    return `${this.#id} ${this.#secret()}`;
  }
}
export function testPrivateNamesPerClass(): string[] {
  const derived = new Derived();
  return [derived.baseId(), derived.derivedId(), new Base().baseId()];
}
export function testMaxAndMinOfSignedZeros(): boolean[] {
  const isNegativeZero = (value: number): boolean => value === 0 && 1 / value < 0;
  return [isNegativeZero(Math.max(-0, 0)), isNegativeZero(Math.min(0, -0)), isNegativeZero(Math.max(-0, -0)), isNegativeZero(Math.min(0, 0))];
}
export function testErrorCause(): string[] {
  const inner = new Error("inner");
  const outer = new Error("outer", { cause: inner });
  const plain = new Error("plain");
  return [outer.message, outer.cause instanceof Error ? outer.cause.message : "none", String(plain.cause == null)];
}
export function testObjectKeysOfArrays(): string[] {
  const letters = ["a", "b"];
  return [JSON.stringify(Object.keys(letters)), JSON.stringify(Object.entries(letters)), JSON.stringify(Object.values(letters))];
}
export function testRangeErrorMessages(): string[] {
  const messages: string[] = [];
  for (const attempt of [() => (1.5).toFixed(101), () => (1.5).toPrecision(0), () => (10).toString(1)]) {
    try {
      attempt();
    } catch (error) {
      messages.push(error instanceof RangeError ? error.message : "other");
    }
  }
  return messages;
}
// A fourth review: includes with a fromIndex, and a switch on a getter reads it once.
export function testIncludesFromIndex(): boolean[] {
  const words = ["a", "b"];
  const numbers = [1, 2, 3, NaN];
  return [words.includes("a", 1), words.includes("b", -1), numbers.includes(1, -2), numbers.includes(2, -3), numbers.includes(NaN, 3), words.includes("a", -5)];
}
export function testSwitchReadsGetterOnce(): string[] {
  const ticker = new Ticker();
  const seen: string[] = [];
  switch (ticker.next) {
    case 5:
      seen.push("five");
      break;
    case 2:
      seen.push("two");
      break;
    default:
      seen.push("default");
  }
  seen.push(String(ticker.reads));
  return seen;
}
// A nested destructuring pattern's default, in a declaration, a parameter and for…of.
export function testNestedPatternDefaults(): string[] {
  const source: { n?: { c?: number }; list?: number[] } = {};
  const { n: { c } = { c: 5 } } = source;
  const { list: [first] = [7] } = source;
  const read = ({ n: { c: inner } = { c: 6 } }: { n?: { c?: number } }): string => String(inner);
  const pairs: [string, [number, number]?][] = [["a"], ["b", [1, 2]]];
  const seen: string[] = [String(c), String(first), read({})];
  for (const [key, [left, right] = [8, 9]] of pairs) {
    seen.push(`${key}${left}${right}`);
  }
  return seen;
}
// A callback that assigns its own parameter is called per item: in a comprehension that assignment
// was a SyntaxError, and the whole module failed to import.
export function testCallbackAssignsItsParameter(): number[][] {
  const values = [1, 2, 3];
  return [values.map((value) => (value = value * 2)), values.filter((value) => (value += 1) > 2), values.map((value, index) => value + index++)];
}
