// An everyday program as a new user writes it: build steps ordered by their dependencies (a
// recursive topological sort with a cycle error, a memoised critical path), an editor with undo and
// redo through command objects (object literals with methods and closures, `history.length = 0`), a
// tiny template engine (nested replace with replacer functions, `in`, a switch on an optional filter).
interface Step {
  name: string;
  after?: string[];
  minutes: number;
}

class CycleError extends Error {
  constructor(readonly path: string[]) {
    super(`cycle: ${path.join(" -> ")}`);
    this.name = "CycleError";
  }
}

function order(steps: Step[]): string[] {
  const byName = new Map(steps.map((step) => [step.name, step] as const));
  const done = new Set<string>();
  const visiting: string[] = [];
  const result: string[] = [];
  const visit = (name: string): void => {
    if (done.has(name)) return;
    const at = visiting.indexOf(name);
    if (at !== -1) throw new CycleError([...visiting.slice(at), name]);
    const step = byName.get(name);
    if (!step) throw new Error(`unknown step ${name}`);
    visiting.push(name);
    for (const dependency of step.after ?? []) visit(dependency);
    visiting.pop();
    done.add(name);
    result.push(name);
  };
  [...byName.keys()].sort().forEach(visit);
  return result;
}

function criticalPath(steps: Step[]): { minutes: number; path: string[] } {
  const byName = new Map(steps.map((s) => [s.name, s]));
  const memo = new Map<string, { minutes: number; path: string[] }>();
  const longest = (name: string): { minutes: number; path: string[] } => {
    const cached = memo.get(name);
    if (cached) return cached;
    const step = byName.get(name)!;
    let best = { minutes: 0, path: [] as string[] };
    for (const dependency of step.after ?? []) {
      const candidate = longest(dependency);
      if (candidate.minutes > best.minutes) best = candidate;
    }
    const result = { minutes: best.minutes + step.minutes, path: [...best.path, name] };
    memo.set(name, result);
    return result;
  };
  return steps.map((s) => longest(s.name)).reduce((a, b) => (b.minutes > a.minutes ? b : a));
}

export function testBuildOrder(): unknown {
  const steps: Step[] = [
    { name: "test", after: ["compile"], minutes: 7 },
    { name: "compile", after: ["fetch", "generate"], minutes: 4 },
    { name: "fetch", minutes: 2 },
    { name: "generate", after: ["fetch"], minutes: 3 },
    { name: "package", after: ["compile"], minutes: 1 },
    { name: "release", after: ["package", "test"], minutes: 2 },
  ];
  let cycle = "";
  try {
    order([...steps, { name: "fetch2", after: ["loop"], minutes: 1 }, { name: "loop", after: ["fetch2"], minutes: 1 }]);
  } catch (error) {
    cycle = error instanceof CycleError ? `${error.name} ${error.path.length} ${error.message}` : String(error);
  }
  return { order: order(steps), critical: criticalPath(steps), cycle };
}

interface Command {
  apply(text: string): string;
  revert(text: string): string;
  readonly label: string;
}

const insert = (at: number, value: string): Command => ({
  label: `insert "${value}" at ${at}`,
  apply: (text) => text.slice(0, at) + value + text.slice(at),
  revert: (text) => text.slice(0, at) + text.slice(at + value.length),
});

const replaceAll = (from: string, to: string): Command => {
  let before = "";
  return {
    label: `replace ${from} with ${to}`,
    apply(text) {
      before = text;
      return text.split(from).join(to);
    },
    revert() {
      return before;
    },
  };
};

class Editor {
  #text = "";
  #done: Command[] = [];
  #undone: Command[] = [];
  get text(): string {
    return this.#text;
  }
  run(command: Command): this {
    this.#text = command.apply(this.#text);
    this.#done.push(command);
    this.#undone.length = 0;
    return this;
  }
  undo(): boolean {
    const command = this.#done.pop();
    if (!command) return false;
    this.#text = command.revert(this.#text);
    this.#undone.push(command);
    return true;
  }
  redo(): boolean {
    const command = this.#undone.pop();
    if (!command) return false;
    this.#text = command.apply(this.#text);
    this.#done.push(command);
    return true;
  }
  history(): string[] {
    return this.#done.map((c) => c.label);
  }
}

export function testEditor(): unknown {
  const editor = new Editor();
  editor.run(insert(0, "hello world")).run(insert(5, ",")).run(replaceAll("o", "0"));
  const states = [editor.text];
  editor.undo();
  states.push(editor.text);
  editor.undo();
  states.push(editor.text);
  editor.redo();
  states.push(editor.text);
  editor.run(insert(editor.text.length, "!"));
  const redone = editor.redo();
  return {
    states,
    final: editor.text,
    redone,
    history: editor.history(),
    undoAll: [editor.undo(), editor.undo(), editor.undo(), editor.undo()],
    empty: editor.text,
  };
}

function render(template: string, data: Record<string, unknown>): string {
  return template
    .replace(/\{\{#each (\w+)\}\}([\s\S]*?)\{\{\/each\}\}/g, (_, key: string, body: string) => {
      const items = data[key];
      return Array.isArray(items) ? items.map((item, index) => render(body, { ...data, item, index: index + 1 })).join("") : "";
    })
    .replace(/\{\{\s*(\w+)(?:\s*\|\s*(\w+))?\s*\}\}/g, (whole, key: string, filter: string | undefined) => {
      if (!(key in data)) return whole;
      const value = data[key];
      const text = typeof value === "string" ? value : JSON.stringify(value);
      switch (filter) {
        case "upper":
          return text.toUpperCase();
        case "length":
          return String(text.length);
        default:
          return text;
      }
    });
}

export function testTemplates(): unknown {
  return [
    render("Hello {{ name | upper }}, you have {{count}} new {{ missing }}.", { name: "ada", count: 3 }),
    render("{{#each items}}{{index}}. {{item}}\n{{/each}}total: {{ items | length }}", { items: ["tea", "milk"] }),
    render("{{ flag }} {{ nested }}", { flag: true, nested: { a: [1, null] } }),
  ];
}
