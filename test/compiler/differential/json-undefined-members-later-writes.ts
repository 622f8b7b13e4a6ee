// A member an object literal gave undefined, written later (a null its type admits, a value, a
// delete and a write back; through a Record, a class field, a Map's value, Object.assign into it):
// JSON.stringify prints what was written, as Node does (review S45T, H1: the mark outlived the write).
// Marked dicts: later writes of null, identity, aliasing
interface Row {
  note?: string | null;
  n: number;
}

export function testLaterNull(): unknown {
  const row: Row = { note: undefined, n: 1 };
  row.note = null;
  return JSON.stringify(row);
}

export function testLaterNullRecord(): unknown {
  const r: Record<string, number | null | undefined> = { a: undefined, b: 1 };
  r.a = null;
  r["c"] = null;
  return JSON.stringify(r);
}

class State {
  selected: { id?: string | null } = { id: undefined };
  pick(id: string | null): void {
    this.selected.id = id;
  }
}
export function testClassFieldLaterNull(): unknown {
  const s = new State();
  s.pick(null);
  return JSON.stringify(s.selected);
}

export function testMapStored(): unknown {
  const m = new Map<string, { v?: number | null }>();
  const o = { v: undefined };
  m.set("k", o);
  const got = m.get("k")!;
  got.v = null;
  return [m.get("k") === o, JSON.stringify(o), JSON.stringify([...m.values()])];
}

export function testIdentity(): unknown {
  const o = { a: undefined as number | undefined };
  const arr = [o];
  return [arr[0] === o, arr.indexOf(o), arr.includes(o)];
}

export function testKeysValues(): unknown {
  const o = { a: undefined as number | undefined, b: 2 };
  return [Object.keys(o), Object.values(o).length, Object.entries(o).length, "a" in o, JSON.stringify(Object.entries(o))];
}

export function testDelete(): unknown {
  const o: { a?: number; b: number } = { a: undefined, b: 2 };
  delete o.a;
  return [Object.keys(o), JSON.stringify(o)];
}

export function testAssignInto(): unknown {
  const o: { a?: number | null; b: number } = { a: undefined, b: 2 };
  Object.assign(o, { a: null });
  return JSON.stringify(o);
}

export function testConsoleLog(): unknown {
  const o = { a: undefined as number | undefined, b: 2 };

  return JSON.stringify(o);
}

export function testDefaultParam(): unknown {
  function f(o: { a?: number; b: number } = { a: undefined, b: 1 }): string {
    return JSON.stringify(o);
  }
  return [f(), f({ b: 2 })];
}

function* gen(): Generator<{ a?: number }> {
  yield { a: undefined };
  yield { a: 1 };
}
export function testGenerator(): unknown {
  return JSON.stringify([...gen()]);
}

export function testArrayOfLiterals(): unknown {
  const xs = [1, 2, 3].map((i) => ({ i, half: i % 2 === 0 ? i / 2 : undefined }));
  return JSON.stringify(xs);
}

export function testLaterMember(): unknown {
  const o: { a?: number; b?: number | null } = { a: undefined };
  o.b = null;
  return JSON.stringify(o);
}

export function testNestedLiteral(): unknown {
  const o = { outer: { inner: undefined as string | undefined, k: 1 }, z: undefined as number | undefined };
  return JSON.stringify(o);
}
