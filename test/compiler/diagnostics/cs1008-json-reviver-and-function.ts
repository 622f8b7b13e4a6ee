// JSON.parse's reviver has no counterpart in the runtime (it raised TypeError for two arguments);
// JSON.stringify of a function gives undefined in Node, which a `string` result cannot hold (it
// printed "null"). Both are refused.
export function revived(text: string): unknown {
  return JSON.parse(text, (_key: string, value: unknown) => (typeof value === "number" ? value * 10 : value));
}

export function ofAFunction(): string {
  const format = (value: number): string => value.toFixed(2);
  return JSON.stringify(format) ?? "undefined";
}
