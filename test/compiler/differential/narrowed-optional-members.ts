// An optional member of a data object read where TypeScript has narrowed it to a value is read by
// its key (`user["age"]`, which type checkers take as the value), elsewhere with get (None when
// absent); both give what Node gives, and the compiled module passes pyright.
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
