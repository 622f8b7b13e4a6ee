// Review 20: destructuring keys written as numbers in exponent, hex, binary or separated form reads the keys JavaScript reads (1e21 is "1e+21").
export function testDestructureKeys(): unknown[] {
  const o = { 1e21: "big", 16: "hex", 1000: "sep", 1.5: "onefive", 0.5: "half", 1e-7: "tiny", 3: "bin", 100: "e2" };
  const { 1e21: a, 0x10: b, 1_000: c, 1.5: d, 0.5: e, 1e-7: f, 0b11: g, 1e2: h } = o;
  return [a, b, c, d, e, f, g, h];
}
export function testDestructureParam(): unknown[] {
  const f = ({ 0x10: x, 1e2: y }: { 16: string; 100: string }) => [x, y];
  return f({ 16: "a", 100: "b" });
}
export function testDestructureAssign(): unknown[] {
  let x = "",
    y = "";
  ({ 0x10: x, 1_0: y } = { 16: "a", 10: "b" });
  return [x, y];
}
