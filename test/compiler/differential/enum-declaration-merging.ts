// A later `enum Merged { … }` adds its members to the same enum, as in JavaScript: both blocks'
// members read, reverse-map and print together.
enum Merged {
  A = 1,
}
enum Merged {
  B = 2,
  C = "c",
}
enum Level {
  Low,
  High,
}
enum Level {
  None = 5,
  Top,
}
export function testMergedMembers(): string {
  return `${Merged.A} ${Merged.B} ${Merged.C} ${Merged[1]} ${Merged[2]} ${"A" in Merged} ${Object.keys(Merged).join(",")}`;
}
export function testMergedWithRenamedMember(): string {
  return `${Level.None} ${Level.Top} ${Level[5]} ${Level[Level.High]} ${JSON.stringify(Level)}`;
}
