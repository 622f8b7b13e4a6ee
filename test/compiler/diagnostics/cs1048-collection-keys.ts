// Map keys and Set values are Python dict keys: found by == and hash. Refused where that is not
// JavaScript's SameValueZero: true == 1, lists and dicts cannot be hashed, null and undefined are one None.
interface Point {
  x: number;
}
class Tag {
  constructor(readonly name: string) {}
}
export function refused(): number[] {
  const flags = new Map<number | boolean, string>();
  const points = new Set<Point>();
  const pairs = new Set<[string, number]>();
  const lists = new Map<string[], number>();
  const nested = new Map<Map<string, number>, number>();
  const anything = new Map<unknown, number>();
  const bare = new Map();
  const nullish = new Set<string | null | undefined>();
  const generic = <K>(): Map<K, number> => new Map<K, number>();
  return [flags.size, points.size, pairs.size, lists.size, nested.size, anything.size, bare.size, nullish.size, generic<string>().size];
}
export function allowed(): number[] {
  const byText = new Map<string, number>();
  const byNumber = new Map<number, string>();
  const flags = new Set<boolean>();
  const tags = new Set<Tag>();
  const sets = new Map<Set<string>, number>();
  const optional = new Map<string | undefined, number>();
  const declared: Map<string, Tag> = new Map();
  const bounded = <K extends string | number>(): Map<K, number> => new Map<K, number>();
  return [byText.size, byNumber.size, flags.size, tags.size, sets.size, optional.size, declared.size, bounded<string>().size];
}
// Interfaces a string, a number or a plain object may meet, and a Map's key type read through an
// interface that extends Map.
interface Printable {
  toString(): string;
}
interface Spots<V> extends Map<{ x: number }, V> {
  readonly label?: string;
}
export function interfaces(): number[] {
  const printable = new Map<Printable, string>();
  const boxed = new Map<Number, string>();
  const objects = new Set<Object>();
  const errors = new Set<Error>();
  const spots: Spots<string> = new Map();
  return [printable.size, boxed.size, objects.size, errors.size, spots.size];
}
// A generic cache keyed by its own unconstrained K: refused where the Map is made, and each
// get/has/set too (CS1043): a Map made outside and passed in (a Map<string | null> for a K of
// string | null | undefined) would find undefined as null (review S46D, F9, of 17aa5c5's attempt to
// leave these out).
export class Cache<K, V> {
  private entries = new Map<K, V>();
  read(key: K): V | undefined {
    return this.entries.get(key);
  }
  write(key: K, value: V): boolean {
    this.entries.set(key, value);
    return this.entries.has(key);
  }
}
