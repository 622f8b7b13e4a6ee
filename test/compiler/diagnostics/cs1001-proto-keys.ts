// `__proto__: value` in an object literal and a write to ["__proto__"] set the prototype in JavaScript
// (ignored for a value that is no object): no key is made, where Python would make one.
const key = "__proto__";
export function protoKeys(): Record<string, number> {
  const literal = { __proto__: 1, a: 2 };
  const quoted = { "__proto__": 3 };
  const record: Record<string, number> = { ...literal, ...quoted };
  record["__proto__"] = 5;
  record[key] = 6;
  return record;
}
export function stillKeys(__proto__: number): Record<string, number> {
  // A shorthand member is an own key in JavaScript too.
  return { __proto__ };
}
