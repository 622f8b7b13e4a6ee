// A closure made in a loop keeps its iteration's variable as it was when the closure was made
// (Python binds it as a default): changing it later in the iteration, or inside the closure, is
// refused. The for loop's incrementor changes the next iteration's copy and is fine.
export function changedAfterCapture(): number[] {
  const readers: (() => number)[] = [];
  for (let x of [1, 2]) {
    readers.push(() => x);
    x *= 10;
  }
  for (let i = 0; i < 3; i++) {
    readers.push(() => i);
    i++;
  }
  for (let i = 0; i < 2; i++) {
    readers.push(() => {
      i += 100;
      return i;
    });
  }
  for (let i = 0; i < 2; i++) {
    readers.push(() => i * 2);
  }
  return readers.map((read) => read());
}
