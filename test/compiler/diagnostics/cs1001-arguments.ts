// A function's own `arguments` object compiled to a name Python does not have (NameError): a rest
// parameter says the same thing.
export function count(..._values: number[]): number {
  return arguments.length;
}
