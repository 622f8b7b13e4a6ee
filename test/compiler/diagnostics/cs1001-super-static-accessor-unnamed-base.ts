// `super.x` of a base class's static accessor compiles to `Base.x` (the base class's metaclass runs
// it): refused where the class extends an expression, or where a local variable hides the base
// class's name.

class Labelled {
  static get label(): string {
    return "labelled";
  }
}

function baseOf(): typeof Labelled {
  return Labelled;
}

class FromCall extends baseOf() {
  static shout(): string {
    return super.label + "!";
  }
}

class Hidden extends Labelled {
  static shout(): string {
    const Labelled = { label: "local" };
    return super.label + Labelled.label;
  }
}

export function main(): string[] {
  return [FromCall.shout(), Hidden.shout()];
}
