// Review 20: arrays holding each other, joined and turned into numbers.
type Tree = (number | Tree)[];
export function testTypedCycle(): string {
  const t: Tree = [1, 2];
  t.push(t);
  try {
    return String(t) + "|" + t.join(";") + "|" + `${t}`;
  } catch (e) {
    return "threw " + (e as Error).name;
  }
}
export function testTypedCycleCatch(): string {
  const t: Tree = [1];
  t.push([t]);
  try {
    return t.toString();
  } catch (e) {
    return "threw " + (e instanceof Error ? e.name : "?");
  }
}
export function testCycleConcat(): string {
  const t: Tree = [1];
  t.push(t);
  return "x" + t;
}
