// Review 23D F3: a function made of a block-bodied arrow (or a method) in the value of a later declarator
// of the same statement, or of a `for` initializer, was defined before the earlier declarators ran: in a
// loop its per-iteration default read them unassigned (UnboundLocalError). Each declarator's preceding
// statements now go right before it.
export function testMultiDeclBlockArrowInObject(): number[] {
  const fs: (() => number)[] = [];
  for (const x of [1, 2]) {
    const a = x * 2,
      h = {
        f: (): number => {
          return a;
        },
      };
    fs.push(h.f);
  }
  return fs.map((f) => f());
}
export function testMultiDeclBlockArrowInArray(): number[] {
  const fs: (() => number)[] = [];
  for (const x of [1, 2]) {
    const a = x * 3,
      list = [
        (): number => {
          return a + x;
        },
      ];
    fs.push(...list);
  }
  return fs.map((f) => f());
}
export function testMultiDeclTernaryArrow(): number[] {
  const fs: (() => number)[] = [];
  for (const x of [1, 2]) {
    const a = x * 4,
      f =
        x > 0
          ? (): number => {
              return a;
            }
          : (): number => 0;
    fs.push(f);
  }
  return fs.map((f) => f());
}
export function testMultiDeclNoLoop(): number {
  const a = 5,
    h = {
      f: (): number => {
        const t = a;
        return t * 2;
      },
    };
  return h.f();
}
export function testLetThenArrowInCallArg(): number[] {
  const fs: number[] = [];
  for (const x of [1, 2]) {
    let a = x;
    a = a * 10;
    fs.push(
      [0].map((): number => {
        return a;
      })[0]!,
    );
  }
  return fs;
}
export function testWhileBodyMultiDecl(): number[] {
  const fs: (() => number)[] = [];
  let i = 0;
  while (i < 2) {
    const a = i + 100,
      o = {
        g: (): number => {
          return a;
        },
      };
    fs.push(o.g);
    i++;
  }
  return fs.map((f) => f());
}
export function testForInitBlockArrowCaptures(): number[] {
  const out: number[] = [];
  for (
    let i = 0,
      get = (): number => {
        return i;
      };
    i < 3;
    i++
  )
    out.push(get());
  return out;
}
export function testForInitBlockArrowAfterSiblingLoop(): number[] {
  const out: number[] = [];
  let s = 0;
  while (s < 5) s++;
  for (
    let s2 = 7,
      get = (): number => {
        return s2 * 10 + s;
      };
    s2 < 9;
    s2++
  )
    out.push(get());
  return out;
}
export function testForInitBlockArrowSecondDecl(): number[] {
  const out: number[] = [];
  for (
    let i = 1,
      j = i * 5,
      get = (): number => {
        return j;
      };
    i < 3;
    i++
  )
    out.push(get());
  return out;
}
export function testForInitExprArrowCaptures(): number[] {
  const out: number[] = [];
  for (let i = 0, get = (): number => i; i < 3; i++) out.push(get());
  return out;
}
function paramCase(i0: number): number[] {
  const out: number[] = [];
  for (
    let k = i0,
      show = (): number => {
        return k;
      };
    k < i0 + 2;
    k++
  )
    out.push(show());
  return out;
}
export function testForInitBlockArrowFromParam(): number[] {
  return paramCase(4);
}
export function testMultiDeclObjectMethod(): number[] {
  const out: (() => number)[] = [];
  for (const x of [1, 2]) {
    const a = x * 7,
      o = {
        m(): number {
          return a;
        },
      };
    out.push(() => o.m());
  }
  return out.map((f) => f());
}
