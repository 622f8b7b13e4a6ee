// `default` in a branch other than the last (alone, or sharing it with `case` labels) is refused:
// the if/elif chain would test the later cases first. Where default's branch is the last one, its
// labels compile (a differential case).
export function middle(n: number): string {
  switch (n) {
    case 1:
    default:
      return "default";
    case 2:
      return "two";
  }
}
export function first(n: number): string {
  switch (n) {
    default:
      return "default";
    case 2:
      return "two";
  }
}
