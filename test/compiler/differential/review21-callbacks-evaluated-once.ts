// Review 21: a callback that is not an inlined arrow is evaluated once, after the array, as JavaScript
// evaluates the call's arguments (map(make("m")) made one function per item, map(fns[i++]) moved on,
// a getter ran per item, a callback replacing its variable was read anew).
let log: string[] = [];
function t<T>(name: string, v: T): T {
  log.push(name);
  return v;
}
function reset(): void {
  log = [];
}
function mk(name: string): (x: number) => number {
  log.push(name);
  return (x: number) => x * 2;
}
function mkp(name: string): (x: number) => boolean {
  log.push(name);
  return (x: number) => x > 1;
}

export function testMapFn(): unknown {
  reset();
  const r = [1, 2, 3].map(mk("m"));
  return [log, r];
}
export function testFilterFn(): unknown {
  reset();
  const r = [1, 2, 3].filter(mkp("f"));
  return [log, r];
}
export function testFindFn(): unknown {
  reset();
  const r = [1, 2, 3].find(mkp("f"));
  return [log, r ?? null];
}
export function testFindIndexFn(): unknown {
  reset();
  const r = [1, 2, 3].findIndex(mkp("f"));
  return [log, r];
}
export function testSomeFn(): unknown {
  reset();
  const r = [1, 2, 3].some(mkp("s"));
  return [log, r];
}
export function testEveryFn(): unknown {
  reset();
  const r = [1, 2, 3].every(mkp("e"));
  return [log, r];
}
export function testForEachFn(): unknown {
  reset();
  [1, 2, 3].forEach(mk("fe"));
  return [log];
}
export function testFlatMapFn(): unknown {
  reset();
  const r = [1, 2].flatMap((x) => [x, t("in", x)]);
  return [log, r];
}
export function testReduceInit(): unknown {
  reset();
  const r = t("arr", [1, 2, 3]).reduce((a, b) => a + b, t("init", 10));
  return [log, r];
}
export function testJoin(): unknown {
  reset();
  const r = t("arr", [1, 2, 3]).join(t("sep", "-"));
  return [log, r];
}
export function testJoinStr(): unknown {
  reset();
  const r = t("arr", ["a", "b"]).join(t("sep", "-"));
  return [log, r];
}
export function testReplaceRe(): unknown {
  reset();
  const r = t("s", "aXbX").replace(t("re", /X/g), t("r", "-"));
  return [log, r];
}
export function testReplaceFn(): unknown {
  reset();
  const r = t("s", "aXbX").replace(/X/g, (m) => t("fn", m.toLowerCase()));
  return [log, r];
}
export function testSplitRe(): unknown {
  reset();
  const r = t("s", "a1b2c").split(/\d/);
  return [log, r];
}
export function testSlice(): unknown {
  reset();
  const r = t("a", [1, 2, 3, 4]).slice(t("s", 1), t("e", -1));
  return [log, r];
}
export function testSubstring(): unknown {
  reset();
  const r = t("a", "abcdef").substring(t("s", 4), t("e", 1));
  return [log, r];
}
export function testIndexOf(): unknown {
  reset();
  const r = t("a", [1, 2, 3, 2]).indexOf(t("x", 2), t("from", 2));
  return [log, r];
}
export function testStrIndexOf(): unknown {
  reset();
  const r = t("a", "abcb").indexOf(t("x", "b"), t("from", 2));
  return [log, r];
}
export function testIncludesStr(): unknown {
  reset();
  const r = t("a", "abcb").includes(t("x", "b"));
  return [log, r];
}
export function testStartsWith(): unknown {
  reset();
  const r = t("a", "abcb").startsWith(t("x", "b"), t("p", 1));
  return [log, r];
}
export function testPad(): unknown {
  reset();
  const r = t("a", "ab").padStart(t("n", 5), t("f", "*"));
  return [log, r];
}
export function testSplice(): unknown {
  reset();
  const a = [1, 2, 3, 4];
  const r = t("a", a).splice(t("s", 1), t("n", 2), t("v1", 9), t("v2", 8));
  return [log, r, a];
}
export function testPush(): unknown {
  reset();
  const a = [1];
  const r = t("a", a).push(t("v1", 2), t("v2", 3));
  return [log, r, a];
}
export function testUnshift(): unknown {
  reset();
  const a = [1];
  const r = t("a", a).unshift(t("v1", 2), t("v2", 3));
  return [log, r, a];
}
export function testFill(): unknown {
  reset();
  const a = [1, 2, 3, 4];
  t("a", a).fill(t("v", 0), t("s", 1), t("e", 3));
  return [log, a];
}
export function testMathMax(): unknown {
  reset();
  const r = Math.max(t("a", 1), t("b", 3), t("c", 2));
  return [log, r];
}
export function testMinSpread(): unknown {
  reset();
  const r = Math.min(...t("a", [4, 2]), t("b", 3));
  return [log, r];
}
export function testParseInt(): unknown {
  reset();
  const r = parseInt(t("s", "ff"), t("r", 16));
  return [log, r];
}
export function testStringify(): unknown {
  reset();
  const r = JSON.stringify(t("v", { a: 1 }), null, t("i", 2));
  return [log, r];
}
export function testAssign(): unknown {
  reset();
  const r = Object.assign(t("t", { a: 1 }), t("s1", { b: 2 }), t("s2", { c: 3 }));
  return [log, r];
}
export function testConcat(): unknown {
  reset();
  const r = t("a", [1]).concat(t("b", [2]), t("c", [3]));
  return [log, r];
}
export function testAt(): unknown {
  reset();
  const r = t("a", [1, 2, 3]).at(t("i", -1));
  return [log, r ?? null];
}
export function testRepeat(): unknown {
  reset();
  const r = t("a", "ab").repeat(t("n", 2));
  return [log, r];
}
export function testSortCmp(): unknown {
  reset();
  const r = t("a", [3, 1, 2]).sort(
    ((name: string) => {
      log.push(name);
      return (x: number, y: number) => x - y;
    })("cmp"),
  );
  return [log, r];
}
