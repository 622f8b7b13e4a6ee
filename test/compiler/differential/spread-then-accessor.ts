// An accessor written after a spread that gave the same key: JavaScript defines the accessor in the
// key's place (the key keeps its position), where the runtime raised TypeError "the accessor skip
// has no attribute" when the object was made (review S46E, F1).
export function testAccessorAfterSpread(): unknown {
  const data = { skip: 1, x: 0, label: "a" };
  const seen: number[] = [];
  const setterOnly = {
    ...data,
    set skip(value: number) {
      seen.push(value);
    },
  };
  const withGetter = {
    ...data,
    get label(): string {
      return "got";
    },
  };
  return [JSON.stringify(setterOnly), setterOnly.x, seen, Object.keys(setterOnly), JSON.stringify(withGetter), withGetter.label, Object.keys(withGetter)];
}
