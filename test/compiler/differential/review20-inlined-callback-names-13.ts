// Review 20: an inlined callback's loop variables (a forEach statement's parameters, _ and index_) do not overwrite or hide the program's variables of that name.
export function testRealisticForEachShadow(): unknown[] {
  const key = "primary";
  const seen = new Set<string>();
  ["a", "b", "c"].forEach((key) => seen.add(key));
  return [key, seen.size, `config for ${key}`];
}
class Cache {
  private items = new Map<string, number>();
  load(item: string, extra: string[]): string {
    extra.forEach((item) => this.items.set(item, item.length));
    return `loaded ${item}`;
  }
}
export function testMethodParamOverwritten(): unknown[] {
  return [new Cache().load("main", ["x", "yy"])];
}
