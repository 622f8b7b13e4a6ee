// A mapped type over the keys of a type parameter that may be an array (unconstrained, or bound by
// `object`) may itself be an array: TypeScript maps `Flags<number[]>` to `(boolean | undefined)[]`.
// Indexing it is refused; bound by a record (`E extends Record<string, unknown>`) it compiles.
type Flags<E> = { [K in keyof E]?: boolean };
type Marks<E extends object> = { [K in keyof E]: number };

export function flagged<E>(flags: Flags<E>, key: keyof E): boolean {
  return flags[key] ?? false;
}

export function marked<E extends object>(marks: Marks<E>, key: keyof E): number {
  return marks[key];
}

// Over keys that may be symbols, the general advice: a dict's keys are strings and numbers.
type Tags<K extends PropertyKey> = { [P in K]?: string };

export function tagged<K extends PropertyKey>(tags: Tags<K>, key: K): string {
  return tags[key] ?? "";
}
