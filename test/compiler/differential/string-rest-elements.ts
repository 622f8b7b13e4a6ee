// A rest element destructured from a string is an array of its code points, as `[...text]` gives:
// in a declaration, in for…of and in a destructured parameter.

export function testRestOfStringDeclaration(): unknown[] {
  const [head, ...tail] = "a😀b";
  tail.push("c");
  return [head, tail, tail.length, Array.isArray(tail)];
}

export function testRestOfStringAfterTwoElements(): unknown[] {
  const title = "xy😀z";
  const [first, second, ...rest] = title;
  return [first, second, rest, rest.join("-")];
}

export function testRestOfEmptyAndShortStrings(): unknown[] {
  const [a, ...none] = "";
  const [b, ...alone] = "q";
  return [a, none, b, alone, none.length + alone.length];
}

export function testRestOfStringInForOf(): unknown[] {
  const seen: unknown[] = [];
  for (const [c, ...cs] of ["xyz", "q", "😀😁"]) {
    seen.push([c, cs, cs.length]);
  }
  return seen;
}

function split([c, ...cs]: string): unknown[] {
  return [c, cs, cs.map((x) => x.toUpperCase())];
}

export function testRestOfStringParameter(): unknown[] {
  return [split("héllo"), split("😀ab")];
}
