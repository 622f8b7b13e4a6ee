// Functions and methods with overloads given for a function type (review S47A, F5): where the overload
// that fits and the implementation take what the callers pass, they compile and run as in Node; the
// ones whose body reads a dict where an instance goes are refused (diagnostics/cs1037-cs1051-overloads.ts).
class Plain {
  v = 1;
}
function fine(x: string): number;
function fine(x: Plain): number;
function fine(x: string | Plain): number {
  return typeof x === "string" ? 0 : x.v;
}
export function testFits(): unknown {
  const g: (p: Plain) => number = fine;
  return g(new Plain()) + [new Plain()].map((p) => fine(p))[0]!;
}
function makes(x: string): { v: number };
function makes(x: number): Plain;
function makes(x: string | number): { v: number } | Plain {
  return typeof x === "string" ? { v: 1 } : new Plain();
}
export function testOverloadResult(): unknown {
  const g: (n: number) => Plain = makes;
  return g(2).v;
}
interface Sink {
  put(p: Plain): number;
}
class FineSink {
  put(x: string): number;
  put(x: Plain): number;
  put(x: string | Plain): number {
    return typeof x === "string" ? x.length : x.v + 1;
  }
}
export function testFittingMethod(): unknown {
  const s: Sink = new FineSink();
  return s.put(new Plain()) + new FineSink().put("abc");
}
interface Data {
  w: string;
}
// One overload per kind, given for a method taking the union: the implementation takes the union (review S48A, F4).
interface EitherSink {
  put(x: Plain | Data): string;
}
class OverloadedSink {
  put(x: Plain): string;
  put(x: Data): string;
  put(x: Plain | Data): string {
    return x instanceof Plain ? `p${x.v}` : `d${x.w}`;
  }
}
function show(x: Plain): string;
function show(x: Data): string;
function show(x: Plain | Data): string {
  return x instanceof Plain ? `p${x.v}` : `d${x.w}`;
}
function pick(x: string): Plain;
function pick(x: number): string;
function pick(x: string | number): Plain | string {
  return typeof x === "string" ? new Plain() : `n${x}`;
}
export function testOverloadPerKind(): unknown {
  const s: EitherSink = new OverloadedSink();
  const all: (...xs: Plain[]) => string = show;
  return [s.put(new Plain()), s.put({ w: "a" }), all(new Plain()), pick("a") instanceof Plain, pick(2)];
}
