// A method called on a value typed `any` (the elements of `new Array(2)`, an `any` parameter): the
// compiler translates a method by its receiver's kind (an array's push, a string's slice), which
// `any` does not say; the message named the method as unknown (review E1, F12).
export function shared(): unknown {
  const rows = new Array(2).fill([]);
  rows[0].push(1);
  return rows;
}
export function sliced(value: any): unknown {
  return value.slice(1);
}
