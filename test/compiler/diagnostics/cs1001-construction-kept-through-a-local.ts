// The field keeping the instance assigned from a local holding the parameter (review S54A, F14).
class Child {
  private parent: Host;
  text: string;
  constructor(parent: Host) {
    const p = parent;
    this.parent = p;
    this.text = this.describe();
  }
  describe(): string { return this.parent.label(); }
}
class Host {
  sub = new Child(this);
  name: string | null = "H";
  label(): string { return `n=${this.name}`; }
}
export function testKeepingAlias(): string { return new Host().sub.text; }
