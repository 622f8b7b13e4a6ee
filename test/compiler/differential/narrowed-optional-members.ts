// An optional member of a data object is read with get (None when absent), cast to the narrowed type
// where TypeScript has narrowed it to a value (which type checkers then take as the value): it gives
// what Node gives, and the compiled module passes pyright. A call between the narrowing and the read
// may delete the key (TypeScript keeps the narrowing): the read is then None, never a KeyError, and a
// test of it (`=== undefined`, `??`, truthiness) sees what Node sees.
interface User {
  name: string;
  age?: number;
  nickname?: string | null;
  address?: { city?: string };
}

function describe(user: User): string[] {
  const out: string[] = [];
  if (user.age !== undefined && user.age < 18) out.push("minor");
  if (user.age) out.push(`age ${(user.age * 2) / 2}`);
  if (user.nickname != null) out.push(`nickname ${user.nickname.toUpperCase()}`);
  if (user.address !== undefined && user.address.city !== undefined) out.push(user.address.city.toUpperCase());
  out.push(String(user.age), String(user.nickname ?? "none"));
  return out;
}

export function testNarrowedReads(): string[][] {
  return [
    describe({ name: "a" }),
    describe({ name: "b", age: 12, nickname: null }),
    describe({ name: "c", age: 40, nickname: "cc", address: {} }),
    describe({ name: "d", age: 0, address: { city: "x" } }),
  ];
}

export function testReadAfterAssignment(): unknown[] {
  const user: User = { name: "e" };
  user.age = 30;
  const older = user.age + 1;
  user.address = { city: "y" };
  user.address.city = "z";
  return [older, user.address.city.length, JSON.stringify(user)];
}

function forget(user: User): void {
  delete user.age;
  delete user.nickname;
}

export function testNarrowedThenDeletedByACall(): unknown[] {
  const user: User = { name: "f", age: 3, nickname: "ff" };
  const seen: unknown[] = [];
  if (user.age !== undefined && typeof user.nickname === "string") {
    forget(user);
    seen.push(user.age === undefined, user.age ?? -1, user.nickname ? "set" : "unset", "age" in user);
  }
  user.age = 30;
  const clear = (): void => {
    delete user.age;
  };
  clear();
  seen.push(user.age === undefined ? "undefined" : "value", user.age !== undefined && user.age > 1, JSON.stringify(user));
  return seen;
}
