// Static fields declared after a static block are initialized after it ran, in the order the class
// declares them, as in JavaScript (review 19: refused with "declare static fields before the static
// blocks", although moving the field changes what the program means).

const log: string[] = [];

class Registry {
  static items = new Map<string, number>();
  static {
    Registry.items.set("a", 1);
    log.push("first block");
  }
  static size = Registry.items.size;
  static label = "fixed";
  static {
    log.push(`second block ${Registry.size} ${Registry.label}`);
    Registry.label = "changed by the block";
  }
  static limit = 10;
}

export function testFieldsAfterBlocks(): unknown[] {
  return [Registry.size, Registry.label, Registry.limit, log];
}

export function testLocalClassWithInterleavedStatics(): unknown[] {
  const order: string[] = [];
  class Counter {
    static count = 0;
    static {
      Counter.count += 1;
      order.push(`block ${Counter.count}`);
    }
    static doubled = Counter.count * 2;
    static {
      order.push(`block ${Counter.doubled}`);
    }
  }
  return [Counter.count, Counter.doubled, order];
}

class Redefined {
  static {
    Redefined.later = 1;
  }
  static later?: number;
  static after = 2;
}

export function testFieldWithoutValueAfterABlockIsUndefinedAgain(): unknown[] {
  return [Redefined.later === undefined ? "undefined" : Redefined.later, Redefined.after];
}
