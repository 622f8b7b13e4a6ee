// An everyday program as a new user writes it: a linked list and a range as iterable classes
// (`*[Symbol.iterator]()`, #private fields, a static factory), a money type with private fields, a
// private constructor and toJSON called by name, overloads, rest and default parameters, a labelled
// search, do…while.
class LinkedList<T> implements Iterable<T> {
  #head: { value: T; next?: LinkedListNode<T> } | undefined;
  #size = 0;

  static of<T>(...items: T[]): LinkedList<T> {
    const list = new LinkedList<T>();
    for (const item of items) list.append(item);
    return list;
  }

  get size(): number {
    return this.#size;
  }

  append(value: T): this {
    const node: LinkedListNode<T> = { value };
    if (!this.#head) this.#head = node;
    else {
      let current = this.#head;
      while (current.next) current = current.next;
      current.next = node;
    }
    this.#size++;
    return this;
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let node = this.#head; node; node = node.next) yield node.value;
  }

  map<U>(transform: (value: T, index: number) => U): LinkedList<U> {
    const out = new LinkedList<U>();
    let index = 0;
    for (const value of this) out.append(transform(value, index++));
    return out;
  }

  toString(): string {
    return [...this].join(" -> ") || "(empty)";
  }
}

interface LinkedListNode<T> {
  value: T;
  next?: LinkedListNode<T>;
}

class Range implements Iterable<number> {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly step = 1,
  ) {
    if (step === 0) throw new RangeError("step must not be 0");
  }
  *[Symbol.iterator](): Generator<number> {
    for (let i = this.start; this.step > 0 ? i < this.end : i > this.end; i += this.step) yield i;
  }
  get length(): number {
    return Math.max(0, Math.ceil((this.end - this.start) / this.step));
  }
}

class Money {
  readonly #cents: number;
  readonly #currency: string;
  private constructor(cents: number, currency: string) {
    this.#cents = cents;
    this.#currency = currency;
  }
  static from(amount: number, currency = "EUR"): Money {
    return new Money(Math.round(amount * 100), currency);
  }
  add(other: Money): Money {
    if (other.#currency !== this.#currency) throw new TypeError(`cannot add ${other.#currency} to ${this.#currency}`);
    return new Money(this.#cents + other.#cents, this.#currency);
  }
  split(parts: number): Money[] {
    const base = Math.floor(this.#cents / parts);
    const remainder = this.#cents % parts;
    return Array.from({ length: parts }, (_, i) => new Money(base + (i < remainder ? 1 : 0), this.#currency));
  }
  toString(): string {
    const sign = this.#cents < 0 ? "-" : "";
    const abs = Math.abs(this.#cents);
    return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")} ${this.#currency}`;
  }
  toJSON(): { amount: number; currency: string } {
    return { amount: this.#cents / 100, currency: this.#currency };
  }
}

function format(value: number): string;
function format(value: string, width: number): string;
function format(value: number | string, width = 8): string {
  return typeof value === "string" ? value.padStart(width, "_") : value.toFixed(2);
}

function joinAll(separator: string, ...parts: (string | number)[]): string {
  return parts.map(String).join(separator);
}

const CONFIG: Readonly<{ retries: number; names: readonly string[] }> = { retries: 3, names: ["a", "b"] };

export function testIterables(): unknown {
  const list = LinkedList.of(3, 1, 2);
  const doubled = list.map((v, i) => v * 2 + i);
  const range = new Range(10, 0, -3);
  let error = "";
  try {
    new Range(0, 1, 0);
  } catch (e) {
    error = e instanceof RangeError ? `RangeError: ${e.message}` : "other";
  }
  return {
    list: String(list),
    doubled: `${doubled}`,
    size: doubled.size,
    empty: new LinkedList<string>().toString(),
    range: [...range],
    length: range.length,
    fromRange: Array.from(new Range(0, 5), (n) => n * n),
    max: Math.max(...new Range(1, 4)),
    error,
  };
}

export function testMoney(): unknown {
  const total = Money.from(10).add(Money.from(0.1)).add(Money.from(0.2));
  let mismatch = "";
  try {
    total.add(Money.from(1, "USD"));
  } catch (e) {
    mismatch = e instanceof TypeError ? e.message : "?";
  }
  return {
    total: total.toString(),
    split: total.split(3).map(String),
    json: JSON.stringify({ total: total.toJSON(), parts: total.split(2).map((part) => part.toJSON()) }),
    negative: `${Money.from(-5.5)}`,
    mismatch,
    formats: [format(3.14159), format("ab", 5), joinAll("/", "x", 1, 2.5)],
    config: [CONFIG.retries, CONFIG.names.length],
  };
}

export function testLabelledSearch(): unknown {
  const grid = [
    [1, 2, 3],
    [4, 5, 6],
    [7, 8, 9],
  ];
  let found: [number, number] | null = null;
  outer: for (let row = 0; row < grid.length; row++) {
    for (let column = 0; column < grid[row]!.length; column++) {
      if (grid[row]![column]! % 5 === 0) {
        found = [row, column];
        break outer;
      }
    }
  }
  let attempts = 0;
  do {
    attempts++;
  } while (attempts < CONFIG.retries);
  return { found, attempts };
}
