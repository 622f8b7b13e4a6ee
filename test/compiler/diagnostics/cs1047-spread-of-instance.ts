// `{ ...instance }` copies the instance's own fields in JavaScript (a subclass's too), which are
// attributes of a Python object, not a dict's entries: refused, also where `&&` or `?:` may leave
// the instance.
class Point {
  x = 1;
  get y(): number {
    return 2;
  }
}

export function main(on: boolean): void {
  const point = new Point();
  console.log({ ...point, z: 0 });
  console.log({ ...(on && point), z: 0 });
  console.log({ ...(on ? point : undefined), z: 0 });
}
