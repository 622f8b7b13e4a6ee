// A class whose own generic method (`map<U>`) is the union's other member beside a type parameter
// is that member's, not T's (review S46C, F13: refused, CS1046); tuples with a leading rest element
// pair only the elements at fixed places (F11: refused, CS1051 and CS1050).
interface Pt {
  x: number;
}
class Coll {
  items: number[] = [1, 2];
  map<U>(f: (n: number) => U): U[] {
    return this.items.map(f);
  }
}
class Shape {
  constructor(public name: string) {}
  area(): number {
    return this.name.length;
  }
}
class Marker {
  label = "m";
  convert<V>(value: V): V {
    return value;
  }
}
function show<T extends Pt>(x: T | Coll): string {
  return x instanceof Coll ? "coll" + x.map((n) => n * 2).join(",") : String(x.x);
}
function describe<T extends Shape>(x: T | Marker): string {
  return x instanceof Marker ? x.convert(x.label) : x.name;
}
function last(xs: [...string[], Shape]): number {
  const end = xs[xs.length - 1];
  return end instanceof Shape ? end.area() : -1;
}
function lastPoint(xs: [...number[], Pt]): number {
  return (xs[xs.length - 1] as Pt).x;
}
function headRest(xs: [Shape, ...string[]]): number {
  return xs[0].area() + xs.length;
}
export function testGenericMethodMembers(): unknown {
  return [show(new Coll()), show({ x: 3 }), describe(new Marker()), describe(new Shape("s"))];
}
export function testLeadingRest(): unknown {
  const texts: [string, string, Shape] = ["a", "b", new Shape("abc")];
  const numbers: [number, number, Pt] = [1, 2, { x: 5 }];
  const head: [Shape, string, string] = [new Shape("q"), "a", "b"];
  return [last(texts), lastPoint(numbers), headRest(head)];
}
