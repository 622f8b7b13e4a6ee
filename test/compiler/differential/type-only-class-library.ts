// Classes that type-only-class-imports.ts names through type-only imports of other spellings.
export class Shape {
  constructor(public name: string) {}
  area(): number {
    return this.name.length * 2;
  }
}
export default class Dflt {
  v = 1;
}
export function makeShape(name: string): Shape {
  return new Shape(name);
}
export function makeDefault(): Dflt {
  return new Dflt();
}
