// JSON.stringify with a replacer that is a list of keys, the "pick fields for logging" idiom: every
// object prints only the listed keys it has, in the list's order (numbers as text, duplicates once),
// arrays all their elements, a toJSON's result picked too, undefined members left out (review E1, F9).
interface User {
  id: number;
  name: string;
  password: string;
  tags: { label: string; id: number }[];
  nickname?: string;
}
const users: User[] = [
  { id: 1, name: "ann", password: "x", tags: [{ label: "a", id: 7 }] },
  { id: 2, name: "bob", password: "y", tags: [], nickname: undefined },
];
export function testPickForLogging(): unknown {
  return [JSON.stringify(users, ["name", "id", "tags", "label", "name"]), JSON.stringify(users[0], ["missing"], 2)];
}
export function testNumbersAndOrder(): unknown {
  const grid: Record<string, string> = { b: "B", 1: "one", a: "A", 10: "ten" };
  const keys: (string | number)[] = [10, "a", 1, "zz"];
  return [JSON.stringify(grid, keys), JSON.stringify([grid, { a: 1, nested: { a: 2, b: 3 } }], ["a", "nested"], "--")];
}
export function testUndefinedMembersPicked(): unknown {
  const payload = { keep: 1, gone: undefined as string | undefined, nul: null };
  return JSON.stringify(payload, ["gone", "nul", "keep"]);
}
class Money {
  constructor(readonly cents: number) {}
  toJSON(): { amount: number; currency: string } {
    return { amount: this.cents / 100, currency: "EUR" };
  }
}
export function testToJsonThenPicked(): unknown {
  return JSON.stringify({ price: new Money(250), other: 1 }, ["price", "amount"]);
}
export function testMapInside(): unknown {
  // A Map has no own properties: {} with or without a key list (review S45U, K2).
  const state = { users: new Map([["u1", { id: 1, name: "a" }]]), id: 7 };
  return [JSON.stringify(state, ["id", "users", "u1", "name"]), JSON.stringify(state)];
}
export function testEmptyList(): unknown {
  // An empty list picks nothing: every object prints {} (review S45U, K9: refused as a function).
  return JSON.stringify({ x: 1, y: [{ z: 2 }, 3] }, []);
}
