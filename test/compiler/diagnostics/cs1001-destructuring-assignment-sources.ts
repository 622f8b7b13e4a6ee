// Destructuring assignments the compiler refuses, as it refuses the declaration forms: an object
// pattern over a list, a string or a Map (Python reads neither by key); a nested pattern whose
// default is another kind of value than the source's (one would be read as a dict, the other as an
// instance); a pattern of existing variables as a for…of target over a Map (its entries are pairs
// the compiler walks in its own way).
class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}
interface Placed {
  at?: Point;
}
export function sources(items: number[], text: string, table: Map<string, number>, placed: Placed): number {
  let size = 0;
  let x = 0;
  let key = "";
  ({ length: size } = items);
  ({ length: size } = text);
  ({ size } = table);
  ({ at: { x } = { x: 1 } } = placed);
  for ([key, size] of table) {
    x += size;
  }
  return size + x + key.length;
}
