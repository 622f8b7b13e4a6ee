// A closure made in a for loop's incrementor captures the next iteration's copy of a `let`, which
// the rest of the incrementor, the condition and the body then change: JavaScript's closure sees
// those changes, a default-bound Python lambda would not (review 19: [1,2,3] in Node, [0,1,2]).
export function madeBeforeTheIncrement(): number[] {
  const readers: (() => number)[] = [];
  for (let i = 0; i < 3; readers.push(() => i), i++) {}
  return readers.map((read) => read());
}

export function changedByTheCondition(): number[] {
  const readers: (() => number)[] = [];
  for (let i = 0; i++ < 3; readers.push(() => i)) {}
  return readers.map((read) => read());
}

export function changedByTheBody(): number[] {
  const readers: (() => number)[] = [];
  for (let i = 0; i < 6; i++, readers.push(() => i)) {
    i++;
  }
  return readers.map((read) => read());
}
