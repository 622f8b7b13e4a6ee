// A generic function given for a function type, whose result is a type TypeScript leaves
// unresolved inside its signature (a conditional type, `T["item"]`, `ReturnType<F>`,
// `Extract<T, object>`, `Awaited<T>`, `Pick<T, keyof T>`): what it gives back is taken as its type
// parameter's values, so a dict the callers pass comes back where they read an object (a class),
// refused. (Where both sides are of one kind it compiles: generic-deferred-results-meet-their-types.)
interface Data {
  v: number;
}
class Plain {
  constructor(public v: number) {}
}
function keepObject<T>(x: T): T extends number ? never : T {
  return x as T extends number ? never : T;
}
function getItem<T extends { item: unknown }>(o: T): T["item"] {
  return o.item;
}
function call<F extends () => unknown>(f: F): ReturnType<F> {
  return f() as ReturnType<F>;
}
function onlyObjects<T>(x: T): Extract<T, object> {
  return x as Extract<T, object>;
}
function settled<T>(x: T): Awaited<T> {
  return x as Awaited<T>;
}
function picked<T>(x: T): Pick<T, keyof T> {
  return x;
}
export function given(): number[] {
  const a: (x: Data) => Plain = keepObject;
  const b: (o: { item: Data }) => Plain = getItem;
  const c: (f: () => Data) => Plain = call;
  const d: (x: Data) => Plain = onlyObjects;
  const e: (x: Data) => Plain = settled;
  const f: (x: Data) => Plain = picked;
  return [a({ v: 1 }).v, b({ item: { v: 2 } }).v, c(() => ({ v: 3 })).v, d({ v: 4 }).v, e({ v: 5 }).v, f({ v: 6 }).v];
}
