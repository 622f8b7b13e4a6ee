// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): callbacks.
function pad(s: string, width = 3): string {
  return s.padStart(width, ".");
}
function tally(this: void, n: number, i?: number): string {
  return `${n}@${i ?? "-"}`;
}
class Fmt {
  constructor(private readonly prefix: string) {}
  one = (s: string, i?: number): string => `${this.prefix}${s}${i ?? ""}`;
  two(s: string): string {
    return `${this.prefix}${s}`;
  }
}
export function testCallbacks(): unknown {
  const f = new Fmt(">");
  return {
    parseInt: ["1", "2", "3", "10"].map(parseInt),
    parseFloat: ["1.5", "2e1"].map(parseFloat),
    num: ["1", "", "x"].map(Number),
    str: [1, 2.5, -0].map(String),
    round: [1.5, 2.5, -1.5].map((x) => Math.round(x)),
    max: [
      [1, 5],
      [3, 2],
    ].map((p) => Math.max(...p)),
    pad: ["a", "b", "c", "d"].map(pad),
    tally: [7, 8].map(tally),
    arrow: ["x", "y"].map(f.one),
    bound: ["x", "y"].map((s) => f.two(s)),
    bool: [0, 1, "", "a", null].filter(Boolean),
    from: Array.from("abc", (c, i) => c + i),
    isNaNs: ["1", "a", ""].map(Number).map(isNaN),
  };
}
