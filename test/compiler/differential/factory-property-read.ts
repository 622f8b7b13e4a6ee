// A data-only interface's function-typed property read without a call, where some class has a
// static method of that name reading `this`: no class object can be given as it (review S45V, L7).
class Widget {
  static count = 0;
  static create(): Widget {
    this.count++;
    return new Widget();
  }
  id = 1;
}
interface Factory {
  create: () => Widget;
}
export function testLiteralFactory(): unknown {
  const f: Factory = { create: () => new Widget() };
  const make = f.create;
  const { create } = f;
  return [make().id, create().id, [0].map(f.create).length, Widget.create().id];
}
