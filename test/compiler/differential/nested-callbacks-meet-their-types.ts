// A function whose parameter is itself a callback, given for a function type: the callers' callbacks
// meet the parameter's own type, their results included (review S47A, F8). Where both sides agree on
// what the callbacks take and give, it compiles and runs as in Node (diagnostics/cs1051-nested-callbacks.ts
// for the ones that do not).
class Plain {
  v = 1;
  twice(): number {
    return this.v * 2;
  }
}
type Maker = (make: () => Plain) => number;
export function testMakerOfInstances(): unknown {
  const reads = (make: () => Plain): number => make().twice();
  const typed: Maker = reads;
  return typed(() => new Plain());
}
export function testMakerOfDicts(): unknown {
  const reads = (make: () => { v: number }): number => make().v + 1;
  const typed: (make: () => { v: number }) => number = reads;
  return typed(() => ({ v: 4 }));
}
export function testVisitor(): unknown {
  const visit = (items: Plain[], each: (item: Plain, index: number) => number): number[] => items.map((item, index) => each(item, index));
  const typed: (items: Plain[], each: (item: Plain, index: number) => number) => number[] = visit;
  return typed([new Plain(), new Plain()], (item, index) => item.twice() + index);
}
export function testCallbackOfCallback(): unknown {
  const outer = (g: (d: { v: number }) => number): number => g({ v: 9 });
  const typed: (f: (p: { v: number }) => number) => number = outer;
  return typed((p) => p.v * 3);
}
