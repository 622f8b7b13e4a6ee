// Review S47A, F5 (the source's half): a function or method with overloads given for a function type
// or an interface. TypeScript takes it when an overload fits; the body runs with what the callers
// pass, read as its implementation declares: a Plain instance reached a body reading a dict (an
// implementation typed `string | { v: number }`, and one typed `any` through its overloads), and an
// overload's dict result reached code reading an instance.
class Plain {
  v = 1;
}
function over(x: string): number;
function over(x: { v: number }): number;
function over(x: string | { v: number }): number {
  return typeof x === "string" ? 0 : x.v;
}
function anyOver(x: string): number;
function anyOver(x: { v: number }): number;
function anyOver(x: any): number {
  return typeof x === "string" ? 0 : (x as { v: number }).v;
}
function makes(x: string): { v: number };
function makes(x: number): Plain;
function makes(x: string | number): { v: number } | Plain {
  return typeof x === "string" ? { v: 1 } : new Plain();
}
interface Sink {
  put(p: Plain): number;
}
class OverSink {
  put(x: string): number;
  put(x: { v: number }): number;
  put(x: string | { v: number }): number {
    return typeof x === "string" ? 0 : x.v;
  }
}
type Ctor = new (p: Plain) => { n: number };
class ReadsDict {
  n: number;
  constructor(p: string);
  constructor(p: { v: number });
  constructor(p: string | { v: number }) {
    this.n = typeof p === "string" ? 0 : p.v;
  }
}
export function refused(): unknown {
  const reads: (p: Plain) => number = over;
  const anyReads: (p: Plain) => number = anyOver;
  const made: (s: string) => Plain = makes;
  const sink: Sink = new OverSink();
  const built: Ctor = ReadsDict;
  return [reads, anyReads, made, sink, built];
}
