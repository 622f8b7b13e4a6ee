// Enums printed by console.log show JavaScript's member names, also those Python cannot spell
// (`None`, keywords, quoted names), and every member of an enum declared in two blocks.
enum Flags {
  None = 0,
  A = 1,
}
enum Verb {
  import = "import",
  from = "from",
}
enum Header {
  "Content-Type" = "ct",
  __private = "p",
}
enum Merged {
  A = 1,
}
enum Merged {
  B = 2,
  C = "c",
}
export function main(): void {
  console.log(Flags, Verb, Header);
  console.log(Merged);
}
