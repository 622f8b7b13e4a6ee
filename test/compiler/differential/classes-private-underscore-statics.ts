// `private _x` is a Python `_x` member of its own, never `__x`, which Python would mangle inside
// the class body only: a static block and a static initializer that runs code (both compiled to
// code after the class statement) must reach the same attribute as the methods.
class Config {
  private static _level = 1;
  static {
    Config._level = 5;
  }
  static level(): number {
    return Config._level;
  }
}

class Registry {
  private static _items = new Map<string, number>();
  constructor(name: string) {
    Registry._items.set(name, Registry._items.size);
  }
  static names(): string[] {
    return [...Registry._items.keys()];
  }
}

class Counter {
  private _count = 0;
  protected __seen: string[] = [];
  bump(label: string): number {
    this.__seen.push(label);
    this._count += 1;
    return this._count;
  }
  get seen(): string {
    return this.__seen.join(",");
  }
}

class LoudCounter extends Counter {
  shout(): string {
    return this.__seen.map((label) => label.toUpperCase()).join("!");
  }
}

export function testPrivateUnderscoreStatics(): unknown[] {
  new Registry("a");
  new Registry("b");
  const counter = new LoudCounter();
  counter.bump("x");
  counter.bump("y");
  return [Config.level(), Registry.names(), counter.bump("z"), counter.seen, counter.shout()];
}
