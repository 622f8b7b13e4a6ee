// Bitwise operators with JavaScript's 32-bit semantics, Math.imul and Math.clz32.
export function testOrZeroTruncates(): number[] {
  const values = [1.9, -1.9, 2 ** 31, 2 ** 32 + 5, NaN, Infinity, -0, 1e21];
  return values.map((value) => value | 0);
}
export function testUnsignedShiftZero(): number[] {
  const values = [-1, 1.5, 2 ** 32, -(2 ** 31)];
  return values.map((value) => value >>> 0);
}
export function testAndOrXor(): number[] {
  const a = 0b1100;
  const b = 0b1010;
  return [a & b, a | b, a ^ b, -1 & 0xff, 0xffffffff | 0];
}
export function testShifts(): number[] {
  const one = 1;
  return [one << 31, one << 32, one << 33, -16 >> 2, -16 >>> 28, 5 << -1];
}
export function testBitNot(): number[] {
  const values = [0, 5, -1, 2 ** 32, 1.7];
  return values.map((value) => ~value);
}
export function testDoubleTilde(): number[] {
  const values = [4.7, -4.7];
  return values.map((value) => ~~value);
}
export function testCompoundBitwise(): number[] {
  let flags = 0;
  flags |= 4;
  flags |= 1;
  flags &= ~4;
  let hash = 7;
  hash ^= 3;
  hash <<= 2;
  hash >>= 1;
  hash >>>= 0;
  return [flags, hash];
}
export function testStringHash(): number {
  const text = "héllo😀";
  let hash = 0;
  for (let index = 0; index < text.length; index++) {
    hash = ((hash << 5) - hash + text.charCodeAt(index)) | 0;
  }
  return hash;
}
export function testImul(): number[] {
  return [Math.imul(3, 4), Math.imul(0xffffffff, 5), Math.imul(2 ** 31, 2), Math.imul(-5, 12)];
}
export function testClz32(): number[] {
  return [Math.clz32(1), Math.clz32(0), Math.clz32(-1), Math.clz32(2 ** 31), Math.clz32(0.5)];
}
