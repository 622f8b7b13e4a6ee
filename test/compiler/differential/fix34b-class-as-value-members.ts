// A class passed as a value (`const f: Factory = Widget`) shows JavaScript only its statics: its
// static fields, static methods and static accessors, then its base classes' statics. An optional
// member the interface declares is undefined when the class has only an instance method, an
// instance accessor or an instance field of that name (those live on the prototype or the instance).

interface Factory {
  create(): Widget;
  describe?: () => string;
  label?: string;
  kind?: string;
  size?: number;
  total?: number;
  tag?: () => string;
  note?: string;
}

class Base {
  static size = 7;
  static tag(): string {
    return "base static tag";
  }
  static get note(): string {
    return "base static note";
  }
  kind2(): string {
    return "instance";
  }
}

class Widget extends Base {
  static create(): Widget {
    return new Widget();
  }
  static get total(): number {
    return 3;
  }
  describe(): string {
    return "instance method";
  }
  label = "inst";
  get kind(): string {
    return "instance getter";
  }
}

export function testInstanceMembersAreNotTheClasss(): string[] {
  const f: Factory = Widget;
  const out = [`${f.describe === undefined} ${f.label === undefined} ${f.kind === undefined} ${f.create() instanceof Widget}`];
  out.push(f.describe ? "has describe" : "no describe");
  out.push(`${f.describe?.() ?? "no call"} ${f.kind ?? "no kind"} ${typeof f.describe} ${typeof f.kind}`);
  return out;
}

export function testStaticsAreFound(): string[] {
  const f: Factory = Widget;
  return [`${f.size} ${f.total} ${f.tag ? f.tag() : "none"} ${f.tag?.() ?? "none"} ${f.note ?? "no note"}`];
}

interface Shape {
  id(): string;
  area?: () => number;
  sides?: number;
}

class Square {
  static sides = 4;
  static id(): string {
    return "square";
  }
  area(): number {
    return 1;
  }
}

class Tile extends Square {
  static override id(): string {
    return "tile";
  }
  static override get sides(): number {
    return 6;
  }
}

class Plain {
  static id(): string {
    return "plain";
  }
  get sides(): number {
    return 0;
  }
}

export function testSubclassesAndAccessors(): string[] {
  const shapes: Shape[] = [Square, Tile, Plain];
  return shapes.map((s) => `${s.id()} ${s.area?.() ?? "none"}/${s.sides ?? "none"} ${s.area === undefined}`);
}
