// A static initializer printing an array of instances whose toJSON reads a later static (review S54C, G2).
class C {
  toJSON(): { v: string | null } {
    return { v: C.label };
  }
  static dump = JSON.stringify([new C()]);
  static label: string | null = "x";
}
export function testA(): unknown {
  return [C.dump, C.label];
}
