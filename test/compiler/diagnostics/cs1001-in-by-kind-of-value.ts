// `key in value` is compiled for plain objects of data; the refusal says why for each other kind of
// value (review 17: an object literal with methods was told "`in` on anything but a plain object").
interface Shape {
  name: string;
  area(): number;
}
export function tests(shape: Shape, names: Map<string, number>, items: number[], text: string): boolean[] {
  const counter = {
    count: 1,
    bump(): number {
      this.count += 1;
      return this.count;
    },
  };
  return ["count" in counter, "name" in shape, "a" in names, 0 in items, 1 in (text as unknown as string[]), "message" in new Error("x")];
}
