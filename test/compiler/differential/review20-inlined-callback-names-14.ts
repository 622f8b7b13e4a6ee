// Review 20: an inlined callback's loop variables (a forEach statement's parameters, _ and index_) do not overwrite or hide the program's variables of that name.
const name = "app";
const registry: string[] = [];
["plugin-a", "plugin-b"].forEach((name) => registry.push(name));
export function testModuleLevelForEachShadow(): unknown[] {
  return [name, registry];
}
