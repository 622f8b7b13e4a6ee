// Names Python reads in their NFKC form (PEP 3131) keep their values: `ℌ` is spelled `H`, `ﬁrst` is
// `first`, and full-width `ｘ` is `x`, in variables, parameters, functions, classes and members.

class Ｐoint {
  constructor(
    readonly ｘ: number,
    readonly ℊ: number,
  ) {}
  ﬁrst(): number {
    return this.ｘ;
  }
}

function ﬁnd(values: number[], ℌ: number): number {
  return values.indexOf(ℌ);
}

export function testNormalizedNames(): unknown[] {
  const ℌeight = 3;
  const point = new Ｐoint(4, 5);
  const ﬂags = ["a", "b"];
  return [ℌeight, point.ｘ, point.ℊ, point.ﬁrst(), ﬁnd([7, 8, 9], 8), ﬂags.join("")];
}
