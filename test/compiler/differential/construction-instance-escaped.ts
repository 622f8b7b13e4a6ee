// An instance that leaves its construction (set in a static field, registered) and is read back
// only once its fields are set, or whose constructor then reads its parameter (another object of
// its class, made before it): each compiles and gives what Node gives.
class Chain {
  static last: Chain | undefined = undefined;
  readonly index: number;
  readonly label: string;
  constructor(readonly previous?: Chain) {
    this.index = previous === undefined ? 0 : previous.index + 1;
    Chain.last = this;
    this.label = previous === undefined ? "first" : `${previous.label}>${this.index}`;
  }
}
export function testLinksReadTheirPredecessorAfterRegistering(): unknown {
  const first = new Chain();
  const second = new Chain(first);
  const third = new Chain(second);
  return [first.label, second.label, third.label, Chain.last === third ? 1 : 0];
}

const registered: Service[] = [];
class Service {
  readonly name: string;
  readonly port: number;
  constructor(name: string, port: number) {
    this.name = name;
    this.port = port;
    registered.push(this);
  }
}
export function testRegisteredOnceSet(): string[] {
  registered.length = 0;
  new Service("web", 80);
  new Service("mail", 25);
  return registered.map((service) => `${service.name}:${service.port}`);
}

// Everyday construction that lets the instance go and then reads other objects (review S56C, R1,
// R2): a plain settings object, a doubly linked cell reading its predecessor through the field
// that holds its parameter, a tree node pushing itself through an optional chain.
const settings = { name: "app", size: 3 };
class App {
  static running: App | null = null;
  name: string;
  size: number;
  constructor() {
    App.running = this;
    this.name = settings.name;
    this.size = settings.size;
  }
}
class Cell {
  successor: Cell | null = null;
  index: number;
  constructor(public prev: Cell | null) {
    if (prev) prev.successor = this;
    this.index = this.prev ? this.prev.index + 1 : 0;
  }
}
class TreeNode {
  children: TreeNode[] = [];
  depth: number;
  constructor(
    public name: string,
    parent: TreeNode | null,
  ) {
    parent?.children.push(this);
    this.depth = parent === null ? 0 : 1;
  }
}
export function testEverydayConstructionLettingTheInstanceGo(): unknown {
  const app = new App();
  const first = new Cell(null);
  const third = new Cell(new Cell(first));
  const root = new TreeNode("r", null);
  const child = new TreeNode("c", root);
  return [app.name, app.size, App.running === app ? 1 : 0, third.index, first.successor?.index ?? -1, root.children.length, child.depth];
}
