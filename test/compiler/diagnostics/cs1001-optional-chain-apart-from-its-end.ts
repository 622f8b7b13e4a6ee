// A link of a longer optional chain compiled apart from the chain's end would skip too little when
// its `?.` finds undefined: refused (the chain as a value compiles, `a?.b.c`).
interface Holder {
  inner: { c?: number; names: Map<string, number> };
}

export function removeInner(holder: Holder | undefined): void {
  delete holder?.inner.c;
}
