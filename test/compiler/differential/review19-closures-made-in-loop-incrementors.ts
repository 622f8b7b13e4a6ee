// A closure made in a for loop's incrementor after the last change of the iteration sees the value
// the next iteration starts with, as in JavaScript; one made before a change is refused (CS1001,
// see the diagnostics). Review 19.

export function testClosureMadeAfterTheIncrement(): number[] {
  const readers: (() => number)[] = [];
  let rounds = 0;
  for (let i = 0; i < 3; i++, readers.push(() => i)) {
    rounds += 1;
  }
  return [rounds, ...readers.map((read) => read())];
}

export function testClosuresInTheBodyAndTheIncrementor(): string[] {
  const readers: (() => string)[] = [];
  for (let i = 0, label = "a"; i < 3; i++, label += "b", readers.push(() => `${label}${i}`)) {
    readers.push(() => `body ${label}${i}`);
  }
  return readers.map((read) => read());
}
