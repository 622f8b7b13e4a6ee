// Construction code that calls what the check cannot tell (a callback, an interface's method, a
// class given as a value, a generator) before the instance goes anywhere, then registers it: the
// calls before the escape cannot meet the instance (review S58A, W1), so these compile. A class
// made through `new` runs its base's constructor and field initializers, and a function's default
// runs where the argument is left out, in both.
let nextId = 1;
const registry: Item[] = [];
class Item {
  id: number;
  label: string;
  constructor(label: string, log: (line: string) => void) {
    log("creating " + label);
    this.id = nextId++;
    this.label = label;
    registry.push(this);
  }
}
export function testCallbackBeforeRegistering(): unknown {
  const lines: string[] = [];
  new Item("a", (line) => lines.push(line));
  new Item("b", (line) => lines.push(line));
  return [lines, registry.map((item) => item.id + item.label)];
}

interface Hooks {
  beforeCreate(): void;
}
const mounted: Component[] = [];
class Component {
  name: string;
  size: number;
  constructor(name: string, hooks: Hooks) {
    hooks.beforeCreate();
    this.name = name;
    this.size = name.length;
    mounted.push(this);
  }
}
export function testInterfaceHookBeforeMounting(): string {
  let created = 0;
  new Component("abc", { beforeCreate: () => created++ });
  return mounted.map((component) => component.name + component.size).join(",") + ":" + created;
}

class Part {
  kind = "part";
  describe(): string {
    return this.kind;
  }
}
class Wheel extends Part {
  override kind = "wheel";
}
function* labels(): Generator<string> {
  yield "x";
  yield "y";
}
const built: Machine[] = [];
class Machine {
  parts: Part[] = [];
  names = "";
  ready: boolean;
  constructor(kinds: (typeof Part)[], source: Iterable<string>) {
    for (const Kind of kinds) this.parts.push(new Kind());
    for (const name of source) this.names += name;
    this.ready = true;
    built.push(this);
  }
}
export function testClassesAndGeneratorBeforeRegistering(): unknown {
  const machine = new Machine([Part, Wheel], labels());
  return [machine.parts.map((part) => part.describe()), machine.names, built[0]!.ready];
}

class Tag {
  text: string;
  constructor(prefix = "#") {
    this.text = prefix + "tag";
  }
}
class Badge extends Tag {
  shown = this.text.toUpperCase();
}
function withDefault(text: string = new Badge().text): string {
  return text;
}
export function testBaseConstructorAndDefaultRun(): string[] {
  return [new Badge().shown, withDefault(), withDefault("given")];
}
