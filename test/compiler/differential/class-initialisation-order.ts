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
