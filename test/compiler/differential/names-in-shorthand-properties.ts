// The name in a shorthand property (`{ x }`) is the variable `x`: it gets that variable's Python name,
// also when a block's `const` of the same name is renamed apart (`x_2`), and an enum written there is
// JavaScript's object of it.
export function testShorthandOfBlockRenamedConsts(): string {
  const makers: (() => string)[] = [];
  {
    const x = "one";
    makers.push(() => JSON.stringify({ x }));
  }
  {
    const x = "two";
    makers.push(() => JSON.stringify({ x }));
  }
  return makers.map((make) => make()).join(",");
}
export function testShorthandOfLoopVariableHidingOuter(): string {
  const item = "outer";
  const seen: string[] = [];
  for (const item of ["a", "b"]) {
    seen.push(JSON.stringify({ item }));
  }
  return `${seen.join(",")} ${item}`;
}
export function testShorthandAssignmentToBlockRenamedLet(): string {
  // eslint-disable-next-line prefer-const -- a `let` of type number, as the inner one (a `const` would have a literal type)
  let total = 1;
  const seen: string[] = [];
  {
    let total = 5;
    ({ total } = { total: total + 10 });
    seen.push(String(total));
  }
  return `${seen.join(",")} ${total}`;
}
enum Kind {
  A = 1,
  B = 2,
}
export function testShorthandOfEnum(): string {
  const holder = { Kind };
  return `${Object.keys(holder.Kind).join(",")} ${JSON.stringify(holder)}`;
}
