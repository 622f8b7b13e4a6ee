// A shorthand property (`{ e }`, `({ e } = …)`) reads or writes the variable `e`: when the Python
// function it runs in also binds its own `e` (a loop's, a constructor's parameter, a local after a
// default), that is the outer `e` hidden, as for a plain `e`.
let e = "module-e";
const tag = "outer-tag";
export function readAfterLoop(items: string[]): string {
  let out = "";
  for (const e of items) {
    out += e;
  }
  const o = { e };
  return out + o.e;
}
export function writeAfterLoop(): string {
  let out = "";
  for (const e of ["x", "y"]) {
    out += e;
  }
  ({ e } = { e: "set" });
  return out;
}
export class Holder {
  o = { tag };
  constructor(tag: string) {
    this.o.tag += tag.length;
  }
}
export function withDefault(p = { tag }): string {
  const tag = "inner";
  return p.tag + tag;
}
