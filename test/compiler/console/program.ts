// console.log, info, debug, warn and error print what Node prints (util.format / util.inspect).
interface Movie {
  title: string;
  year: number;
  tags: string[];
  rating?: number;
}

export function main(): void {
  const movie: Movie = { title: "Heat", year: 1995, tags: ["crime", "it's"] };
  console.log("plain", "strings");
  console.log("count:", 3, 1.5, -0, NaN, Infinity, true, null);
  console.log([1, 2, 3]);
  console.log([1, 2, 3, 4, 5, 6, 7]);
  console.log(Array.from({ length: 30 }, (_, index) => index * 100));
  console.log(movie);
  console.log({ nested: { deeper: { deepest: { hidden: 1 } } }, list: [[1, [2, [3, [4]]]]] });
  console.log({ "a-b": 1, "2": 3, plain_key: "x\ny", quote: 'say "hi"' });
  console.log([]);
  console.log({});
  const maybe: number | undefined = undefined;
  console.log("maybe", maybe, [maybe]);
  const nothing: string | null = null;
  console.log(nothing);
  console.log(["x".repeat(80)]);
  console.log({ long: "y".repeat(70), short: 1 });
  console.info("info", [1]);
  console.debug("debug");
  console.warn("warned", { level: 2 });
  console.error("failed:", ["a", "b"]);
  console.log(["😀", "é"], "😀".length);
  // Object literals with methods and accessors: functions and accessors are named, getters not run.
  const shape = {
    w: 2,
    h: 3,
    area() {
      return this.w * this.h;
    },
    get perimeter() {
      return 2 * (this.w + this.h);
    },
    set width(value: number) {
      this.w = value;
    },
    get both() {
      return this.w;
    },
    set both(value: number) {
      this.w = value;
    },
  };
  console.log(shape);
  const measured = {
    side: 4,
    get square() {
      return this.side * this.side;
    },
  };
  console.log({ ...measured, nested: { deep: { deeper: { x: 1 } } }, label: "z".repeat(60) });
  console.log([
    shape,
    {
      get only() {
        return 1;
      },
    },
  ]);
  // match.groups has a null prototype, and Node prints it, also where it decides the line breaks.
  const words = /(?<first>\w+) (?<second>\w+) (?<third>\w+) (?<fourth>\w+)/.exec("alpha beta gamma delta epsilon");
  console.log(words?.groups);
  console.log([words?.groups], [[[words?.groups]]]);
  console.log(/(?<x>z)?/.exec("q")?.groups, /(?<long>\w+)/.exec("a".repeat(70))?.groups, /(?<short>b)/.exec("abc")?.groups);
  // match.groups has no prototype; a named group that took no part in the match is undefined.
  const either = /(?<first>x)|(?<second>y)/.exec("y");
  console.log(either?.groups);
  console.log({ groups: either?.groups, deep: { deeper: { deepest: either?.groups } } });
  const long = /(?<aVeryLongGroupName>x)|(?<anotherVeryLongGroupName>y)|(?<yetAnotherLongName>z)/.exec("z");
  console.log(long?.groups);
  // util.format: a first string's placeholders are filled from the values after it.
  const formats = ["%s is %d", "100% done", "%s%%s", "%d%", "%i and %f", "%j", "%c%s", "%x %s", "%%", "%s:%s:%s", "tail %"];
  const missing: string | undefined = undefined;
  for (const format of formats) {
    console.log(format, "7.5px", -0, [1, [2, [3]]], { a: { b: { c: 1 } } });
    console.log(format, 42);
    console.log(format);
  }
  console.log("%s|%d|%i|%f|%j", true, "12abc", "12.9", " 3.5e1x", { x: [1, null] });
  console.log("%s %d %j", null, null, null);
  console.log("%s %d %j %i", missing, missing, missing, missing);
  console.log("%O and %s", { deep: { er: { est: [1, 2] } } }, ["a", ["b", ["c"]]]);
  console.log("%s", "only", "then", 3, "more");
  // A lone half of an emoji: Node's UTF-8 stream writes U+FFFD; Python's print would raise.
  const emoji = "😀";
  console.log(emoji.slice(0, 1), emoji.slice(1));
  console.log("%s|%s", emoji.slice(1), emoji, [emoji.slice(0, 1)].length);
}
