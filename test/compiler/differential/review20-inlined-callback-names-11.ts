// Review 20: an inlined callback's loop variables (a forEach statement's parameters, _ and index_) do not overwrite or hide the program's variables of that name.
export function testForEachZeroParamReadsUnderscore(): unknown[] {
  const _: number = 5;
  let s = 0;
  [1, 2, 3].forEach(() => {
    s += _;
  });
  [1, 2].forEach(() => (s += _));
  return [s, _];
}
export function testIndexOnlyCallbacks(): unknown[] {
  const _: string = "u";
  const xs = ["a", "b", "c"];
  return [xs.map((__, i) => _ + i), xs.filter((__, i) => i !== 1 && _ === "u"), xs.findIndex((__, i) => i === 2 && _ === "u")];
}
