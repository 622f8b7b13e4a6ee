// `{}` holds any value but null and undefined (a Map, a Set, a function): console.log cannot tell
// from the type what Node would print, as for `unknown`.
function debug(label: string, value: {}): void {
  console.log(label, value);
}
function all(values: Record<string, {}>, list: {}[]): void {
  console.log(values, list);
}
export function main(): void {
  debug("map", new Map<string, number>([["a", 1]]));
  all({ m: new Set<number>([1]) }, [new Map<string, number>()]);
  console.log({}, [{}], { nested: {} });
}
