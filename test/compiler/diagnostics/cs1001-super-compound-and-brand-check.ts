// A compound assignment to `super.name` and a brand check (`#name in value`) are refused, each with
// what to write instead, named as a TypeScript developer knows them (not as `SuperKeyword`).
class Base {
  protected stored = 0;
  #secret = 1;
  get v(): number {
    return this.stored + this.#secret;
  }
  set v(value: number) {
    this.stored = value;
  }
  has(other: object): boolean {
    return #secret in other;
  }
}
export class Sub extends Base {
  bump(): number {
    super.v += 1;
    return this.v;
  }
}
