// Review 20: seven for…of loops over generators inside one another are 21 blocks once compiled, which CPython refuses at import: refused at compile time.
function* g(): Generator<number> { yield 1; }
export function testDeepGenLoops(): number {
  let c = 0;
  for (const v0 of g()) {
    for (const v1 of g()) {
      for (const v2 of g()) {
        for (const v3 of g()) {
          for (const v4 of g()) {
            for (const v5 of g()) {
              for (const v6 of g()) {
                c++;
              }
            }
          }
        }
      }
    }
  }
  return c;
}
