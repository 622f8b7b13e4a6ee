// `String` and `Number` as values where no callback type says what their calls pass: JavaScript
// makes "null"/"undefined" (0/NaN) of null and undefined, which are both None in Python.
export function texts(): string[] {
  const s = String;
  const n = Number;
  const o = { f: String };
  const fs = [Number];
  return [s(undefined), String(n(undefined)), o.f(null), String(fs.length)];
}
