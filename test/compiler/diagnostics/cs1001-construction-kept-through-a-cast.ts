// The field keeping the instance read through a cast or a literal key (review S54A, F6).
class Child2 {
  text: string;
  constructor(private readonly host: Host2) {
    this.text = (this as Child2).host.label();
  }
}
class Host2 {
  sub = new Child2(this);
  name: string | null = "H";
  label(): string { return `n=${this.name}`; }
}
export function testCast(): string { return new Host2().sub.text; }

class Child3 {
  text: string;
  constructor(private readonly host: Host3) {
    this.text = this["host"].label();
  }
}
class Host3 {
  sub = new Child3(this);
  name: string | null = "H";
  label(): string { return `n=${this.name}`; }
}
export function testElement(): string { return new Host3().sub.text; }
