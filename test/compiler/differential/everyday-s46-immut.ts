// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): immut.
interface Address {
  street: string;
  city: string;
  zip?: string;
}
interface User {
  readonly id: number;
  name: string;
  email: string;
  roles: readonly string[];
  address: Address;
  meta?: { lastLogin?: string; loginCount: number };
}

type Patch<T> = { [K in keyof T]?: T[K] extends object ? (T[K] extends readonly unknown[] ? T[K] : Patch<T[K]>) : T[K] };

function update<T extends { id: number }>(obj: Readonly<T>, patch: Partial<T>): T {
  return { ...obj, ...patch } as T;
}

function withAddress(u: User, addr: Partial<Address>): User {
  return { ...u, address: { ...u.address, ...addr } };
}

function pick<K extends string, T extends Record<K, unknown>>(obj: T, ...keys: K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = obj[k];
  return out;
}

function omit<T extends Record<string, unknown>, K extends keyof T>(obj: T, ...keys: K[]): Omit<T, K> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (!keys.includes(k as K)) out[k] = v;
  return out as Omit<T, K>;
}

function diff(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort();
}

const base: User = {
  id: 7,
  name: "Ada",
  email: "ada@example.com",
  roles: ["user"],
  address: { street: "1 Loop Rd", city: "Cambridge" },
};

export function testUpdate(): unknown {
  const u2 = update(base, { name: "Ada L.", roles: [...base.roles, "admin"] });
  const u3 = withAddress(u2, { zip: "02139" });
  const u4: User = { ...u3, meta: { loginCount: (u3.meta?.loginCount ?? 0) + 1 } };
  const u5 = { ...u4, meta: { ...u4.meta!, lastLogin: "2024-01-01" } };
  return {
    sameAddress: base.address === u2.address,
    newAddress: u3.address !== u2.address,
    baseUntouched: JSON.stringify(base),
    u5: JSON.stringify(u5, null, 2),
    picked: pick(u5, "id", "email"),
    diff: diff(base as unknown as Record<string, unknown>, u5 as unknown as Record<string, unknown>),
  };
}

export function testOmit(): unknown {
  const rec: Record<string, unknown> = { a: 1, b: "two", c: [3], d: null };
  const o = omit(rec, "b", "d");
  const frozen: Readonly<{ x: number; y: { z: number } }> = { x: 1, y: { z: 2 } };
  const copy = { ...frozen, x: 10 };
  return { o, copy, frozen };
}

export function testPatchType(): unknown {
  const p: Patch<User> = { address: { city: "Paris" }, roles: ["x"] };
  const applied: User = {
    ...base,
    ...(p.name !== undefined ? { name: p.name } : {}),
    roles: p.roles ?? base.roles,
    address: { ...base.address, ...p.address },
  };
  return applied;
}
