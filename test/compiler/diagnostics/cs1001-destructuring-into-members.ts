// A destructuring assignment into a member evaluates the member's object and key once, before the
// value, then the default: Python would evaluate them at the write (after the default), and again
// for each read, so a target with a call or an increment in it, or a default that runs code, is refused.
function pick(): number[] {
  return [0, 0];
}
export function targets(arr: number[], src: (number | undefined)[], plain: [number]): number {
  let k = 0;
  [arr[k++] = 5, arr[k++] = 6] = src;
  [pick()[0]] = plain;
  [arr[k] = pick().length] = src;
  return k;
}
