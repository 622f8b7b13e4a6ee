// A value typed null or undefined that holds something else is tested for its truth, not folded to
// false. TypeScript narrows a getter's second read by its first: on the right of `gauge.maybe ??`,
// `gauge.maybe` is typed undefined, and so is the parameter of a function it is passed to; the
// getter's second read gave a number (found by the fuzz, seed 20261204 program 13,418, in a static
// field's initializer).

class Gauge {
  level = 0;
  get maybe(): number | undefined {
    this.level += 1;
    return this.level % 2 === 0 ? this.level : undefined;
  }
}

export function testParameterOfAFunctionCalledWithTheSecondRead(): unknown[] {
  const gauge = new Gauge();
  const doubled = gauge.maybe ?? ((reading) => (reading ? reading * 2 : -1))(gauge.maybe);
  const negated = gauge.maybe ?? ((reading) => !reading)(gauge.maybe);
  const either = gauge.maybe ?? ((reading) => reading || "empty")(gauge.maybe);
  return [doubled, negated, either, gauge.level];
}

export function testConstantHoldingTheSecondRead(): unknown[] {
  const gauge = new Gauge();
  const out: unknown[] = [];
  if (gauge.maybe === undefined) {
    const second = gauge.maybe;
    out.push(second ? "truthy" : "falsy", !second, second && "and");
    if (second) {
      out.push("if");
    }
    while (second && out.length < 6) {
      out.push("while");
    }
  }
  return out;
}

export function testStaticFieldInitializer(): unknown[] {
  const gauge = new Gauge();
  class Settings {
    static first = gauge.maybe ?? ((reading) => (reading ? reading * 3 : 0))(gauge.maybe);
    static second = Settings.first + 1;
  }
  return [Settings.first, Settings.second];
}

export function testLiteralNullAndUndefinedStayFalse(): unknown[] {
  const none = null;
  const missing = undefined;
  return [none ? 1 : 2, missing ? 1 : 2, !none, !missing, none || "dflt", missing && "and"];
}
