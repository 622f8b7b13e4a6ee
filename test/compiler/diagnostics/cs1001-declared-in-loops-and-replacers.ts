// A function or class declared in a loop body has no defaults to keep each iteration's variables.
// JSON.stringify's replacer functions are refused (a list of keys compiles: differential/json-key-list-replacer.ts). (Compound and logical assignments whose target's
// receiver or key runs code are compiled: see differential/targets-evaluated-once.ts.)
export function declaredInLoops(): string[] {
  const found: (() => string)[] = [];
  for (const word of ["a", "b"]) {
    function inner(): string {
      return word;
    }
    class Holder {
      get value(): string {
        return word;
      }
    }
    found.push(inner, () => new Holder().value);
  }
  return found.map((read) => read());
}
export function replacers(value: { a: number; b: number }): string[] {
  return [JSON.stringify(value, ["a"]), JSON.stringify(value, (_key, item: unknown) => item), JSON.stringify(value, null, 2)];
}
