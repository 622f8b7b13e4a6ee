// Review 27A F7: the name of the extra-arguments parameter when `_` is taken never hides a program name
// (`_Extra` is `_extra` in Python), in a function and in a constructor-less class's __init__.
const _ = 10;
const _Extra = 20;
function addAll(x: number): number {
  return x + _ + _Extra;
}
export function testExtraShadowsSnakeName(): unknown {
  const g: (x: number) => number = addAll;
  return [g(1), [1, 2].map(addAll)];
}
class Holder {
  a = _;
  b = _Extra;
}
export function testConstructorlessInit(): unknown {
  const C: new () => Holder = Holder;
  const h = new C();
  return [h.a, h.b];
}
