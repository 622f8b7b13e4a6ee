// A loop variable a closure captured and the body then changes by destructuring assignment is
// refused as `x = …` is: the closure (a default-bound Python lambda) would keep the old value.
export function changedByDestructuringAfterCapture(): number[] {
  const readers: (() => number)[] = [];
  for (const x of [1, 2]) {
    let y = x;
    readers.push(() => y);
    ({ y } = { y: 7 });
  }
  for (const x of [1, 2]) {
    let z = x;
    readers.push(() => z);
    ({ value: z } = { value: 8 });
  }
  const lists: (() => number[])[] = [];
  for (const x of [1, 2]) {
    let w = [x];
    lists.push(() => w);
    [...w] = [9];
  }
  return readers.map((read) => read()).concat(lists.map((read) => read().length));
}
