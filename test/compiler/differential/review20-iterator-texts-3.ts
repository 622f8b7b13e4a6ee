// Review 20: the text of a matchAll iterator and of an array's keys().
export function testArrayItersTwice(): number[] {
  const a = [1, 2, 3];
  const e = a.entries(),
    k = a.keys(),
    v = a.values();
  return [[...e].length, [...e].length, [...k].length, [...k].length, [...v].length, [...v].length];
}
function* gen(): Generator<number> {
  yield 1;
}
export function testGenTypeof(): string {
  return typeof gen();
}
export function testGenStringObj(): string {
  const u: object = gen();
  return String(u);
}
export function testGenKeys(): string {
  return Object.keys(gen()).join(",");
}
