// `.length` of a `string | T[]` and `.size` of a `Map | Set`: each member has it, read for the one
// the value is at run time (before: refused, CS1011).

function size(value: unknown): number {
  if (Array.isArray(value) || typeof value === "string") {
    return value.length;
  }
  if (value instanceof Map || value instanceof Set) {
    return value.size;
  }
  return -1;
}

function lengthOrMissing(value: string | number[] | undefined): number {
  return value?.length ?? -1;
}

export function testMixedSizes(): number[] {
  return [size("h😀llo"), size([1]), size([]), size(new Map([[1, 2]])), size(new Set([1, 2, 3])), size(5), size({ length: 9 })];
}

export function testOptionalMixedLength(): number[] {
  return [lengthOrMissing("ab"), lengthOrMissing([1, 2, 3]), lengthOrMissing(undefined), lengthOrMissing("")];
}
