// A type with methods is a Python object whose attributes are its declared members: a key of its
// index signature has no attribute to be.
interface Counter {
  total(): number;
  [key: string]: number | (() => number);
}

export class Registry {
  [name: string]: unknown;
  size(): number {
    return 0;
  }
}

export function record(counter: Counter, registry: Registry): unknown {
  counter.extra = 5;
  registry.entry = "x";
  return [counter.extra, registry.entry];
}
