// Object.assign into a class instance writes each key to the field the class declares for it:
// refused where the types do not give the keys (a spread list of sources, a Record), where a key
// is no field of the class (JavaScript would add a property the class does not have), where the
// key is a method or a getter without a setter, or where the source is itself a class instance.
class Point {
  x = 0;
  y = 0;
  get norm(): number {
    return Math.hypot(this.x, this.y);
  }
  scale(): number {
    return 1;
  }
}

export function main(list: { x: number }[], record: Record<string, number>, other: Point): void {
  const point = new Point();
  Object.assign(point, ...list);
  Object.assign(point, record);
  Object.assign(point, { x: 1, z: 2 });
  Object.assign(point, { norm: 3 });
  Object.assign(point, { scale: () => 2 });
  Object.assign(point, other);
}
