// A closure may assign a variable its enclosing function declares further on (helpers first,
// then the state): it runs after the declaration, and the variable is the function's, not the module's.

let total = 100;

function makeCounter(): () => number {
  const inc = (): number => {
    n++;
    return n;
  };
  let n = 0;
  return inc;
}

function makeAdder(): (k: number) => number {
  const add = (k: number): number => {
    total += k;
    return total;
  };
  let total = 0;
  return add;
}

function hoisted(): string[] {
  function record(s: string): void {
    log.push(s);
    count++;
  }
  class Tally {
    add(): void {
      count += 10;
    }
  }
  const log: string[] = [];
  let count = 0;
  record("a");
  record("b");
  new Tally().add();
  return [...log, String(count)];
}

function nested(): number {
  const outer = (): (() => number) => {
    return () => {
      hits += 2;
      return hits;
    };
  };
  let hits = 1;
  const bump = outer();
  bump();
  return bump();
}

export function testClosureBeforeDeclaration(): unknown[] {
  const c = makeCounter();
  const a = makeAdder();
  const first = [c(), c(), c()];
  const second = [a(1), a(2), total];
  return [...first, ...second, nested(), ...hoisted()];
}

export function testModuleVariableStillGlobal(): unknown[] {
  const bump = (): number => {
    total += 1;
    return total;
  };
  return [bump(), bump(), total];
}
