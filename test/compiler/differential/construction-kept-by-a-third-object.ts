// An instance kept by another object while it is constructed (`link = new Link(this)`) and read
// through it (`this.link.host`) once the fields read are set: in a later initializer, in the
// constructor's body after the assignment, in a method run afterwards, and two levels down (a
// child forwarding it to a link). Each compiles and gives what Node gives.
class Link {
  constructor(public host: Holder) {}
}
class Holder {
  name = "p";
  link = new Link(this);
  seen = this.link.host.name + "!";
}
export function testReadInALaterInitializer(): string {
  return new Holder().seen;
}

class Frame {
  constructor(public host: Panel) {}
}
class Panel {
  frame: Frame;
  title: string;
  seen: string;
  constructor() {
    this.frame = new Frame(this);
    this.title = "t";
    this.seen = this.frame.host.label();
  }
  label(): string {
    return this.title.toUpperCase();
  }
}
export function testReadInTheBodyAfterTheAssignment(): string {
  return new Panel().seen;
}

class Anchor {
  constructor(public host: Parent) {}
}
class Child {
  anchor: Anchor;
  constructor(parent: Parent) {
    this.anchor = new Anchor(parent);
  }
  hostName(): string {
    return this.anchor.host.name;
  }
}
class Parent {
  name = "p";
  child = new Child(this);
  seen = this.child.hostName();
  describe(): string {
    return this.child.anchor.host.name + this.seen;
  }
}
export function testTwoLevelsDown(): string[] {
  const parent = new Parent();
  return [parent.seen, parent.describe()];
}
