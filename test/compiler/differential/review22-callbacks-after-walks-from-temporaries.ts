// Review 22A: a callback that is no inlined arrow is evaluated once also where the array is walked from a
// temporary (a chained walk that evaluated its own callback once, `a ?? b`), where it was evaluated per item.
let made = 0;
function mk(): (x: number) => number {
  made++;
  return (x) => x + 1;
}
function mkP(): (x: number) => boolean {
  made++;
  return (x) => x > 0;
}
class Box {
  items?: number[] = [1, 2, 3];
}
export function testFilterMap(): number[] {
  made = 0;
  const r = [1, 2, 3].filter(mkP()).map(mk());
  return [made, ...r];
}
export function testNullish(): number[] {
  made = 0;
  const m: number[] | undefined = Math.random() < 2 ? [1, 2, 3] : undefined;
  const r = (m ?? []).map(mk());
  return [made, ...r];
}
export function testOptionalChainRecv(): number[] {
  made = 0;
  const b: Box | undefined = new Box();
  const r = b?.items?.filter(mkP()) ?? [];
  return [made, ...r];
}
export function testSliceMapFilter(): number[] {
  made = 0;
  const r = [1, 2, 3]
    .slice()
    .map((x) => x * 2)
    .filter(mkP());
  return [made, ...r];
}
export function testSomeAfterMap(): number[] {
  made = 0;
  const r = [0, 0, 0].map((x) => x).every(mkP());
  return [made, r ? 1 : 0];
}
export function testGetterCallback(): number[] {
  let reads = 0;
  const o = {
    get f(): (x: number) => number {
      reads++;
      return (x) => x * 3;
    },
  };
  const r = [1, 2, 3].filter((x) => x > 0).map(o.f);
  return [reads, ...r];
}
export function testIndexCallback(): number[] {
  const fns = [(x: number) => x, (x: number) => -x, (x: number) => x * 100];
  let i = 0;
  const r = [1, 2, 3].filter((x) => x > 0).map(fns[i++]!);
  return [i, ...r];
}
export function testIndexAfterFilterCb(): number[] {
  made = 0;
  const fns = [(x: number) => x, (x: number) => -x, (x: number) => x * 100];
  let i = 0;
  const r = [1, 2, 3].filter(mkP()).map(fns[i++]!);
  return [i, ...r];
}
export function testNullishCb(): number[] {
  made = 0;
  const m: number[] | undefined = Math.random() < 2 ? [1, 2, 3] : undefined;
  const r = (m ?? [0]).filter(mkP()).filter(mkP());
  return [made, ...r];
}
export function testForEachAfter(): number[] {
  made = 0;
  const out: number[] = [];
  const push = (): ((x: number) => void) => {
    made++;
    return (x) => {
      out.push(x);
    };
  };
  [1, 2, 3].filter(mkP()).forEach(push());
  return [made, ...out];
}
function getM(): number[] | undefined {
  return [1, 2, 3];
}
export function testNullishCall(): number[] {
  made = 0;
  const r = (getM() ?? []).map(mk());
  return [made, ...r];
}
