export function matcher(word: string): RegExp {
  return new RegExp(word, "g");
}
export function withFlags(flags: string): RegExp {
  return new RegExp("a", flags);
}
