// Methods and accessors of an object literal named by a number (`get 1()`, `2(x)`, `0x10()`) or by
// a string that starts with a digit: their Python functions are named `member_…`, where `def 1_1`
// failed to import (review 19: every test of the module was lost).

export function testGetterNamedByANumber(): unknown[] {
  const counts = {
    z: 1,
    get 1(): string {
      return `one ${this.z}`;
    },
  };
  counts.z = 2;
  return [JSON.stringify(counts), Object.keys(counts), Object.values(counts)];
}

export function testMethodsNamedByNumbers(): unknown[] {
  const steps = {
    base: 10,
    2(amount: number): number {
      return this.base * amount;
    },
    0x10(): string {
      return "sixteen";
    },
    "3d"(): string {
      return "three";
    },
  };
  return [Object.keys(steps), JSON.stringify(steps), typeof Object.values(steps)[1]];
}

export function testSpreadOfAGetterNamedByANumber(): string {
  let reads = 0;
  const source = {
    get 5(): number {
      reads += 1;
      return reads;
    },
  };
  const copy = { ...source, after: true };
  return JSON.stringify([copy, reads]);
}
