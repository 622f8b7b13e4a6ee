// A callback that takes the array itself, on an array that is no plain variable (a literal, a
// chain's result): it is given the very array walked, evaluated once before the walk (review S49B,
// G2: it was refused, the array to be put in a `const` first).
function spread(x: number, i: number, all: number[]): number {
  return all.length * 10 + i + x;
}
export function testOnALiteral(): number[] {
  return [1, 2, 3].map((x, i, a) => a.length - i + x);
}
export function testOnAChain(): number[] {
  const xs = [5, 1, 4, 2];
  return xs.filter((x) => x > 1).map((x, i, a) => a[a.length - 1 - i]! * x);
}
export function testSomeFindEvery(): (number | boolean | undefined)[] {
  const xs = [3, 1, 2];
  return [
    xs
      .slice()
      .sort()
      .some((x, i, a) => a[i + 1] === x + 1),
    xs.concat([9]).find((x, i, a) => i === a.length - 1),
    xs.slice().every((x, i, a) => a.length === 3),
  ];
}
export function testForEachAsAStatement(): number[] {
  const seen: number[] = [];
  const xs = [1, 2, 3];
  xs.map((x) => x * 2).forEach((x, i, a) => {
    seen.push(x + a.length + i);
  });
  [5, 6].forEach((value, index, array) => seen.push(value + (array[index + 1] ?? 0)));
  return seen;
}
export function testADeclaredFunction(): number[] {
  return [7, 8].map((x) => x + 1).map(spread);
}
export function testACallbackGrowingTheArray(): number[] {
  return [1, 2, 3].map((x, i, a) => {
    a.push(x);
    return a.length + i;
  });
}
