// `this` inside a method is never null or undefined: turned into text (a template, `+` with a
// string, String()), compared, tested, it is the object, and its own toString() gives its text.

class Named {
  constructor(protected readonly label: string) {}
  toString(): string {
    return "Named(" + this.label + ")";
  }
  describe(): string {
    return `I am ${this}`;
  }
  concatenated(): string {
    return "" + this;
  }
  converted(): string {
    return String(this);
  }
  same(other: Named): boolean {
    return this === other;
  }
  joined(): string {
    return [this, this].join("|");
  }
}

class Loud extends Named {
  override toString(): string {
    return this.label.toUpperCase() + "!";
  }
}

class Plain {
  text(): string {
    return `${this}` + String(this);
  }
  numbered(): number {
    return Number(this);
  }
}

export function testTemplateOfThis(): string[] {
  return [new Named("a").describe(), new Loud("b").describe()];
}

export function testConcatenationAndStringOfThis(): string[] {
  const named = new Named("c");
  const loud = new Loud("d");
  return [named.concatenated(), named.converted(), loud.concatenated(), loud.converted(), named.joined(), loud.joined()];
}

export function testThisCompared(): boolean[] {
  const named = new Named("e");
  return [named.same(named), named.same(new Named("e")), new Loud("f").same(named)];
}

export function testThisWithoutToString(): (string | number)[] {
  return [new Plain().text(), new Plain().numbered()];
}

export function testThisNeverNullish(): (boolean | string)[] {
  class Probe {
    isMissing(): boolean {
      return this === null || this === undefined;
    }
    orOther(other: Probe): boolean {
      return (this ?? other) === this;
    }
    kind(): string {
      return typeof this;
    }
  }
  const probe = new Probe();
  return [probe.isMissing(), probe.orOther(new Probe()), probe.kind()];
}
