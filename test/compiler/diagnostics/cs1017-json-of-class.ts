class Movie {
  private watched = false;
  constructor(readonly title: string) {}
}
export function save(movies: { list: Movie[] }): string {
  return JSON.stringify(movies);
}
// A class's own toJSON() is what JSON.stringify prints (it compiles: class-to-json), unless its result
// may be undefined (left out of an object in JavaScript, None here as null is) or holds an instance
// without one.
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

// A toJSON that returns the instance itself (`return this`): the runtime would meet the instance
// again, which it cannot print (review S45R, G11).
class Itself {
  x = 1;
  toJSON(): Itself {
    return this;
  }
}
export const itself = JSON.stringify(new Itself());

// The value given through a spread, whose type the checks would not see (review S45R, G16).
const values: [Itself] = [new Itself()];
export const spread = JSON.stringify(...values);
