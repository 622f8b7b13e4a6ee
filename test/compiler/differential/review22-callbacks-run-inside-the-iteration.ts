// Review 22C: a function written as the callback of a standard array, Map or Set method that calls it
// (forEach, map, sort…) runs inside the iteration: it sees the iteration's own variables and may change
// them (an accumulator declared in a loop's body), where it was refused as a closure keeping a loop variable.
export function testBodyLetWrittenByCallback(): number[] {
  const out: number[] = [];
  for (const x of [1, 2]) {
    let count = x * 100;
    [1, 2, 3].forEach((y) => {
      count += y;
    });
    out.push(count);
  }
  return out;
}
export function testBodyLetWrittenByArrowCalledLater(): number[] {
  const out: number[] = [];
  const later: (() => void)[] = [];
  for (const x of [1, 2]) {
    const box = { n: x };
    later.push(() => {
      box.n += 10;
    });
    out.push(box.n);
  }
  later.forEach((f) => f());
  return out;
}
export function testForLetRangeWithCallbackReading(): number[] {
  const out: number[] = [];
  for (let i = 0; i < 3; i++) {
    out.push([10, 20].map((v) => v + i).reduce((a, b) => a + b));
  }
  return out;
}
export function testMapCallbackCapturesAccumulator(): number[] {
  let acc = 0;
  const xs = [1, 2, 3].map((x) => (acc += x));
  return [...xs, acc];
}
export function testClosureCapturesWhileLetChangedBefore(): string[] {
  const fs: (() => string)[] = [];
  let n = 0;
  while (n < 3) {
    let label = "even";
    if (n % 2 === 1) label = "odd";
    fs.push(() => label + n);
    n++;
  }
  return fs.map((f) => f());
}
export function testCallbacksOfMapsSetsAndSortsInLoops(): (number | string)[] {
  const out: (number | string)[] = [];
  for (const round of [1, 2]) {
    let total = 0;
    let calls = 0;
    new Map([
      ["a", round],
      ["b", round * 10],
    ]).forEach((value) => {
      total += value;
    });
    new Set([round, round + 1]).forEach((value) => {
      total += value;
    });
    const sorted = [3, 1, 2].sort((left, right) => {
      calls++;
      return (left - right) * round;
    });
    const kept = [1, 2, 3, 4].filter((value) => {
      total += 100;
      return value % 2 === round % 2;
    });
    out.push(total, calls > 0 ? "sorted" : "unsorted", sorted.join(""), kept.join(""));
  }
  return out;
}
export function testClosuresStoredFromCallbacksKeepTheirIteration(): number[] {
  const later: (() => number)[] = [];
  for (const round of [1, 2]) {
    let offset = round * 10;
    offset += 1; // before the closures are made
    [1, 2].forEach((value) => {
      later.push(() => offset + value);
    });
  }
  return later.map((read) => read());
}
