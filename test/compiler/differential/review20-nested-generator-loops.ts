// Review 20: six for…of loops over generators inside one another (18 blocks once compiled) run, as in Node.
function* range(n: number): Generator<number> {
  for (let i = 0; i < n; i++) yield i;
}
export function testSixDigitSearch(): unknown[] {
  try {
    for (const a of range(3))
      for (const b of range(3))
        for (const c of range(3))
          for (const d of range(3))
            for (const e of range(3)) for (const f of range(3)) if (a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 === 40) return [a, b, c, d, e, f];
  } catch (err) {
    return ["error", String(err)];
  }
  return [];
}
