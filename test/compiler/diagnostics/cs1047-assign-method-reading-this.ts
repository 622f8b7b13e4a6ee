// `Object.assign(instance, literal)` where a method of the literal reads `this`: JavaScript copies a
// plain function, which `h.onDone()` calls with `h` as `this`; Python copied the method bound to the
// literal, so it read the literal's `tag` ("src" where Node gives "after").
class Handler {
  tag = "h";
  onDone: () => string = () => "default";
  other: () => string = () => "o";
}
export function run(): string {
  const h = new Handler();
  const src = { tag: "src", onDone() { return this.tag; }, other() { return "no this here"; } };
  Object.assign(h, src);
  h.tag = "after";
  return h.onDone() + h.other();
}
