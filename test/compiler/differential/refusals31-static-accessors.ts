// Static getters and setters: read and written through the class and through a subclass, with
// compound and logical assignments, and a subclass with static accessors of its own.

class Counter {
  private static total = 0;
  static readonly log: string[] = [];
  static get count(): number {
    Counter.log.push("get " + Counter.total);
    return Counter.total;
  }
  static set count(value: number) {
    Counter.log.push("set " + value);
    Counter.total = value;
  }
  static get doubled(): number {
    return Counter.total * 2;
  }
  static reset(): void {
    Counter.count = 0;
  }
}

class SubCounter extends Counter {
  static get label(): string {
    return "sub:" + SubCounter.count;
  }
}

class Leaf extends SubCounter {
  static label2 = "leaf";
}

export function testGetAndSet(): (number | string)[] {
  Counter.log.splice(0);
  Counter.reset();
  Counter.count = 5;
  const read = Counter.count;
  return [read, Counter.doubled, Counter.log.join(", ")];
}

export function testThroughSubclasses(): (number | string)[] {
  Counter.log.splice(0);
  Counter.reset();
  SubCounter.count = 3;
  const fromBase = Counter.count;
  const fromSub = SubCounter.count;
  Leaf.count = 4;
  return [fromBase, fromSub, Leaf.count, SubCounter.label, Leaf.label, Leaf.doubled, Leaf.label2, Counter.log.join(", ")];
}

export function testCompoundAndLogicalAssignments(): (number | string)[] {
  Counter.log.splice(0);
  Counter.reset();
  Counter.count += 2;
  Counter.count *= 5;
  Counter.count++;
  SubCounter.count ||= 100;
  const value = (Counter.count &&= 7);
  return [value, Counter.count, Counter.log.join(", ")];
}

class Settings {
  private static values: Record<string, string> = {};
  static get theme(): string {
    return Settings.values["theme"] ?? "light";
  }
  static set theme(next: string) {
    Settings.values["theme"] = next.toUpperCase();
  }
  static get writeOnlyRead(): string {
    return JSON.stringify(Settings.values);
  }
  instanceValue = "instance";
  get theme2(): string {
    return "instance " + Settings.theme;
  }
}

export function testInstanceAndStaticSideBySide(): string[] {
  const before = Settings.theme;
  Settings.theme = "dark";
  const settings = new Settings();
  return [before, Settings.theme, settings.theme2, settings.instanceValue, Settings.writeOnlyRead];
}

class Registry {
  private static items: string[] = [];
  static get size(): number {
    return Registry.items.length;
  }
  static add(item: string): number {
    Registry.items.push(item);
    return Registry.size;
  }
}

class Failure extends Error {
  private static made = 0;
  static get count(): number {
    return Failure.made;
  }
  constructor(message: string) {
    super(message);
    Failure.made++;
  }
}

export function testGetterOnlyAndErrorSubclass(): (number | string)[] {
  const sizes = [Registry.size, Registry.add("a"), Registry.add("b"), Registry.size];
  const caught: string[] = [];
  for (const message of ["x", "y"]) {
    try {
      throw new Failure(message);
    } catch (error) {
      caught.push(error instanceof Failure ? error.message : "other");
    }
  }
  return [...sizes, Failure.count, caught.join()];
}
