// Review 20: matchAll's result kept in a variable is walked once, as JavaScript's iterator is: a second walk, or one after break, goes on from where the first stopped.
export function testMatchAllTwice(): number[] {
  const it = "a1b2c3".matchAll(/\d/g);
  const first = [...it].length;
  const second = [...it].length;
  return [first, second];
}
export function testMatchAllBreak(): string[] {
  const it = "a1b2c3".matchAll(/\d/g);
  const seen: string[] = [];
  for (const m of it) {
    seen.push(m[0]);
    break;
  }
  for (const m of it) seen.push("rest:" + m[0]);
  return seen;
}
export function testMatchAllLazy(): unknown[] {
  const re = /\d/g;
  const s = "a1b2";
  const it = s.matchAll(re);
  const got: string[] = [];
  for (const m of it) {
    got.push(m[0] + "@" + re.lastIndex);
  }
  return got;
}
export function testMatchAllArrayFrom(): unknown[] {
  const it = "x1y2".matchAll(/\d/g);
  const a = Array.from(it, (m) => m.index);
  const b = Array.from(it, (m) => m.index);
  return [a, b];
}
