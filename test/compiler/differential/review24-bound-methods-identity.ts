// Review 24B F1: each bind makes a function of its own in JavaScript (two binds are two keys of a Set
// and never ===), where Python's two bound methods of one object were one key and a static method's
// bind was the class's one function. And a method read twice is one function in JavaScript
// (`a.run === a.run`, `a.run === b.run`), where Python makes a new bound method at each read.
class Service {
  count = 1;
  run(): string {
    return "run" + String(this.count);
  }
  static lookup(key: string): string {
    return key + "!";
  }
}
class Loud extends Service {
  override run(): string {
    return super.run().toUpperCase();
  }
  bound(): () => string {
    return super.run.bind(this);
  }
}
export function testTwoBindsAreTwoKeys(): number[] {
  const service = new Service();
  const set = new Set<() => string>([service.run.bind(service), service.run.bind(service)]);
  const map = new Map<() => string, number>();
  map.set(service.run.bind(service), 1);
  map.set(service.run.bind(service), 2);
  return [set.size, map.size];
}
export function testStaticBindsAreTwoFunctions(): boolean[] {
  const bound = [Service.lookup.bind(Service)];
  return [Service.lookup.bind(Service) === Service.lookup.bind(Service), bound.includes(Service.lookup.bind(Service)), bound[0] === bound[0]];
}
export function testOneBindKept(): unknown[] {
  const service = new Service();
  const run = service.run.bind(service);
  const set = new Set([run, run]);
  const loud = new Loud();
  return [set.size, [run].includes(run), [run].indexOf(run), run(), [1, 2].map(run), loud.bound()(), Service.lookup.bind(Service)("k")];
}
export function testMethodReadTwiceIsOneFunction(): boolean[] {
  const first = new Service();
  const second = new Service();
  const loud = new Loud();
  return [first.run === first.run, first.run === second.run, first.run !== second.run, loud.run === first.run, Service.lookup === Service.lookup];
}
