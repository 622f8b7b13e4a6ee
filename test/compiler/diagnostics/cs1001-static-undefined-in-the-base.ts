// A subclass's static, undefined in the base (no initializer), read before the subclass defines it (review S54C, G4).
class B {
  static x?: number;
  static y: string | null = null;
}
class C extends B {
  static ra(): string { return "a:" + C.x; }
  static rb(): string { return "b:" + String(C.x); }
  static rc(): string { return "c:" + C.y; }
  static a = C.ra();
  static b = C.rb();
  static c = C.rc();
  static x = 5;
  static y: string | null = "set";
}
export function testA(): unknown {
  return [C.a, C.b, C.c, C.x, C.y, B.x ?? "undef"];
}
