// Enum members whose names Python cannot write as class attributes (`None`, `True`, keywords, quoted
// names, names Python mangles) keep JavaScript's names wherever JavaScript shows them: member reads,
// the reverse mapping of numeric members, Object.keys/values/entries, JSON and printing.
enum Flags {
  None = 0,
  A = 1,
  B = 2,
}
enum Answer {
  False,
  True,
}
enum Verb {
  get = "get",
  import = "import",
  from = "from",
  del = "del",
  class = "class",
}
enum Header {
  "Content-Type" = "ct",
  "X Sync" = "xs",
  __private = "p",
  café = "c",
}
export function testFlagsNamedNone(): string {
  const chosen: Flags = Flags.None;
  let described = "other";
  switch (chosen) {
    case Flags.None:
      described = "none";
      break;
    default:
      break;
  }
  return `${Flags.A} ${Flags[0]} ${Flags.None} ${Flags["None"]} ${Flags[Flags.None]} ${described} ${Flags.A | Flags.B}`;
}
export function testBooleanNames(): string {
  return `${Answer.True} ${Answer[1]} ${Answer[Answer.False]} ${Object.keys(Answer).join(",")} ${Object.values(Answer).join(",")}`;
}
export function testKeywordNames(): string {
  return `${Verb.import} ${Verb.from} ${Verb.class} ${JSON.stringify(Object.entries(Verb))} ${JSON.stringify(Verb)}`;
}
export function testQuotedNames(): string {
  const key: keyof typeof Header = "Content-Type";
  return `${Header["Content-Type"]} ${Header["X Sync"]} ${Header.__private} ${Header.café} ${Header[key]} ${"X Sync" in Header} ${JSON.stringify(Header)}`;
}
