// Static initializers run once the class exists (they may name it, call its static methods, construct
// it), in their order.
class Config {
  static count = 0;
  static readonly DEFAULT = new Config("default");
  static readonly NAMES = [Config.DEFAULT.name, "other"];
  constructor(readonly name: string) {
    Config.count += 1;
  }
}
class Registry {
  static readonly first = Registry.describe();
  static readonly limit = 3;
  static readonly second = Registry.describe();
  static describe(): string {
    return `limit ${Registry.limit ?? "unset"}`;
  }
}
export function testStaticFieldConstructsItsClass(): (string | number)[] {
  return [Config.DEFAULT.name, ...Config.NAMES, Config.count, new Config("x").name, Config.count];
}
export function testStaticInitializersRunInOrder(): string[] {
  return [Registry.first, Registry.second];
}
// A static initializer constructing its class, whose code reads a later static only when asked
// afterwards (a method the constructor does not call), or only through `??`: exact in both.
class Theme {
  static readonly standard = new Theme("light");
  static version = "1";
  static fallback = Theme.pick();
  static accent: string | null = "blue";
  constructor(readonly name: string) {}
  describe(): string {
    return `${this.name} v${Theme.version} ${Theme.accent ?? "none"}`;
  }
  static pick(): string {
    return Theme.accent ?? "no accent yet";
  }
}
export function testLaterStaticsReadAfterwards(): unknown[] {
  return [Theme.standard.describe(), Theme.fallback, Theme.version];
}
