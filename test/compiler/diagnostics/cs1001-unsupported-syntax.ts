export function* numbers(): Generator<number> {
  yield 1;
}
export const tagged = String.raw`a${1}`;
