// A spread or `Object.assign` of a value typed `object`, `{}` or a type parameter constrained by
// neither a data type nor a class: a class instance may travel there, whose fields are attributes of a
// Python object (`{ ...t }` raised "'Point' object is not a mapping", Object.assign "does not support
// item assignment").
export class Point {
  x = 1;
  y = 2;
}
export function clone<T extends object>(t: T): T {
  return { ...t };
}
export function cloneAny<T>(t: T): T {
  return { ...t };
}
export function cloneObject(o: object): object {
  return { ...o, tag: 1 };
}
export function update<T extends object>(target: T, patch: Partial<T>): T {
  return Object.assign(target, patch);
}
export function updateObject(target: object, patch: {}): object {
  return Object.assign(target, patch);
}
export function all(): unknown[] {
  return [clone(new Point()), cloneAny(new Point()), cloneObject(new Point()), update(new Point(), { x: 5 }), updateObject(new Point(), {})];
}
