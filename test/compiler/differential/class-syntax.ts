// Static blocks, accessors with inheritance and super, optional catch binding, generator methods.
const log: string[] = [];

class Registry {
  static names: string[] = [];
  static count = 0;
  static {
    Registry.names.push("first");
    this.count = Registry.names.length * 10;
    log.push("static block ran");
  }
  static {
    for (const extra of ["second", "third"]) {
      this.names.push(extra);
    }
  }
  static describe(): string {
    return `${Registry.count}:${Registry.names.join(",")}`;
  }
}

export function testStaticBlocksRunOnceInOrder(): unknown[] {
  return [Registry.describe(), log.filter((line) => line === "static block ran").length];
}

class Shape {
  protected stored = 1;
  get size(): number {
    return this.stored;
  }
  set size(value: number) {
    this.stored = value;
  }
  describe(): string {
    return "shape";
  }
}

class Square extends Shape {
  override get size(): number {
    return super.size * 10;
  }
  override set size(value: number) {
    super.size = value + 1;
  }
  override describe(): string {
    return `square of ${super.describe()}`;
  }
}

export function testAccessorsWithInheritanceAndSuper(): unknown[] {
  const square = new Square();
  square.size = 4;
  return [square.size, square.describe(), new Shape().size];
}

export function testOptionalCatchBinding(): string[] {
  const results: string[] = [];
  try {
    JSON.parse("{");
    results.push("parsed");
  } catch {
    results.push("caught");
  }
  try {
    results.push("fine");
  } catch {
    results.push("never");
  } finally {
    results.push("finally");
  }
  return results;
}
