// A computed key that runs code in a destructuring pattern, even one whose type is a single literal
// (`key(): "k"`): JavaScript calls it as it reaches the element, where the compiled pattern reads the
// constant key, so the call (and its side effects) would be dropped. Refused, in a declaration, a
// parameter and an assignment, and so is a getter's key; a variable holding the key (`const k = key()`) compiles.
let calls = 0;
function key(): "k" {
  calls++;
  return "k";
}
export function declared(source: { k: number }): number {
  const { [key()]: value } = source;
  return value + calls;
}
export function parameter({ [key()]: value }: { k: number }): number {
  return value;
}
export function assigned(source: { k: number }): number {
  let value = 0;
  ({ [key()]: value } = source);
  return value;
}
class Keys {
  get current(): "k" {
    calls++;
    return "k";
  }
}
export function throughGetter(source: { k: number }, keys: Keys): number {
  const { [keys.current]: value } = source;
  return value;
}
// Review 22E: an interface's property may be a getter (a class implements it with one): it runs code.
interface Keyed {
  readonly current: "k";
}
export function throughInterface(source: { k: number }, keys: Keyed): number {
  const { [keys.current]: value } = source;
  return value;
}
