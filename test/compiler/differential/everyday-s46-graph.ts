// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): graph.
class CycleError extends Error {
  constructor(readonly path: readonly string[]) {
    super(`cycle: ${path.join(" -> ")}`);
    this.name = "CycleError";
  }
}

export class DepGraph {
  private readonly edges = new Map<string, Set<string>>();

  addNode(name: string): this {
    if (!this.edges.has(name)) this.edges.set(name, new Set());
    return this;
  }

  addDep(from: string, to: string): this {
    this.addNode(from).addNode(to);
    this.edges.get(from)!.add(to);
    return this;
  }

  *nodes(): Generator<string> {
    yield* this.edges.keys();
  }

  *dependents(of: string): Generator<string, void, undefined> {
    for (const [node, deps] of this.edges) if (deps.has(of)) yield node;
  }

  topoSort(): string[] {
    const order: string[] = [];
    const state = new Map<string, "visiting" | "done">();
    const visit = (n: string, path: string[]): void => {
      const s = state.get(n);
      if (s === "done") return;
      if (s === "visiting") throw new CycleError([...path.slice(path.indexOf(n)), n]);
      state.set(n, "visiting");
      for (const d of [...(this.edges.get(n) ?? [])].sort()) visit(d, [...path, n]);
      state.set(n, "done");
      order.push(n);
    };
    for (const n of [...this.nodes()].sort()) visit(n, []);
    return order;
  }

  layers(): string[][] {
    const remaining = new Map([...this.edges].map(([k, v]) => [k, new Set(v)] as const));
    const out: string[][] = [];
    while (remaining.size > 0) {
      const ready = [...remaining]
        .filter(([, deps]) => deps.size === 0)
        .map(([k]) => k)
        .sort();
      if (ready.length === 0) throw new CycleError([...remaining.keys()]);
      for (const r of ready) {
        remaining.delete(r);
        for (const deps of remaining.values()) deps.delete(r);
      }
      out.push(ready);
    }
    return out;
  }
}

function* take<T>(it: Iterable<T>, n: number): Generator<T> {
  if (n <= 0) return;
  let i = 0;
  for (const x of it) {
    yield x;
    if (++i >= n) return;
  }
}

function* naturals(): Generator<number, never> {
  let n = 0;
  while (true) yield n++;
}

export function testGraph(): unknown {
  const g = new DepGraph();
  g.addDep("app", "http").addDep("app", "db").addDep("db", "pool").addDep("http", "pool").addDep("http", "json").addNode("cli");
  return { order: g.topoSort(), layers: g.layers(), dependents: [...g.dependents("pool")], first3: [...take(g.nodes(), 3)] };
}

export function testCycle(): unknown {
  const g = new DepGraph().addDep("a", "b").addDep("b", "c").addDep("c", "a").addDep("c", "d");
  const results: unknown[] = [];
  for (const f of [() => g.topoSort(), () => g.layers()]) {
    try {
      results.push(f());
    } catch (e) {
      results.push(e instanceof CycleError ? { name: e.name, path: e.path, msg: e.message } : "??");
    }
  }
  return results;
}

export function testGenerators(): unknown {
  const squares = [...take(naturals(), 6)].map((n) => n * n);
  const gen = take(["x", "y"], 5);
  const manual = [gen.next(), gen.next(), gen.next(), gen.next()];
  return { squares, manual, zero: [...take(naturals(), 0)] };
}
