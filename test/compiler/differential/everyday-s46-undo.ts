// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): undo.
interface Command<S> {
  readonly label: string;
  apply(state: S): S;
  revert(state: S): S;
}

class History<S> {
  private past: Array<Command<S>> = [];
  private future: Array<Command<S>> = [];
  constructor(
    private state: S,
    private readonly limit = 50,
  ) {}
  get current(): S {
    return this.state;
  }
  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }
  exec(cmd: Command<S>): this {
    this.state = cmd.apply(this.state);
    this.past.push(cmd);
    if (this.past.length > this.limit) this.past.shift();
    this.future = [];
    return this;
  }
  undo(): string | undefined {
    const cmd = this.past.pop();
    if (!cmd) return undefined;
    this.state = cmd.revert(this.state);
    this.future.push(cmd);
    return cmd.label;
  }
  redo(): string | undefined {
    const cmd = this.future.pop();
    if (!cmd) return undefined;
    this.state = cmd.apply(this.state);
    this.past.push(cmd);
    return cmd.label;
  }
  labels(): { past: string[]; future: string[] } {
    return { past: this.past.map((c) => c.label), future: this.future.map((c) => c.label).reverse() };
  }
}

type Doc = { readonly text: string; readonly cursor: number };

const insert = (s: string): Command<Doc> => ({
  label: `insert "${s}"`,
  apply: (d) => ({ text: d.text.slice(0, d.cursor) + s + d.text.slice(d.cursor), cursor: d.cursor + s.length }),
  revert: (d) => ({ text: d.text.slice(0, d.cursor - s.length) + d.text.slice(d.cursor), cursor: d.cursor - s.length }),
});

function move(to: number): Command<Doc> {
  let from = 0;
  return {
    label: `move ${to}`,
    apply(d) {
      from = d.cursor;
      return { ...d, cursor: Math.max(0, Math.min(to, d.text.length)) };
    },
    revert(d) {
      return { ...d, cursor: from };
    },
  };
}

function compose<A, B, C>(f: (a: A) => B, g: (b: B) => C): (a: A) => C {
  return (a) => g(f(a));
}
const pipe =
  <T>(...fns: Array<(x: T) => T>) =>
  (x: T): T =>
    fns.reduce((acc, fn) => fn(acc), x);

function format(value: number): string;
function format(value: string, width: number): string;
function format(value: number | string, width = 8): string {
  return typeof value === "number" ? value.toFixed(1) : value.padStart(width, "·");
}

export function testHistory(): unknown {
  const h = new History<Doc>({ text: "", cursor: 0 }, 3);
  const steps: Array<string | undefined> = [];
  h.exec(insert("Hello")).exec(insert(" world")).exec(move(5)).exec(insert(","));
  const snapshot = h.current.text;
  steps.push(h.undo(), h.undo(), h.redo());
  h.exec(insert("!"));
  steps.push(h.redo(), h.undo(), h.undo(), h.undo(), h.undo());
  return { snapshot, steps, final: h.current, labels: h.labels(), flags: [h.canUndo, h.canRedo] };
}

export function testFunctional(): unknown {
  const len = compose(
    (s: string) => s.trim(),
    (s) => s.length,
  );
  const inc = (n: number) => n + 1;
  const dbl = (n: number) => n * 2;
  const counters: Array<() => number> = [];
  const makeCounter = (start: number) => {
    let c = start;
    return () => ++c;
  };
  for (let i = 0; i < 3; i++) counters.push(makeCounter(i * 10));
  const handlers: Record<string, (msg: string) => string> = {};
  const onDone = handlers.done;
  const cb: { done?: (m: string) => string } = { done: (m) => `done:${m}` };
  return {
    len: len("  hi  "),
    piped: pipe(inc, dbl, inc)(5),
    none: pipe<number>()(7),
    counters: counters.map((f) => [f(), f()]),
    fmt: [format(3.14159), format("ab", 5), format("abcdefghij", 3)],
    opt: [onDone?.("x") ?? "no cb", cb.done?.("y"), cb.done?.("z")],
  };
}
