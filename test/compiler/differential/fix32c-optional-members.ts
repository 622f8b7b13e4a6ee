// An optional member an interface declares, read on a value that lacks it, is undefined: a static
// of that name (field or method, on the class or a subclass), an Error's Python `args`, or a
// JsObject's dict methods (`get`, `keys`, `values`, `items`) must not be found instead.

interface HasSize {
  size?: number;
  label?: string;
  run?(): string;
  cb?: () => string;
  describe(): string;
}

class Box implements HasSize {
  static size = 3;
  static label = "static-label";
  static cb = (): string => "static cb";
  static run(): string {
    return "STATIC RAN";
  }
  describe(): string {
    return "box";
  }
}

class Plain {
  describe(): string {
    return "plain";
  }
}

class Sub extends Plain {
  static size = 9;
}

class WithMembers {
  label = "own label";
  describe(): string {
    return "w";
  }
  run(): string {
    return "instance run";
  }
  get size(): number {
    return 42;
  }
}

export function testStaticsAreNotInstanceMembers(): string[] {
  const out: string[] = [];
  const h: HasSize = new Box();
  out.push(`A ${h.size} ${h.size ?? -1} ${h.label === undefined} ${typeof h.run} ${typeof h.cb}`);
  out.push(`A2 ${h.run?.() ?? "no run"} ${h.cb?.() ?? "no cb"}`);
  out.push(h.size ? "E truthy" : "E falsy");
  out.push(`F ${h.label}`);
  const p: HasSize = new Sub();
  out.push(`B ${p.size === undefined} ${p.size}`);
  const arr: HasSize[] = [new Box(), { size: 1, describe: () => "lit" }];
  out.push(`C ${arr.map((x) => x.size ?? 0).join(",")}`);
  return out;
}

export function testInstanceMembersStillFound(): string[] {
  const w: HasSize = new WithMembers();
  return [`${w.size} ${w.label} ${w.run?.()} ${typeof w.cb}`, String(Box.run()), Box.cb(), String(Box.size)];
}

interface Detail {
  args?: string[];
  name?: string;
  describe(): string;
}

class CmdError extends Error implements Detail {
  describe(): string {
    return "cmd";
  }
}

export function testErrorArgsIsNotPythons(): string[] {
  const d: Detail = new CmdError("boom");
  return [`${d.args === undefined} ${(d.args ?? ["none"]).length} ${d.name}`];
}

// Its method's name is its own: with `describe()`, which classes of other cases have, the value
// could be a class instance, and Object.keys of it is refused (CS1047).
interface Opts {
  keys?: string[];
  items?: number;
  get?: string;
  values?: number[];
  describeOptions(): string;
}

export function testObjectLiteralDictMethodNames(): string[] {
  const o: Opts = {
    describeOptions() {
      return "d";
    },
  };
  const out = [`A ${o.keys === undefined} ${o.items === undefined} ${o.get === undefined} ${o.values === undefined}`, `B ${o.items ?? 5}`];
  o.items = 3;
  o.keys = ["k"];
  out.push(`C ${o.items} ${o.keys.join("")} ${Object.keys(o).join(",")}`);
  const full: Opts = {
    items: 7,
    describeOptions() {
      return "f";
    },
  };
  out.push(`D ${full.items ?? 0} ${full.get ?? "no get"}`);
  return out;
}
