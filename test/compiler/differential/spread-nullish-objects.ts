// JavaScript spreads undefined, null and a falsy primitive (`...(on && opts)` with `on` false) into
// an object literal as nothing; TypeScript accepts `...x` for such a type. Python's `**None`
// (or `**False`) raises TypeError.

interface Patch {
  extra?: { b: number };
}

interface Opts {
  a?: number;
  b?: string;
}

function build(p: Patch, maybe: { c: number } | null): string[] {
  const out = { a: 1, ...p.extra };
  const out2 = { a: 1, ...maybe };
  return [JSON.stringify(out), JSON.stringify(out2)];
}

export function testOptionalMemberAndNull(): string[] {
  return [...build({ extra: { b: 2 } }, { c: 3 }), ...build({}, null)];
}

function withDefaults(opts?: Opts): Opts {
  return { a: 1, ...(opts || {}) };
}

function withDefaults2(opts?: Opts): Opts {
  return { a: 1, ...(opts ?? {}) };
}

function when(opts: Opts, on: boolean): Opts {
  return { a: 1, ...(on && opts) };
}

function ifNamed(name: string, opts: Opts): Opts {
  return { a: 1, ...(name && opts) };
}

function ifCount(count: number, opts: Opts): Opts {
  return { a: 1, ...(count && opts) };
}

function maybeMember(c: boolean): Opts {
  return { a: 1, ...(c ? { b: "y" } : undefined) };
}

export function testDefaultsMergedWithOptionalOptions(): string[] {
  return [
    JSON.stringify(withDefaults()),
    JSON.stringify(withDefaults({ b: "x" })),
    JSON.stringify(withDefaults2()),
    JSON.stringify(withDefaults2({ a: 5 })),
    JSON.stringify(when({ b: "x" }, false)),
    JSON.stringify(when({ b: "x" }, true)),
    JSON.stringify(ifNamed("", { b: "x" })),
    JSON.stringify(ifNamed("n", { b: "x" })),
    JSON.stringify(ifCount(0, { b: "x" })),
    JSON.stringify(ifCount(Number("x"), { b: "x" })),
    JSON.stringify(ifCount(2, { b: "x" })),
    JSON.stringify(maybeMember(true)),
    JSON.stringify(maybeMember(false)),
  ];
}

export function testAbsentNestedMember(): string {
  interface Cfg {
    a?: { b?: number };
  }
  const other: Cfg = {};
  const copy = { ...other.a };
  return JSON.stringify(copy);
}

export function testSpreadIntoLiteralWithMethods(): string[] {
  const on = Math.random() > 2;
  const extra: { n: number } | undefined = on ? { n: 1 } : undefined;
  const o = {
    ...extra,
    ...(on && { m: 2 }),
    describe(): string {
      return "d";
    },
  };
  return [String(Object.keys(o)), o.describe()];
}
