// `Object.assign` into an array sets named properties of the array object in JavaScript
// (`[ 1, 2, tag: 'x' ]`); a Python list holds only its elements, and the compiled call raised TypeError.
export function main(): number {
  const list: number[] = [1, 2];
  Object.assign(list, { tag: "x" });
  const copy: number[] = Object.assign([], list);
  return list.length + copy.length;
}
