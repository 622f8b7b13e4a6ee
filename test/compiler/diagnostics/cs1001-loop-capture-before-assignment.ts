// A closure made in a loop binds the iteration's values when it is made (Python keyword defaults):
// a per-iteration variable declared after the closure, or the closure in its own initializer, is
// not assigned yet then. Refused, where JavaScript reads it later, once assigned.
interface Linked {
  id: number;
  next(): number;
}
export function declaredAfter(): number[] {
  const readers: (() => number)[] = [];
  for (const n of [1, 2, 3]) {
    if (n > 1) readers.push(() => later + n);
    const later = n * 10;
  }
  return readers.map((read) => read());
}
export function recursive(): number[] {
  const results: number[] = [];
  for (const base of [2, 3]) {
    const pow = (n: number): number => (n === 0 ? 1 : base * pow(n - 1));
    results.push(pow(3));
  }
  return results;
}
export function callsALaterArrow(): string[] {
  const shows: (() => string)[] = [];
  for (let i = 0; i < 2; i++) {
    const show = (): string => "i" + i + helper();
    const helper = (): string => "h" + i;
    shows.push(show);
  }
  return shows.map((show) => show());
}
export function objectNamingItself(): number[] {
  const all: Linked[] = [];
  for (const id of [1, 2]) {
    const node: Linked = { id, next: () => node.id + 1 };
    const other: Linked = {
      id,
      next(): number {
        return other.id + 2;
      },
    };
    all.push(node, other);
  }
  return all.map((each) => each.next());
}
// Changes that can still run after the closure is made stay refused: a later round of a loop
// inside the iteration, or after the closure, in the same statement or a later one.
export function changedAfterAnyway(): string[] {
  const readers: (() => string)[] = [];
  for (const word of ["ab", "cd"]) {
    let seen = "";
    for (const letter of word) {
      seen += letter;
      readers.push(() => seen);
    }
    let last = "x";
    last = readers.push(() => last) > 0 ? "y" : "z";
    let tail = "p";
    readers.push(() => tail);
    if (word === "ab") tail = "q";
  }
  return readers.map((read) => read());
}
