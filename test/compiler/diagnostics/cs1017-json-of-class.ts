// JSON.stringify prints the program's class instances from their fields, as Node does
// (json-of-class-instances), except where the fields cannot say what Node prints: each refused here.
// A field typed both null and undefined (JavaScript prints null and leaves undefined out; Python
// holds both as None), also inside data and behind a generic class's type argument:
class Movie {
  note?: string | null;
  constructor(readonly title: string) {}
}
class Box<T> {
  constructor(public value: T) {}
}
export function save(movies: { list: Movie[] }): string {
  return JSON.stringify(movies) + JSON.stringify(new Box<string | undefined>("x"));
}
// A field typed `T | null` without an initializer holds undefined until written (JavaScript defines
// it so): unless the constructor writes it first, a None there may be either.
class TreeNode {
  parent!: TreeNode | null;
  constructor(readonly label: string) {}
}
export function tree(): string {
  return JSON.stringify(new TreeNode("root"));
}
// A field declared with `declare` (JavaScript adds it when it is first set, at a place in the key
// order no declaration gives), and an Error subclass's field replacing the Error's own message (which
// JavaScript then prints first, where the Error's constructor put it); a value typed Error may be one:
class Late {
  declare note: string;
  id = 1;
}
class Failure extends Error {
  code = 3;
  override message = "failed";
}
export function others(caught: Error): string[] {
  return [JSON.stringify(new Late()), JSON.stringify([new Failure("m")]), JSON.stringify(caught)];
}
// A value typed by a class that may be an instance of a subclass the runtime cannot print, and one
// typed by an interface whose method an Error has too (`name`), which may be a library's value:
class Shape {
  constructor(public sides: number) {}
}
class Labelled extends Shape {
  label: unknown = null;
}
interface Named {
  name(): string;
}
export function hidden(shape: Shape, named: Named): string[] {
  return [JSON.stringify(shape), JSON.stringify({ named })];
}
// A class's own toJSON() is what JSON.stringify prints (it compiles: class-to-json), unless its result
// may be undefined (left out of an object in JavaScript, None here as null is) or holds an instance
// that cannot be printed.
class Maybe {
  constructor(readonly value?: number) {}
  toJSON(): number | undefined {
    return this.value;
  }
}
class Wrapper {
  constructor(readonly inner: Movie) {}
  toJSON(): { inner: Movie } {
    return { inner: this.inner };
  }
}
export function withToJson(): string[] {
  return [JSON.stringify({ a: new Maybe(1) }), JSON.stringify(new Wrapper(new Movie("m")))];
}

// The value given through a spread, whose type the checks would not see (review S45R, G16).
const values: [Movie] = [new Movie("s")];
export const spread = JSON.stringify(...values);

// A member an interface merged with the class declares (JavaScript adds it when it is first set, at
// a place among the fields that no declaration gives), and a field a subclass narrows while the base
// class may write undefined into it (both declarations together admit null and undefined).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
interface Merged {
  extra: number;
}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
class Merged {
  a = 1;
  constructor() {
    this.extra = 2;
  }
}
class Draft {
  note: string | null | undefined = "n";
  reset(): void {
    this.note = undefined;
  }
}
class Published extends Draft {
  override note: string = "final";
}
export const merged = [JSON.stringify(new Merged()), JSON.stringify(new Published())];
// A value of an interface with a method only the program's objects have, one of whose classes
// cannot be printed:
class Holder {
  note?: string | null;
  describe(): string {
    return "h";
  }
}
interface Describer {
  describe(): string;
}
export function described(describer: Describer): string {
  return JSON.stringify(describer) + new Holder().describe();
}
// `this` in a method may be an instance of any subclass: one that cannot be printed is refused.
class Model {
  id = 1;
  save(): string {
    return JSON.stringify(this);
  }
}
export class Post extends Model {
  title = "t";
  draft?: string | null;
}
