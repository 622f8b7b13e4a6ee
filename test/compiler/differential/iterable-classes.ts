// A class with a generator method `*[Symbol.iterator]()` is iterable: it is Python's `__iter__`, and
// for…of, spreads, Array.from, yield*, new Set(…) and an `Iterable<T>` parameter walk the generator
// it makes, a new one each walk; a loop left early closes it (its finally runs), never the object
// (even one with a `close` method of its own); a subclass inherits it.
class Countdown implements Iterable<number> {
  readonly log: string[] = [];
  constructor(private readonly from: number) {}
  *[Symbol.iterator](): Generator<number> {
    try {
      for (let n = this.from; n > 0; n--) yield n;
    } finally {
      this.log.push("finally");
    }
  }
  close(): string {
    this.log.push("closed by the program");
    return "closed";
  }
  sum(): number {
    let total = 0;
    for (const n of this) total += n;
    return total;
  }
}

class EvenCountdown extends Countdown {
  evens(): number[] {
    return [...this].filter((n) => n % 2 === 0);
  }
}

function total(values: Iterable<number>): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum;
}

function* both(first: Iterable<number>, second: Countdown): Generator<number> {
  yield* first;
  yield* second;
}

export function testWalks(): unknown {
  const countdown = new Countdown(4);
  const early: number[] = [];
  for (const n of countdown) {
    if (n < 3) break;
    early.push(n);
  }
  const walked = [...countdown, ...countdown];
  return {
    early,
    walked,
    from: Array.from(countdown, (n) => n * 10),
    max: Math.max(...countdown),
    set: [...new Set(countdown)],
    total: total(countdown),
    sum: countdown.sum(),
    both: [...both([9], new Countdown(2))],
    log: countdown.log,
  };
}

export function testInherited(): unknown {
  const evens = new EvenCountdown(6);
  const pairs: string[] = [];
  for (const a of evens) for (const b of new Countdown(2)) pairs.push(`${a}${b}`);
  return [evens.evens(), pairs.slice(0, 5), pairs.length, evens.log.length, evens.close(), evens.log.slice(-1)];
}

export function testBreakInsideNestedLoop(): unknown {
  const outer = new Countdown(3);
  const inner = new Countdown(3);
  const seen: string[] = [];
  search: for (const a of outer) {
    for (const b of inner) {
      if (a * b === 4) break search;
      seen.push(`${a}*${b}`);
    }
  }
  return [seen, outer.log, inner.log];
}

// Destructured into new names: the elements the pattern names, then the generator is closed (its
// finally runs) when not walked to its end, as JavaScript's IteratorClose does.
class LoggedCountdown {
  readonly log: string[] = [];
  constructor(private readonly from: number) {}
  *[Symbol.iterator](): Generator<number> {
    try {
      for (let n = this.from; n > 0; n--) {
        this.log.push(`yield ${n}`);
        yield n;
      }
    } finally {
      this.log.push("finally");
    }
  }
}
export function testDestructured(): unknown {
  const countdown = new LoggedCountdown(4);
  const [first, second] = countdown;
  const afterTwo = [...countdown.log];
  const [head, ...rest] = countdown;
  const [a, b, c, d] = new LoggedCountdown(3);
  return [first, second, afterTwo, head, rest, [a, b, c, d], countdown.log.length];
}
function firstOf([value]: LoggedCountdown): number | undefined {
  return value;
}
export function testParameter(): unknown {
  const countdown = new LoggedCountdown(2);
  return [firstOf(countdown), countdown.log];
}
