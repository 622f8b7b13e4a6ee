// A static initializer joining instances whose toString reads a later static: join, map(String), a template (review S54C, G3).
class C {
  toString(): string {
    return "c:" + C.suffix;
  }
  static joined = [new C()].join(",");
  static mapped = [new C()].map(String);
  static templ = `${[new C()]}`;
  static suffix: string | null = "x";
}
export function testA(): unknown {
  return [C.joined, C.mapped, C.templ, C.suffix];
}
