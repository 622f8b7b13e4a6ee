// A plain object literal (no methods or accessors: it compiles to a dict) with an arrow function
// under a name JavaScript calls on its own: JSON.stringify([stamp]) gave [{"label":"x"}] for
// ["stamp"], String(named) "[object Object]" for "named!", Number(five) NaN for 5. Refused.
interface Named {
  label: string;
  toString: () => string;
}

export function conversions(): unknown[] {
  const stamp = { label: "x", toJSON: (): string => "stamp" };
  const named: Named = { label: "y", toString: () => "named!" };
  const valueOf = (): number => 5;
  const five = { valueOf };
  const data = { toString: "a text, not a function", valueOf: 3 };
  return [JSON.stringify([stamp]), String(named), Number(five), data];
}
