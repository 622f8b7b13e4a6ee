// `var` in a loop's head is one variable for the whole function, which outlives the loop: refused in
// a `for` that compiles to range() (which leaves the last value where `var` leaves one past it), in
// a `for` that compiles to a while loop, and in a `for…of`.
export function pastTheEnd(): number {
  for (var index = 0; index < 2; index++) {
    // nothing
  }
  return index;
}
export function whileLoop(limit: number): number {
  for (var step = 1; step < limit; step *= 2) {
    // nothing
  }
  return step;
}
export function lastItem(items: string[]): string {
  let last = "none";
  for (var item of items) {
    last = item;
  }
  return last;
}
