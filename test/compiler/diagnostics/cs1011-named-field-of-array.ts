// A Python list takes no named field: writing one through a branded array type, which JavaScript
// keeps as a property of the array object (`[ 1, 2, tag: 'x' ]`), raised AttributeError.
type Tagged = number[] & { tag: string };

export function main(): number {
  const tagged = [1, 2] as Tagged;
  tagged.tag = "x";
  return tagged.length;
}
