// A static initializer calling the functions an array holds: followed where the array is written in
// place (here an arrow reading a later static), code the compiler cannot follow where it is a
// variable (any function may have been put in it since).
export class Steps {
  static kept = [1, 2].map((n) => (): string => `${n}${Steps.unit}`).map((make) => make());
  static unit: string | null = "x";
}
const makers: (() => number)[] = [];
export class Counter {
  static first = makers.map((make) => make());
  static limit: number | null = 4;
}
export function addMaker(maker: () => number): void {
  makers.push(maker);
}
// A callback that gives its parameter another function calls that one, which may be any.
let chosen = (): string => "none";
export function choose(next: () => string): void {
  chosen = next;
}
export class Later {
  static seen = [(): string => "x"].map((make) => {
    make = chosen;
    return make();
  });
  static tag: string | null = "t";
}
