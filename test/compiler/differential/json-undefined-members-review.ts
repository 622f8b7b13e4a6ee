// JSON.stringify of members that hold undefined or null, as a review tried them against the first
// fix (which named the undefined members by their types at the call, and so left out a null member
// of the same name that a narrower type hid, a constrained type parameter's, and parsed JSON's):
// the literal that gives a member undefined is marked where it is made, nothing else is.
interface User {
  name: string;
  nickname?: string;
}
interface Named {
  a: number;
}

export function testHiddenMember(): unknown {
  const full = { a: 1, note: null };
  const narrow: Named = full;
  const note: string | undefined = undefined;
  return JSON.stringify({ x: narrow, note });
}

export function testParsedNull(): unknown {
  const u = JSON.parse('{"name":"a","nickname":null}') as User;
  return JSON.stringify(u);
}

export function testNested(): unknown {
  const u: User = { name: "a" };
  const w = { user: u, list: [u, { name: "b", nickname: "bb" }], nickname: "top" };
  return JSON.stringify(w, null, 2);
}

export function testNumberRecord(): unknown {
  const r: Record<number, string | undefined> = { 1: "a", 2: undefined };
  return JSON.stringify(r);
}

export function testStringRecord(): unknown {
  const r: Record<string, string | undefined> = { a: "a", b: undefined };
  return JSON.stringify(r);
}

export function testPartial(): unknown {
  const p: Partial<{ a: number; b: string | null }> = { a: undefined, b: null };
  return JSON.stringify(p);
}

export function testSpread(): unknown {
  const a = { x: 1, y: 2 };
  return JSON.stringify({ ...a, y: undefined });
}

export function testGetter(): unknown {
  const o = {
    get nick(): string | undefined {
      return undefined;
    },
    name: "n",
  };
  return JSON.stringify(o);
}

class Box {
  constructor(
    public v: number,
    public label?: string,
  ) {}
  toJSON() {
    return { v: this.v, label: this.label };
  }
}
export function testToJson(): unknown {
  return JSON.stringify([new Box(1), new Box(2, "two")]);
}

export function testKeywordKeys(): unknown {
  const o: { class?: string; def?: number; fooBar?: string; "my-key"?: string; "1"?: string } = {
    class: undefined,
    def: 1,
    fooBar: undefined,
    "my-key": undefined,
    "1": undefined,
  };
  return JSON.stringify(o);
}

enum K {
  A = "a",
  B = "b",
}
export function testEnumKeys(): unknown {
  const o: { [K.A]?: string; [K.B]: string | null } = { [K.A]: undefined, [K.B]: null };
  return JSON.stringify(o);
}

enum N {
  Zero,
  One,
}
export function testNumEnumKeys(): unknown {
  const o: { [N.Zero]?: string; [N.One]: string } = { [N.Zero]: undefined, [N.One]: "x" };
  return JSON.stringify(o);
}

export function testTuple(): unknown {
  const t: [number, string | undefined, { a?: number }] = [1, undefined, { a: undefined }];
  return JSON.stringify(t);
}

function ser<T extends { a?: string }>(x: T): string {
  return JSON.stringify(x);
}
export function testGenericConstraint(): unknown {
  return ser({ a: undefined, inner: { a: null } });
}

interface Base {
  id: number;
  tag?: string;
}
interface Derived extends Base {
  extra?: number;
}
export function testExtends(): unknown {
  const d: Derived = { id: 1, tag: undefined, extra: undefined };
  return JSON.stringify(d);
}

export function testIntersection(): unknown {
  const x: { a?: string } & { b: number } = { a: undefined, b: 1 };
  return JSON.stringify(x);
}

export function testAsCast(): unknown {
  const raw = { a: null, b: 1 } as unknown as { a?: string; b: number };
  return JSON.stringify(raw);
}

export function testMapped(): unknown {
  type M = { [P in "x" | "y"]?: number };
  const m: M = { x: undefined, y: 2 };
  return JSON.stringify(m);
}

export function testReadonly(): unknown {
  const r: Readonly<{ a?: string; b: number }> = { a: undefined, b: 1 };
  return JSON.stringify(r);
}

export function testArrayUndefined(): unknown {
  const a: (string | undefined)[] = ["x", undefined];
  return JSON.stringify({ a });
}
