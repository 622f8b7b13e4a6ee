// Review 23C W3: a Set or Map keyed by an interface of the program with a method no built-in value
// has (the observer pattern) was refused (CS1048); only class instances and object literals with that
// method meet it (a plain object of data is refused where it is given, CS1051), and both hash by identity.
interface Observer {
  update(value: number): void;
}
class Logger implements Observer {
  seen: number[] = [];
  update(v: number): void {
    this.seen.push(v);
  }
}
export function testMethodLiteral(): unknown[] {
  const log: number[] = [];
  const o: Observer = {
    update(v: number): void {
      log.push(v);
    },
  };
  const m = new Map<Observer, string>([
    [o, "a"],
    [new Logger(), "b"],
  ]);
  m.set(o, "c");
  const s = new Set<Observer>([
    o,
    o,
    {
      update: (v: number): void => {
        log.push(v * 10);
      },
    },
  ]);
  for (const x of s) x.update(1);
  return [m.size, m.get(o) ?? "none", s.size, log, s.has(o), s.delete(o), s.size];
}
function makeObserver(): Observer {
  return { update: (): void => undefined };
}
export function testFactory(): unknown[] {
  const a = makeObserver();
  const s = new Set<Observer>([a, makeObserver(), a]);
  return [s.size, s.has(a)];
}
