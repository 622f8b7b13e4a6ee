// JSON.stringify of the program's class instances prints their fields as Node does: the base class's
// first, parameter properties, then declared fields, by their JavaScript names (renamed in Python:
// `nextId` is `_next_id`, a TypeScript-private one starts with `_`), leaving out getters, methods,
// statics, `#private` fields, functions and fields holding undefined; given directly, inside data,
// through a generic function, a class's type argument, a Record, a subclass typed as its base, and a
// toJSON() returning the instance or another one. (What cannot be printed so is refused:
// cs1017-json-of-class.)
class Movie {
  private watched = false;
  lastPlayed: number | null = null;
  rating?: number;
  #views = 0;
  static count = 0;
  constructor(
    readonly title: string,
    protected year: number,
  ) {}
  get label(): string {
    return `${this.title} (${this.year})`;
  }
  watch(at: number): number {
    this.watched = true;
    this.lastPlayed = at;
    this.#views += 1;
    return this.#views;
  }
}
class Episode extends Movie {
  nextId = 1;
  onPlay = (): string => this.label;
  constructor(
    title: string,
    public season: number,
  ) {
    super(title, 2020);
  }
}
export function testDirect(): string[] {
  const movie = new Movie("Heat", 1995);
  const before = JSON.stringify(movie);
  movie.watch(5);
  movie.rating = 4;
  return [before, JSON.stringify(movie), JSON.stringify(new Episode("Pilot", 1)), JSON.stringify(movie, null, 2)];
}
export function testInsideData(): string {
  const list = [new Movie("A", 1), new Episode("B", 2)];
  const record: Record<string, Movie> = { first: new Movie("C", 3) };
  const literal: Record<"k", Movie[]> = { k: list };
  return JSON.stringify({ list, record, literal, nested: [[new Movie("D", 4)]] });
}
function key<T>(value: T): string {
  return JSON.stringify(value);
}
class Cache<T> {
  private seen: string[] = [];
  add(value: T): string {
    const text = JSON.stringify(value);
    this.seen.push(text);
    return text;
  }
}
function log(value: unknown): string {
  return JSON.stringify({ logged: value });
}
export function testThroughHidingTypes(): string[] {
  const movie = new Movie("E", 5);
  return [key(movie), key([movie]), new Cache<Movie>().add(movie), new Cache<unknown>().add(new Episode("F", 6)), log(movie)];
}
export function testSubclassTypedAsBase(): string {
  const movies: Movie[] = [new Episode("G", 7), new Movie("H", 8)];
  const first: Movie = movies[0]!;
  return JSON.stringify(first) + JSON.stringify(movies, ["title", "season"]);
}
class Box<T> {
  constructor(public value: T) {}
}
export function testGenericClass(): string {
  return JSON.stringify([new Box(1), new Box("two"), new Box([new Box(true)]), new Box({ inner: new Movie("I", 9) })]);
}
class Itself {
  x = 1;
  toJSON(): Itself {
    return this;
  }
}
class Wrapper {
  constructor(readonly inner: Movie) {}
  toJSON(): { wrapped: Movie } {
    return { wrapped: this.inner };
  }
}
export function testToJsonGivingInstances(): string {
  return JSON.stringify([new Itself(), new Wrapper(new Movie("J", 10))]);
}
class Empty {}
class Node1 {
  next: Node1 | null = null;
  constructor(public name: string) {}
}
export function testEmptyAndCircle(): string[] {
  const first = new Node1("first");
  first.next = new Node1("second");
  const printed = [JSON.stringify(new Empty()), JSON.stringify(first)];
  first.next.next = first;
  try {
    printed.push(JSON.stringify(first));
  } catch (error) {
    printed.push(error instanceof TypeError ? error.message : "other");
  }
  return printed;
}
// Fields whose Python names would be the runtime's own attributes of a compiled class (`_js_fields`,
// the list of what JSON.stringify prints; `_js_hidden`; a private `jsToJson` is `_js_to_json`):
// compiled with a trailing underscore, printed by their JavaScript names.
class RuntimeNames {
  _js_fields = 1;
  _js_hidden = 2;
  constructor(private jsToJson: number) {}
  total(): number {
    return this._js_fields + this._js_hidden + this.jsToJson;
  }
}
export function testFieldsNamedLikeTheRuntimes(): string {
  const named = new RuntimeNames(3);
  return JSON.stringify(named) + named.total();
}
// A quoted field name is its text; a list of keys reads a getter as JavaScript's Get does, in the
// list's order (without one, getters are not printed); a circle met through the listed keys is named
// by them; a field typed `T | null` that the constructor writes first prints null.
class Thermometer {
  "unit" = "C";
  private _celsius = 0;
  parent: Thermometer | null;
  constructor(parent: Thermometer | null) {
    this.parent = parent;
  }
  get celsius(): number {
    return this._celsius;
  }
  set celsius(value: number) {
    this._celsius = value;
  }
  get label(): string | undefined {
    return this._celsius > 50 ? "hot" : undefined;
  }
}
export function testQuotedNamesGettersAndListedCircles(): string[] {
  const outer = new Thermometer(null);
  const inner = new Thermometer(outer);
  inner.celsius = 100;
  const printed = [JSON.stringify(inner), JSON.stringify(inner, ["celsius", "label", "unit", "missing"]), JSON.stringify(outer, ["label", "unit"])];
  outer.parent = inner;
  try {
    printed.push(JSON.stringify(outer, ["parent", "unit"]));
  } catch (error) {
    printed.push(error instanceof TypeError ? error.message : "other");
  }
  const first: Record<string, unknown> = { name: "a" };
  const second: Record<string, unknown> = { name: "b", back: first };
  first["other"] = second;
  first["self"] = first;
  try {
    printed.push(JSON.stringify(first, ["other", "back", "name"]));
  } catch (error) {
    printed.push(error instanceof TypeError ? error.message : "other");
  }
  return printed;
}
