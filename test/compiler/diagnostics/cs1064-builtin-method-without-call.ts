// A string's, array's, Map's or Set's method read without calling it: the compiler writes each
// built-in method's Python where it is called, so a bare read has nothing to compile to. It used to
// be refused as CS1011 ("needs to know from the types whether this is an object, an array…"),
// which named a type that said plainly what the value is. Calling it, or wrapping it, compiles.
export function methodValues(): unknown[] {
  const text = "abc";
  const names = [" a ", "b "];
  const scores = new Map<string, number>();
  const seen = new Set<string>();
  const hasTrim = typeof text.trim === "function";
  const upper = text.toUpperCase;
  const push = names.push;
  return [hasTrim, upper, push, scores.get, seen.has, names.map((name) => name.trim())];
}
