// Review 20: numeric keys in assignment and parameter patterns.
export function testAssignPattern(): unknown[] {
  let x = "",
    y = "";
  ({ 1e21: x, 1e-7: y } = { 1e21: "big", 1e-7: "tiny" });
  return [x, y];
}
export function testParamPattern(): unknown[] {
  const f = ({ 1e21: a }: { 1e21: string }): string => a;
  return [f({ 1e21: "p" })];
}
