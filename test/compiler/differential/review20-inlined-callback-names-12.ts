// Review 20: an inlined callback's loop variables (a forEach statement's parameters, _ and index_) do not overwrite or hide the program's variables of that name.
/* eslint-disable prefer-const -- a `let` the inlined loop must not overwrite is one of the cases */
export function testForEachParamHidesOuter(): unknown[] {
  const x = "keep";
  let s = 0;
  [1, 2].forEach((x) => (s += x));
  [3, 4].forEach((y, x) => (s += x * 100 + y));
  return [s, x];
}
export function testForEachParamHidesOuterBlock(): unknown[] {
  let item = "mine";
  const out: number[] = [];
  [7, 8].forEach((item) => {
    out.push(item);
  });
  return [out, item];
}
export function testForEachParamHidesOuterClosure(): unknown[] {
  const v = 1;
  const read = () => v;
  const acc: number[] = [];
  [5, 6].forEach((v) => acc.push(v + read()));
  return [acc, read()];
}
