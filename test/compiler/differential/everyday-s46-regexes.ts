// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): regexes.
const isDigits = (s: string) => /^\d+$/.test(s);
const isWord = (s: string) => /^\w+$/.test(s);
const hasSpace = (s: string) => /\s/.test(s);
const collapse = (s: string) => s.replace(/\s+/g, " ").trim();
const price = (s: string) => s.match(/(?:\$|USD )(\d+(?:\.\d\d)?)/)?.[1] ?? null;
const letters = (s: string) => s.match(/\p{L}+/gu) ?? [];
const anyChar = (s: string) => /^[^]{3}$/.test(s);

export function testClasses(): unknown {
  const inputs = ["123", "١٢٣", "12\n", "abc_1", "héllo", "a\u00a0b", "x\u2028y", "tab\there", "\ufeffbom", "ｆｕｌｌ", "abc\n"];
  return inputs.map((s) => [isDigits(s), isWord(s), hasSpace(s), collapse(s), /^abc$/.test(s), /^abc$/m.test(s), /c.$/.test(s)]);
}

export function testFancy(): unknown {
  return {
    prices: ["cost: $12.50", "USD 7", "EUR 9", "$ 3"].map(price),
    letters: letters("Héllo, wörld! 日本語 123 😀"),
    any: ["a\nb", "abc", "ab"].map(anyChar),
    dotall: [/a.b/.test("a\nb"), /a.b/s.test("a\nb"), /a.b/.test("a\rb"), /a.b/.test("a\u2028b")],
    ci: [/straße/i.test("STRASSE"), /k/i.test("\u212a"), /ſ/i.test("s"), /é/i.test("É")],
    bounds: "don't stop-believing café".split(/\b/).length,
    backref: /(\w)\1/.exec("hello")?.index ?? -1,
    sticky: "aaa".replace(/a*?/g, "-"),
    emptySplit: ["", "a,b"].map((s) => s.split(/,/)),
  };
}
