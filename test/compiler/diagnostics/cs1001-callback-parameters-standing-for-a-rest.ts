// A callback's parameter that stands for the program's rest parameter is typed as the rest's element
// (`string`), although a call may leave it out: the compiled code would take its None for a string
// in templates, `+` and String() (review 19: `(a, b) => a + "-" + b` for `(...parts: string[])`
// printed None or raised). Refused, with `?` to write.
type Joiner = (...parts: string[]) => string;
type Labelled = (...parts: [string, ...number[]]) => string;

export function joined(): string[] {
  const join: Joiner = (first, second) => `${first}-${second}`;
  const label: Labelled = (name, first) => `${name}:${first}`;
  return [join("x"), label("y")];
}
