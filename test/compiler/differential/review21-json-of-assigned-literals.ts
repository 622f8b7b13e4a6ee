// Review 21: JSON.stringify of what Object.assign makes of object literals (one with methods and a getter
// too) is what the spread form gives: it was refused as a class instance.
function makeCounter(start: number) {
  let n = start;
  return {
    label: "c",
    inc(): number {
      n++;
      return n;
    },
    get value(): number {
      return n;
    },
  };
}
export function testAssignJson(): string {
  const c = makeCounter(5);
  const o = Object.assign({ extra: 1 }, c);
  c.inc();
  return JSON.stringify(o);
}
export function testSpreadJson(): string {
  const c = makeCounter(5);
  const o = { extra: 1, ...c };
  c.inc();
  return JSON.stringify(o);
}
