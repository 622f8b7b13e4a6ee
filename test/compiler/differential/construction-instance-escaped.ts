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
