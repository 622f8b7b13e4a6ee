// Review 21E: a computed key of a destructuring pattern is read as its literal type's value only where
// evaluating it runs nothing: a literal, a variable, an enum member. (A call is refused: its side
// effects would be dropped.) The key read through a variable, once, in order with the other elements.
enum Field {
  Width = "w",
  Height = "h",
}
const log: string[] = [];
function key(): "k" {
  log.push("key");
  return "k";
}
function source(): { k: number; w: number; h: number } {
  log.push("source");
  return { k: 4, w: 2, h: 3 };
}
export function testKeyThroughVariable(): (string | number)[] {
  log.splice(0);
  const k = key();
  const { [k]: z, [Field.Width]: width } = source();
  return [z, width, ...log];
}
export function testEnumKeysInParameter(): number {
  const area = ({ [Field.Width]: width, [Field.Height]: height }: { w: number; h: number }): number => width * height;
  return area(source());
}
export function testEnumKeysInAssignment(): number[] {
  let width = 0;
  let height = 0;
  ({ [Field.Width]: width, [Field.Height]: height = 9 } = source());
  return [width, height];
}
export function testParenthesizedLiteralKey(): number {
  const { ["k"]: z } = source();
  return z;
}
const KEYS = { id: "k", size: { wide: "w" } } as const;
export function testKeysFromConstantTable(): number[] {
  const { [KEYS.id]: z, [KEYS.size.wide]: width } = source();
  return [z, width];
}
// Review 22E: an entry of a constant table read by a literal index runs no code either.
const PAIR = ["k", "w"] as const;
export function testKeysFromTupleAndLiteralIndex(): number[] {
  const { [PAIR[1]]: width, [KEYS["id"]]: z } = source();
  return [width, z];
}
