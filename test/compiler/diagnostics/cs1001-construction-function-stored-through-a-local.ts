// A function kept in a field through a local, then called through the field while constructing (review S54A, F5).
class Panel {
  cb: () => string;
  out: string;
  size: number | null;
  constructor() {
    const f = (): string => `s=${this.size}`;
    this.cb = f;
    this.out = this.cb();
    this.size = 3;
  }
}
export function testStoredLocal(): string { return new Panel().out; }
