// A function whose parameter is itself a callback: the caller's callback meets the parameter's own
// type, one function inside the other. The message says which function each place belongs to
// ("… passed to the parameter `p` of the function passed to its parameter `g`": review S47A, F8).
class Plain {
  v = 1;
}
export function refused(): unknown {
  const outer = (g: (d: { v: number }) => number): number => g({ v: 9 });
  const typed: (f: (p: Plain) => number) => number = outer;
  const makesDict = (make: () => { v: number }): number => make().v;
  const typedMaker: (make: () => Plain) => number = makesDict;
  return [typed((p) => p.v), typedMaker(() => new Plain())];
}
