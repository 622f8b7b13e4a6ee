// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): lazyseq.
/* eslint-disable @typescript-eslint/no-this-alias -- the generators below read the sequence they belong to through a name, as written */
class Seq<T> implements Iterable<T> {
  private constructor(private readonly source: () => Iterable<T>) {}
  static of<T>(items: Iterable<T>): Seq<T> {
    return new Seq(() => items);
  }
  static range(start: number, end = Infinity, step = 1): Seq<number> {
    return new Seq(function* () {
      for (let i = start; i < end; i += step) yield i;
    });
  }
  *[Symbol.iterator](): Iterator<T> {
    yield* this.source();
  }
  map<U>(f: (t: T, i: number) => U): Seq<U> {
    const self = this;
    return new Seq(function* () {
      let i = 0;
      for (const x of self) yield f(x, i++);
    });
  }
  filter(p: (t: T) => boolean): Seq<T> {
    const self = this;
    return new Seq(function* () {
      for (const x of self) if (p(x)) yield x;
    });
  }
  take(n: number): Seq<T> {
    const self = this;
    return new Seq(function* () {
      if (n <= 0) return;
      let i = 0;
      for (const x of self) {
        yield x;
        if (++i >= n) return;
      }
    });
  }
  chunk(size: number): Seq<T[]> {
    const self = this;
    return new Seq(function* () {
      let buf: T[] = [];
      for (const x of self) {
        buf.push(x);
        if (buf.length === size) {
          yield buf;
          buf = [];
        }
      }
      if (buf.length) yield buf;
    });
  }
  zip<U>(other: Iterable<U>): Seq<[T, U]> {
    const self = this;
    return new Seq(function* () {
      const it = (function* () {
        yield* other;
      })();
      for (const x of self) {
        const r = it.next();
        if (r.done) return;
        yield [x, r.value] as [T, U];
      }
    });
  }
  reduce<A>(f: (a: A, t: T) => A, init: A): A {
    let acc = init;
    for (const x of this) acc = f(acc, x);
    return acc;
  }
  toArray(): T[] {
    return [...this];
  }
}

export function testSeq(): unknown {
  let pulled = 0;
  const nat = Seq.range(1).map((n) => {
    pulled++;
    return n;
  });
  const primes = nat
    .filter(
      (n) =>
        n > 1 &&
        Seq.range(2, Math.floor(Math.sqrt(n)) + 1)
          .toArray()
          .every((d) => n % d !== 0),
    )
    .take(10)
    .toArray();
  return {
    primes,
    pulled,
    chunks: Seq.of("abcdefg")
      .chunk(3)
      .map((c) => c.join(""))
      .toArray(),
    zipped: Seq.range(0, 10, 3).zip(["a", "b"]).toArray(),
    sum: Seq.range(0, 101).reduce((a, b) => a + b, 0),
    indexed: Seq.of(new Set(["x", "y"]))
      .map((s, i) => `${i}:${s}`)
      .toArray(),
    reuse: (() => {
      const s = Seq.of([1, 2, 3]).map((x) => x * 2);
      return [s.toArray(), s.toArray()];
    })(),
  };
}
