// Construction code that hands the instance over in the everyday ways review S54C found refused:
// a child keeping its parent with `this.owner = owner` (also forwarded through `super(owner)`) and
// reading it only later, and a base constructor registering the instance with a class of static
// members. Nothing reads a field before it is defined, so each compiles and prints what Node does.
class Sheet {
  kind = "sheet";
  owner: Book;
  constructor(owner: Book) {
    this.owner = owner;
  }
  ownerTitle(): string {
    return this.owner.title;
  }
}
class Book {
  title = "t";
  sheet: Sheet;
  size = 3;
  constructor() {
    this.sheet = new Sheet(this);
  }
}
export function testChildKeepsItsParentInAPlainField(): (string | number)[] {
  const book = new Book();
  return [book.sheet.ownerTitle(), book.sheet.kind, book.size];
}

class Part {
  constructor(public owner: Tree) {}
  ownerTitle(): string {
    return this.owner.title;
  }
}
class Leaf extends Part {
  kind = "leaf";
  constructor(owner: Tree) {
    super(owner);
  }
}
class Tree {
  title = "t";
  leaf: Leaf = new Leaf(this);
  size = 3;
}
export function testParentForwardedThroughSuper(): (string | number)[] {
  const tree = new Tree();
  return [tree.leaf.ownerTitle(), tree.leaf.kind, tree.size];
}

class Registry {
  static items: Entity[] = [];
  static register(entity: Entity): number {
    Registry.items.push(entity);
    return Registry.items.length - 1;
  }
}
abstract class Entity {
  readonly id: number;
  constructor() {
    this.id = Registry.register(this);
  }
}
class Player extends Entity {
  name = "p";
  hp = 10;
}
class Enemy extends Entity {
  damage: number;
  constructor(damage: number) {
    super();
    this.damage = damage;
  }
}
export function testBaseConstructorRegistersWithAStaticRegistry(): (string | number)[] {
  const player = new Player();
  const enemy = new Enemy(3);
  return [player.id, enemy.id, player.name, player.hp, enemy.damage, Registry.items.length];
}
