// The standard library's namespaces indexed by a key, and a number's method read without a call:
// one error each, naming the way that compiles (it was two, one of them about class instances).
export function rounded(x: number): number {
  return Math["round"](x);
}

export function chosen(x: number, key: "floor" | "ceil"): number {
  return Math[key](x);
}

export function formatter(n: number): unknown {
  return n.toFixed;
}
