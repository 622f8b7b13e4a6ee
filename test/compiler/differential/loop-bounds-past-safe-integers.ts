// A for loop is a range() only over safe integer bounds: range() refuses the float that 1e21 is
// written as, and past 2^53 a double's i++ sticks where range() counts on. A write through a type
// assertion (`(i as number) = 3`, `[(i as number)] = [3]`, `(i as number)++`) is a write like any
// other. (Both found by the sixth review.)
export function testFloatBounds(): number[] {
  let small = 0;
  for (let index = 0; index < 1e21; index++) {
    if (index > 2) {
      break;
    }
    small++;
  }
  const huge = 1e300;
  let other = 0;
  for (let index = 0; index < huge; index++) {
    if (index > 4) {
      break;
    }
    other++;
  }
  return [small, other];
}
export function testPastSafeIntegers(): number[] {
  const seen: number[] = [];
  for (let index = 9007199254740990; index < 9007199254740999; index++) {
    seen.push(index);
    if (seen.length > 4) {
      break;
    }
  }
  return seen;
}
export function testWritesThroughAssertions(): string[] {
  const first: number[] = [];
  for (let index = 0; index < 5; index++) {
    if (index === 1) {
      (index as number) = 3;
    }
    first.push(index);
  }
  const second: number[] = [];
  for (let index = 0; index < 5; index++) {
    if (index === 1) {
      [index as number] = [3];
    }
    second.push(index);
  }
  const text = "hello";
  const third: number[] = [];
  for (let index = 0; index < text.length; index++) {
    if (index === 0) {
      (index as number)++;
    }
    third.push(index);
  }
  return [first.join(), second.join(), third.join()];
}
