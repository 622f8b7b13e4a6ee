// util.inspect of long strings inside values (Node's formatPrimitive): past 10,000 UTF-16 units cut, with
// "... N more characters" after the quote; longer than 16 units and than the room left on the line
// (80 - indentation - 4), split after each newline into 'line\n' + lines, each quoted on its own.
// A string given to console.log itself prints as it is.
interface Note {
  title: string;
  body: string;
  lines?: string[];
}

export function main(): void {
  console.log({ text: "a".repeat(80) + "\nb" });
  console.log(["a".repeat(30) + "\n" + "b".repeat(30) + "\n" + "c".repeat(30)]);
  // The limit is 80 - 4 - indentation: 74 units at the first level of an object, 72 a level deeper.
  for (const length of [16, 17, 70, 71, 72, 73, 74, 75, 76, 77]) {
    const text = "x".repeat(length - 1) + "\n";
    console.log(length, { text }, [text], { deeper: { text } }, { deeper: [[text]] });
    console.log(length, { deeper: { deepest: { text, other: "y\n".repeat(length / 2) } } });
  }
  console.log([
    "\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n",
  ]);
  console.log({ quotes: "it's here\n" + 'say "hi" and it\'s\n' + "plain line that goes on and on and on and on and on", "\n": "\n" });
  const note: Note = {
    title: "Minutes",
    body: "first line of the minutes, which is long enough\nsecond\n\nfourth\n",
    lines: ["short\n", "l".repeat(90) + "\n" + "m"],
  };
  console.log(note);
  console.log([note, note]);
  console.log(["one\n".repeat(20), "a", "b", "c", "d", "e", "f", "g"]);
  console.log("%O|%s", "z".repeat(40) + "\n" + "z".repeat(40), "z".repeat(40) + "\n" + "z".repeat(40));
  console.log("top level strings print as they are:", "w".repeat(40) + "\n" + "w".repeat(40));
  // maxStringLength: 10,000 units, then "... N more characters".
  console.log(["q".repeat(10000)], ["q".repeat(10001)], { long: "q".repeat(10002) });
  console.log(["a" + "😀".repeat(5000)], ["😀".repeat(5001)]);
  console.log({ cut: "r".repeat(9995) + "\n".repeat(8) + "s".repeat(100) });
  console.log("q".repeat(10003));
  const withMethod = {
    body: "p".repeat(50) + "\n" + "p".repeat(50),
    size(): number {
      return this.body.length;
    },
  };
  console.log(withMethod, withMethod.size());
}
