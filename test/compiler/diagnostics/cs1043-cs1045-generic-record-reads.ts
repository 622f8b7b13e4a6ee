// A read of a generic record by its generic key (`Record<K, V>[K]`, `T[K]`) may be undefined (the
// key absent) and, with V unconstrained, null: typeof, String() or a template and `=== null` of it
// are refused as for any type admitting both (review 19: Python gave "object", "null" and true).
export function typeOfRead<K extends string, V>(record: Record<K, V>, key: K): string {
  return typeof record[key];
}

export function textOfRead<K extends string, V>(record: Record<K, V>, key: K): string {
  return `${record[key]}`;
}

export function isNullRead<K extends string, V>(record: Record<K, V>, key: K): boolean {
  return record[key] === null;
}

export function textOfMember<T extends { x: string }, K extends keyof T>(value: T, key: K): string {
  return String(value[key]);
}
