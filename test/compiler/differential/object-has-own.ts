// `Object.hasOwn(object, key)` of a plain object or a Record and a text key: its own keys are the dict's
// (review S49B, G4: it was refused); the object is evaluated before the key, as in JavaScript.
interface Options {
  name?: string;
  size?: number;
}
export function testRecord(): boolean[] {
  const counts: Record<string, number> = { a: 1, b: 0 };
  return [Object.hasOwn(counts, "a"), Object.hasOwn(counts, "b"), Object.hasOwn(counts, "c"), Object.hasOwn(counts, "toString")];
}
export function testOptional(): boolean[] {
  const options: Options = { name: "x" };
  const key: string = "size";
  return [Object.hasOwn(options, "name"), Object.hasOwn(options, key)];
}
export function testDeleted(): boolean[] {
  const seen: Record<string, boolean> = { k: true };
  delete seen["k"];
  return [Object.hasOwn(seen, "k")];
}
export function testOrder(): string[] {
  const log: string[] = [];
  const pick = (): Record<string, number> => {
    log.push("object");
    return { a: 1 };
  };
  const key = (): string => {
    log.push("key");
    return "a";
  };
  log.push(String(Object.hasOwn(pick(), key())));
  return log;
}
export function testUndefinedValue(): boolean {
  const o: Record<string, number | undefined> = { a: undefined };
  return Object.hasOwn(o, "a");
}
