// Review 21: callbacks evaluated once (continued): through getters, conditionals, indexes, chains.
class Box {
  reads = 0;
  get fn(): (x: number) => number {
    this.reads++;
    return (x: number) => x + this.reads;
  }
}
interface Holder {
  cb: (x: number) => boolean;
}

export function testGetterCallback(): unknown {
  const b = new Box();
  const r = [1, 2, 3].map(b.fn);
  return [b.reads, r];
}
export function testGetterCallbackFilter(): unknown {
  const b = new Box();
  const r = [1, 2, 3].filter(b.fn);
  return [b.reads, r];
}
export function testReassignedCallback(): unknown {
  let f = (x: number): number => {
    f = (x: number): number => (x > 1 ? 100 : 1);
    return x;
  };
  return [1, 2, 3].map(f);
}
export function testReassignedField(): unknown {
  const h: Holder = {
    cb: (_x: number) => {
      h.cb = () => false;
      return true;
    },
  };
  return [1, 2, 3].filter(h.cb);
}
export function testReassignedFind(): unknown {
  const h: Holder = {
    cb: (_x: number) => {
      h.cb = () => true;
      return false;
    },
  };
  return [1, 2, 3].findIndex(h.cb);
}
export function testConditionalCallback(): unknown {
  let flip = true;
  const a = (x: number) => {
    flip = !flip;
    return x;
  };
  const b = (x: number) => -x;
  return [1, 2, 3, 4].map(flip ? a : b);
}
export function testIndexedCallback(): unknown {
  let i = 0;
  const fns = [(x: number) => x, (x: number) => x * 10, (x: number) => x * 100];
  const r = [1, 2, 3].map(fns[i++]!);
  return [i, r];
}
export function testSomeEvery(): unknown {
  let n = 0;
  const mk = () => {
    n++;
    return (x: number) => x > 5;
  };
  const r1 = [1, 2, 3].some(mk());
  const r2 = [1, 2, 3].every(mk());
  return [n, r1, r2];
}
export function testForEachStmt(): unknown {
  let n = 0;
  const out: number[] = [];
  const mk = () => {
    n++;
    return (x: number) => {
      out.push(x);
    };
  };
  [1, 2, 3].forEach(mk());
  return [n, out];
}
export function testReduceCallback(): unknown {
  let n = 0;
  const mk = () => {
    n++;
    return (a: number, x: number) => a + x;
  };
  const r = [1, 2, 3].reduce(mk(), 0);
  return [n, r];
}
export function testFindLastCallback(): unknown {
  let n = 0;
  const mk = () => {
    n++;
    return (x: number) => x < 2;
  };
  const r = [1, 2, 3].findLast(mk());
  return [n, r ?? null];
}
export function testArrayFrom(): unknown {
  let n = 0;
  const mk = () => {
    n++;
    return (_: unknown, i: number) => i * 2;
  };
  const r = Array.from({ length: 3 }, mk());
  return [n, r];
}
export function testFlatMap(): unknown {
  let n = 0;
  const mk = () => {
    n++;
    return (x: number) => [x, x];
  };
  const r = [1, 2].flatMap(mk());
  return [n, r];
}
export function testMapIndex(): unknown {
  let n = 0;
  const mk = () => {
    n++;
    return (x: number, i: number) => x * i;
  };
  const r = [1, 2, 3].map(mk());
  return [n, r];
}
