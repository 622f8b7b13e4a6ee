// A generic function whose result TypeScript leaves unresolved inside its signature (a conditional
// type, `T["item"]`, `Extract<T, object>`, `Pick<T, keyof T>`), given for a function type whose
// parameter and result are of one kind (dicts in, dicts out; objects in, objects out), runs as in
// Node. (A dict given back where an object is read is refused: cs1051-generic-functions-deferred-results.)
interface Data {
  v: number;
}
class Plain {
  constructor(public v: number) {}
  twice(): number {
    return this.v * 2;
  }
}
function keepObject<T>(x: T): T extends number ? never : T {
  return x as T extends number ? never : T;
}
function getItem<T extends { item: unknown }>(o: T): T["item"] {
  return o.item;
}
function onlyObjects<T>(x: T): Extract<T, object> {
  return x as Extract<T, object>;
}
function picked<T>(x: T): Pick<T, keyof T> {
  return x;
}
export function testDictsInDictsOut(): number[] {
  const a: (x: Data) => Data = keepObject;
  const b: (o: { item: Data }) => Data = getItem;
  const d: (x: Data) => Data = onlyObjects;
  const f: (x: Data) => Data = picked;
  return [a({ v: 1 }).v, b({ item: { v: 2 } }).v, d({ v: 4 }).v, f({ v: 6 }).v];
}
export function testObjectsInObjectsOut(): number[] {
  const a: (x: Plain) => Plain = keepObject;
  const b: (o: { item: Plain }) => Plain = getItem;
  const d: (x: Plain) => Plain = onlyObjects;
  return [a(new Plain(1)).twice(), b({ item: new Plain(2) }).twice(), d(new Plain(3)).twice()];
}
