// `globalThis`, JavaScript's global object, has no Python counterpart: refused with the global to
// name instead (review 19: it compiled to an undefined name, global_this, and raised NameError).
export function typeofGlobal(): string { return typeof globalThis; }
export function largerOfTwo(): number { return globalThis.Math.max(1, 2); }
