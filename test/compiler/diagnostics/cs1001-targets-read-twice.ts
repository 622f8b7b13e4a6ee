// A logical assignment reads its target for the test and writes it after: a call or a getter on
// the way would run twice. So would a getter in a compound assignment's receiver. A function or
// class declared in a loop body has no defaults to keep each iteration's variables.
let calls = 0;
function key(): string {
  calls++;
  return `k${calls}`;
}
class Counter {
  count = 0;
}
class Factory {
  get fresh(): Counter {
    return new Counter();
  }
}
export function targets(memo: Record<string, number>, factory: Factory, list: (number | undefined)[]): number {
  let index = 0;
  memo[key()] ??= 1;
  memo[key()] ||= 2;
  list[index++] ??= 7;
  factory.fresh.count += 1;
  factory.fresh.count ||= 3;
  return calls + index;
}
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
