// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): gotchas.
const vowel = /[aeiou]/g;
export function testStatefulRegex(): unknown {
  const words = ["apple", "egg", "sky", "idea", "oak"];
  const flags = words.map((w) => vowel.test(w));
  const li = vowel.lastIndex;
  vowel.lastIndex = 0;
  const re = /(\d+)/g;
  const found: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec("a1b22c333")) !== null) found.push(`${m[1]}@${m.index}/${re.lastIndex}`);
  return { flags, li, found, matchG: "a1b22".match(/\d/g), matchNone: "abc".match(/\d/g) ?? "none" };
}
export function testJsonErrors(): unknown {
  const out: unknown[] = [];
  for (const t of ['{"a":1}', "{a:1}", "", "[1,]", "null", '"str"', "1e5", " [ ] "]) {
    try {
      out.push(JSON.parse(t) as unknown as string);
    } catch (e) {
      out.push(e instanceof SyntaxError ? `SyntaxError(${e.name})` : "other");
    }
  }
  return out;
}
export function testArrayMutators(): unknown {
  const a = [3, 1, 2];
  const b = a.sort((x, y) => x - y);
  const r = a.reverse();
  const c = [1, 2, 3, 4, 5];
  const sp = c.splice(-2, 1);
  const sp2 = c.splice(1);
  return {
    same: [b === a, r === a],
    a,
    c,
    sp,
    sp2,
    concat: [1].concat([2, 3], 4, [5]),
    slices: ["abcdef".slice(-3, -1), [1, 2, 3, 4].slice(-2), "abc".slice(2, 1), "abcdef".substring(-2, 2)],
    idx: ["hello".indexOf("l", -5), "hello".lastIndexOf("l", 2), [1, 2, 1].lastIndexOf(1, -2), "aaa".split("a"), "a,b".split(",", 0), "a,b,c".split(",", -1)],
    fillCopy: [1, 2, 3, 4, 5].fill(0, 1, -1),
    copyWithin: (() => {
      const items = [1, 2, 3, 4, 5];
      items.splice(0, 2, ...items.slice(3, 5));
      return items;
    })(),
    keys: [...["x", "y"].keys()],
    entries: [...["x"].entries()],
  };
}
