// `!` on the target of a string `+=` and of `++`/`--` used as a value: the compiled code casts the
// name for type checkers, as every other `!` read (review S45V, L1: pyright rejected `s += "b"` of
// an `Optional[str]` and `js_minus(x, 1)` of an `Optional[float]`).
function opt(n: number): number | undefined {
  return n > 100 ? undefined : n;
}
function optS(s: string): string | null {
  return s === "" ? null : s;
}
export function testMinus(): unknown {
  let x = opt(5);
  x! -= 1;
  let y = opt(6);
  y! |= 1;
  let z = opt(7);
  z! <<= 1;
  let w = opt(9);
  w! %= 4;
  let v = opt(10);
  v! /= 4;
  let s = optS("a");
  s! += "b";
  let t = optS("c");
  t! += 1;
  return [x, y, z, w, v, s, t];
}
export function testUpdateExpr(): unknown {
  let x = opt(5);
  const a = x!--;
  const b = --x!;
  const arr = [opt(1)];
  arr[0]! += 2;
  return [x, a, b, arr];
}
let counter: number | undefined = 0 as number | undefined;
let label: string | null = "x" as string | null;
export function bumpGlobal(): number {
  counter! += 1;
  counter!++;
  label! += "y";
  return counter!;
}
export function testGlobalWrites(): unknown {
  bumpGlobal();
  bumpGlobal();
  return [counter, label];
}
let g: number | undefined = undefined as number | undefined;
let h: string | null = null as string | null;
function setAll(): void {
  g! = 5;
  [g!, h!] = [6, "x"];
  for (g! of [7, 8]) h! += String(g!);
  ({ g: g! } = { g: 9 });
}
export function testGlobals(): unknown {
  setAll();
  return [g, h];
}
export function testClosures(): unknown {
  let a: number | undefined;
  let b: string | undefined = "s" as string | undefined;
  const run = (): void => {
    a! = 1;
    [a!, b!] = [a! + 1, b! + "t"];
    for (a! of [3]) b! += "u";
    a! ||= 10;
    b! &&= b! + "v";
  };
  run();
  return [a, b];
}
// The postfix form's old value, returned by an arrow typed number (review S46C, F4).
let ticket: number | undefined = 1 as number | undefined;
const nextTicket = (): number => ticket!++;
export function testPostfixOldValue(): unknown {
  return [nextTicket(), nextTicket(), ticket];
}
