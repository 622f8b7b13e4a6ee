// Review 23B S1: a numeric enum holds any number (`Perm.Read | Perm.Write`, bit flags), and the name of
// one that is no member (`Perm[rw]`) is undefined, though TypeScript types it `string` for a key typed
// as the enum: String() and templates wrote "null" and "None". (Through a function typed to return
// `string`, the undefined is passed on as the type says it is not: see the docs' known differences.)
enum Perm {
  None = 0,
  Read = 1,
  Write = 2,
  Exec = 4,
}
export function testNamesOfCombinedFlags(): string[] {
  const rw: Perm = Perm.Read | Perm.Write;
  const all: Perm = Perm.Read | Perm.Write | Perm.Exec;
  return [String(Perm[rw]), `${Perm[all]}`, `[${Perm[Perm.Exec | Perm.Read]}]`, String(Perm[Perm.Write]), Perm[rw] ?? "no name", `${Perm[Perm.None]}`];
}
export function testNameOfAnEnumParameter(): string[] {
  const describe = (p: Perm): string => `${Perm[p]}:${p}`;
  return [describe(Perm.Read), describe(Perm.Read | Perm.Exec)];
}
// Review 24A S8: the enum object read through another name (a variable, a parameter `typeof Perm`).
const Permissions = Perm;
function nameOf(kind: typeof Perm, value: Perm): string {
  return `${kind[value]}`;
}
export function testNamesThroughAnotherName(): string[] {
  const rw: Perm = Perm.Read | Perm.Write;
  return [`${Permissions[rw]}`, String(Permissions[rw]), nameOf(Perm, rw), nameOf(Perm, Perm.Exec)];
}
