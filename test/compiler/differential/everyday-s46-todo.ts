// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): todo.
type Priority = 1 | 2 | 3;
interface Todo {
  id: number;
  title: string;
  priority: Priority;
  tags: string[];
  done: boolean;
  due?: string;
}

class TodoList {
  private items: Todo[] = [];
  private nextId = 1;

  add(title: string, priority: Priority, tags: string[] = [], due?: string): Todo {
    const todo: Todo = { id: this.nextId++, title, priority, tags, done: false };
    if (due) todo.due = due;
    this.items.push(todo);
    return todo;
  }

  complete(id: number): boolean {
    const t = this.items.find((x) => x.id === id);
    if (!t || t.done) return false;
    t.done = true;
    return true;
  }

  filter(pred: Partial<Pick<Todo, "done" | "priority">> & { tag?: string }): Todo[] {
    return this.items.filter(
      (t) =>
        (pred.done === undefined || t.done === pred.done) &&
        (pred.priority === undefined || t.priority === pred.priority) &&
        (pred.tag === undefined || t.tags.includes(pred.tag)),
    );
  }

  sorted(): Todo[] {
    return [...this.items].sort((a, b) => a.priority - b.priority || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
  }

  byTag(): Record<string, string[]> {
    return this.items.reduce<Record<string, string[]>>((acc, t) => {
      for (const tag of t.tags.length ? t.tags : ["(none)"]) {
        (acc[tag] ??= []).push(t.title);
      }
      return acc;
    }, {});
  }

  summary(): string {
    const done = this.items.filter((t) => t.done).length;
    const pct = this.items.length ? Math.round((done / this.items.length) * 100) : 0;
    return `${done}/${this.items.length} done (${pct}%)`;
  }

  overdue(today: string): string[] {
    return this.items
      .filter((t): t is Todo & { due: string } => t.due !== undefined && !t.done)
      .filter((t) => t.due < today)
      .map((t) => `${t.title} (due ${t.due})`);
  }
}

export function testTodos(): unknown {
  const list = new TodoList();
  list.add("write report", 2, ["work"], "2024-03-01");
  list.add("buy milk", 3, ["home", "shopping"]);
  list.add("fix bug #42", 1, ["work", "urgent"], "2024-02-10");
  list.add("call mom", 2, [], "2024-02-28");
  list.add("Alpha task", 2);
  list.complete(2);
  list.complete(2);
  return {
    sorted: list.sorted().map((t) => `${t.priority}:${t.title}`),
    work: list.filter({ tag: "work" }).map((t) => t.id),
    open2: list.filter({ done: false, priority: 2 }).map((t) => t.title),
    byTag: list.byTag(),
    summary: list.summary(),
    overdue: list.overdue("2024-02-29"),
    json: JSON.stringify(list.filter({ done: true })),
  };
}

interface Item {
  sku: string;
  qty: number;
  price: number;
  category: string;
}

export function testInventory(): unknown {
  const stock: Item[] = [
    { sku: "A1", qty: 3, price: 9.99, category: "tools" },
    { sku: "B2", qty: 0, price: 4.5, category: "garden" },
    { sku: "C3", qty: 12, price: 0.1, category: "tools" },
    { sku: "D4", qty: 7, price: 19.95, category: "garden" },
  ];
  const value = stock.reduce((sum, i) => sum + i.qty * i.price, 0);
  const byCat = Object.entries(stock.reduce((acc: Record<string, number>, i) => ({ ...acc, [i.category]: (acc[i.category] ?? 0) + i.qty }), {})).map(
    ([cat, qty]) => `${cat}: ${qty}`,
  );
  const outOfStock = stock.filter(({ qty }) => qty === 0).map(({ sku }) => sku);
  const cheapest = stock.reduce((a, b) => (b.price < a.price ? b : a));
  const top = [...stock]
    .sort((a, b) => b.qty * b.price - a.qty * a.price)
    .slice(0, 2)
    .map((i) => i.sku);
  return { value, valueFixed: value.toFixed(2), byCat, outOfStock, cheapest: cheapest.sku, top, total: 0.1 + 0.2 };
}
