// Review 15's findings: an object spread of what a call returns is copied where it stands when a
// later entry runs code (Python 3.8 unpacked the returned object last, after `bump()` changed it);
// and a pattern's key that names a constructor's parameter property is a key, not a read of an
// outer variable of the same name (it was refused as a hidden outer name, CS1034).

const shared: { n: number } = { n: 1 };

function state(): { n: number } {
  return shared;
}

function bump(): number {
  shared.n = 99;
  return 5;
}

export function testObjectSpreadOfACallsResult(): string {
  shared.n = 1;
  return JSON.stringify({ ...state(), m: bump() });
}

class Point {
  constructor(
    public x: number,
    public y: number,
  ) {}
}

export function testPatternKeyNamingAParameterProperty(): number[] {
  const x = 5;
  const { x: px } = new Point(4, 2);
  let y = 0;
  ({ y } = new Point(1, 3));
  let other = 0;
  ({ x: other } = new Point(7, 0));
  const sums: number[] = [];
  for (const { x: each } of [new Point(8, 0), new Point(9, 0)]) {
    sums.push(each + x);
  }
  return [px, x, y, other, ...sums];
}
