// Names that stay apart in Python although they look alike: a static and an instance field of one
// name (class attribute and instance attribute), an override, and an inner variable that shadows an
// outer one of the same TypeScript name. (Names that would merge are refused: CS1034.)
class Tally {
  static count = 1;
  count = 2;
  static describe(): string {
    return "static";
  }
  label(): string {
    return "base";
  }
}

class NamedTally extends Tally {
  override label(): string {
    return "derived " + super.label();
  }
}

export function testStaticAndInstanceFieldOfOneName(): number[] {
  const tally = new Tally();
  tally.count += 10;
  Tally.count += 100;
  return [Tally.count, tally.count, new Tally().count];
}

export function testOverrideKeepsItsName(): string[] {
  return [new NamedTally().label(), new Tally().label(), Tally.describe()];
}

export function testInnerShadowOfTheSameName(): number[] {
  const total = 1;
  const inner = (): number => {
    const total = 5;
    return total;
  };
  return [inner(), total];
}

export function testPrivateAndPublicOfDifferentNames(): number[] {
  class Account {
    private balance = 1;
    balanceCents = 200;
    read(): number {
      return this.balance + this.balanceCents;
    }
  }
  return [new Account().read()];
}

export function testSnakeAndCamelInSeparateFunctions(): number[] {
  const first = (): number => {
    const itemCount = 1;
    return itemCount;
  };
  const second = (): number => {
    const item_count = 2;
    return item_count;
  };
  return [first(), second()];
}
