// A field a subclass declares again without initializer, read before the constructor assigns it (review S54A, F19).
class Base { label: string | null = "base"; }
class Sub extends Base {
  override label: string | null;
  snap = this.show();
  constructor() { super(); this.label = "sub"; }
  show(): string { return `l=${this.label}`; }
}
export function testRedeclaredReset(): string { const s = new Sub(); return `${s.snap} ${s.label}`; }
