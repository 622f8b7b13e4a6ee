// The instance kept by another object and read through it while it is constructed (review S54A,
// b14): in a later field's initializer, in the constructor's body, and two levels down, where a
// child forwards it to a link that keeps it and the child's own method reads it through the link.
// Node reads undefined (or throws TypeError calling a method on it); Python read None.
class Link {
  constructor(public host: Holder) {}
}
class Holder {
  link = new Link(this);
  seen = String(this.link.host.name);
  name = "p";
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
    let seen = "none";
    try {
      seen = this.frame.host.label();
    } catch (error) {
      seen = "threw " + String(error instanceof TypeError);
    }
    this.seen = seen;
    this.title = "t";
  }
  label(): string {
    return this.title.toUpperCase();
  }
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
    return String(this.anchor.host.name);
  }
}
class Parent {
  child = new Child(this);
  seen = this.child.hostName();
  name = "p";
}
export function testA(): unknown {
  return [new Holder().seen, new Panel().seen, new Parent().seen];
}
