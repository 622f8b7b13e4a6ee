// Review 22C: next() of a hand-written iterator (an object literal or a class instance with next()) typed
// `Iterator<T>` calls its own next(), where the runtime took every Iterator for a Python iterator.
function makeIter(n: number): Iterator<number> {
  let i = 0;
  return { next: () => (i < n ? { done: false, value: i++ } : { done: true, value: undefined }) };
}
export function testObjIterator(): number[] {
  const it = makeIter(3);
  const out: number[] = [];
  for (let r = it.next(); !r.done; r = it.next()) out.push(r.value);
  return out;
}
class Countdown implements Iterator<number> {
  constructor(private n: number) {}
  next(): IteratorResult<number> {
    if (this.n <= 0) return { done: true, value: undefined };
    const v = this.n;
    this.n -= 1;
    return { done: false, value: v };
  }
}
export function testHandIteratorClass(): number[] {
  const it = new Countdown(3);
  const out: number[] = [];
  let r = it.next();
  while (!r.done) {
    out.push(r.value);
    r = it.next();
  }
  return out;
}
export function testHandIteratorClassAsIterator(): number[] {
  const it: Iterator<number> = new Countdown(2);
  const out: number[] = [];
  let r = it.next();
  while (!r.done) {
    out.push(r.value);
    r = it.next();
  }
  return out;
}
interface Stepper {
  next(): { done: boolean; value: number };
}
export function testOwnInterface(): number[] {
  let i = 0;
  const s: Stepper = {
    next() {
      i++;
      return { done: i > 2, value: i };
    },
  };
  return [s.next().value, s.next().value, s.next().value];
}
export function testMethodSyntaxIterator(): number[] {
  let i = 0;
  const it: Iterator<number> = {
    next() {
      i++;
      return i > 2 ? { done: true, value: undefined } : { done: false, value: i };
    },
  };
  const out: number[] = [];
  let r = it.next();
  while (!r.done) {
    out.push(r.value);
    r = it.next();
  }
  return out;
}
function* counting(): Generator<number> {
  yield 1;
  yield 2;
}
export function testGenAsIterator(): unknown[] {
  const it: Iterator<number> = counting();
  return [it.next(), it.next(), it.next()];
}
