// What CS1051 asks for instead of a plain object given for a type with (optional) methods: the object
// literal written where the type is expected is built as an object, so an absent optional method
// reads as undefined and the fields as attributes (review 7c).
interface Shape {
  name: string;
  area?(): number;
}
function describe(s: Shape): string {
  return s.area ? `${s.name}:${s.area()}` : s.name;
}
export function testLiteralsWrittenForTheType(): string[] {
  const raw = { name: "sq" };
  const shapes: Shape[] = [{ name: "a" }, { name: "b", area: () => 4 }];
  return [describe({ name: raw.name }), shapes.map(describe).join(), describe({ name: "c", area: () => 9 })];
}
