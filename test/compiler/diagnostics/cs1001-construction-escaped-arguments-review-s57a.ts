// Review S57A: the instance, gone into a static field or a registry, given back to its own class's
// constructor (a constructor's parameter is then the instance still constructed), or written into a
// field through a destructuring or `Object.assign` that the check took to hold only a parameter.
// Node reads undefined; Python read None. Each is refused.
class Current {
  static item: Item | null = null;
}
class Item {
  label: string | null;
  seen = "";
  child: Item | null = null;
  constructor(parent: Item | null) {
    if (parent === null) {
      Current.item = this;
      this.child = new Item(Current.item);
    } else {
      this.seen = String(parent.label);
    }
    this.label = "x";
  }
}
const destructured: Destructured[] = [];
class Destructured {
  name: string | null;
  parent: Destructured | null;
  seen = "";
  constructor(parent: Destructured | null) {
    this.parent = parent;
    destructured.push(this);
    [this.parent] = [destructured[0]!];
    this.seen = String(this.parent.name);
    this.name = "x";
  }
}
const assigned: Assigned[] = [];
class Assigned {
  title: string | null;
  parent: Assigned | null;
  seen = "";
  constructor(parent: Assigned | null) {
    this.parent = parent;
    assigned.push(this);
    Object.assign(this, { parent: assigned[0]! });
    this.seen = String(this.parent!.title);
    this.title = "x";
  }
}
export const made = [new Item(null).child!.seen, new Destructured(null).seen, new Assigned(null).seen];
