// An everyday program as a new user writes it: a shopping cart with discount strategies behind an
// interface (a getter, parameter properties, an Error subclass with a field, a static limit), a
// form validator built from rule factories over a mapped type, a typed event bus whose on() returns
// an unsubscribe closure (`??=` of a Set).
interface Product {
  sku: string;
  name: string;
  price: number;
  category: "book" | "food" | "tech";
}

interface Discount {
  readonly label: string;
  apply(lines: CartLine[]): number;
}

interface CartLine {
  product: Product;
  quantity: number;
}

class PercentOff implements Discount {
  constructor(
    private readonly percent: number,
    private readonly category?: Product["category"],
  ) {}
  get label(): string {
    return `${this.percent}% off${this.category ? ` ${this.category}` : ""}`;
  }
  apply(lines: CartLine[]): number {
    return lines
      .filter((line) => !this.category || line.product.category === this.category)
      .reduce((sum, line) => sum + (line.product.price * line.quantity * this.percent) / 100, 0);
  }
}

class BuyXGetY implements Discount {
  readonly label: string;
  constructor(
    private readonly sku: string,
    private readonly buy: number,
    private readonly free: number,
  ) {
    this.label = `buy ${buy} get ${free} free (${sku})`;
  }
  apply(lines: CartLine[]): number {
    const line = lines.find((l) => l.product.sku === this.sku);
    if (!line) return 0;
    const groups = Math.floor(line.quantity / (this.buy + this.free));
    return groups * this.free * line.product.price;
  }
}

class CartError extends Error {
  constructor(
    message: string,
    readonly sku?: string,
  ) {
    super(message);
    this.name = "CartError";
  }
}

class Cart {
  private lines = new Map<string, CartLine>();
  private discounts: Discount[] = [];
  static readonly MAX_QUANTITY = 10;

  add(product: Product, quantity = 1): this {
    if (quantity <= 0 || !Number.isInteger(quantity)) throw new CartError(`bad quantity ${quantity}`, product.sku);
    const existing = this.lines.get(product.sku);
    const next = (existing?.quantity ?? 0) + quantity;
    if (next > Cart.MAX_QUANTITY) throw new CartError(`at most ${Cart.MAX_QUANTITY} of ${product.name}`, product.sku);
    this.lines.set(product.sku, { product, quantity: next });
    return this;
  }

  remove(sku: string): boolean {
    return this.lines.delete(sku);
  }

  addDiscount(discount: Discount): void {
    this.discounts.push(discount);
  }

  get subtotal(): number {
    let total = 0;
    for (const { product, quantity } of this.lines.values()) total += product.price * quantity;
    return Math.round(total * 100) / 100;
  }

  receipt(): string[] {
    const rows = [...this.lines.values()]
      .sort((a, b) => (a.product.name < b.product.name ? -1 : a.product.name > b.product.name ? 1 : 0))
      .map(({ product, quantity }) => `${quantity} x ${product.name.padEnd(12)} ${(product.price * quantity).toFixed(2).padStart(7)}`);
    const savings = this.discounts.map((d) => ({ label: d.label, amount: d.apply([...this.lines.values()]) })).filter((s) => s.amount > 0);
    const saved = savings.reduce((sum, s) => sum + s.amount, 0);
    return [...rows, ...savings.map((s) => `  ${s.label}: -${s.amount.toFixed(2)}`), `TOTAL ${(this.subtotal - saved).toFixed(2)}`];
  }
}

const catalog: Product[] = [
  { sku: "B1", name: "Dune", price: 9.99, category: "book" },
  { sku: "F1", name: "Coffee", price: 4.5, category: "food" },
  { sku: "T1", name: "Cable", price: 12.25, category: "tech" },
];

export function testCart(): unknown {
  const cart = new Cart();
  const bySku = Object.fromEntries(catalog.map((p) => [p.sku, p]));
  cart.add(bySku["B1"]!, 2).add(bySku["F1"]!, 6).add(bySku["T1"]!);
  cart.addDiscount(new PercentOff(10, "book"));
  cart.addDiscount(new BuyXGetY("F1", 2, 1));
  cart.addDiscount(new PercentOff(50, "food"));
  const errors: string[] = [];
  for (const [sku, qty] of [
    ["B1", 0],
    ["F1", 5],
    ["T1", 1.5],
  ] as const) {
    try {
      cart.add(bySku[sku]!, qty);
    } catch (error) {
      if (error instanceof CartError) errors.push(`${error.name}[${error.sku}]: ${error.message}`);
      else throw error;
    }
  }
  return { receipt: cart.receipt(), errors, removed: [cart.remove("T1"), cart.remove("T1")], subtotal: cart.subtotal };
}

type Rule<T> = (value: T) => string | null;

const required: Rule<string> = (value) => (value.trim() ? null : "is required");
const minLength =
  (n: number): Rule<string> =>
  (value) =>
    value.length >= n ? null : `must be at least ${n} characters`;
const matches =
  (pattern: RegExp, what: string): Rule<string> =>
  (value) =>
    pattern.test(value) ? null : `must be ${what}`;

function validate<T extends Record<string, string>>(form: T, rules: { [K in keyof T]?: Rule<string>[] }): Partial<Record<keyof T, string[]>> {
  const errors: Partial<Record<keyof T, string[]>> = {};
  for (const key of Object.keys(rules) as (keyof T)[]) {
    const messages = (rules[key] ?? []).map((rule) => rule(form[key] ?? "")).filter((m): m is string => m !== null);
    if (messages.length) errors[key] = messages;
  }
  return errors;
}

export function testValidation(): unknown {
  const rules = {
    user: [required, minLength(3)],
    email: [required, matches(/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i, "an email address")],
  };
  return [
    validate({ user: "al", email: "al@example" }, rules),
    validate({ user: "alice", email: "Alice@Example.ORG" }, rules),
    validate({ user: " ", email: "" }, rules),
  ];
}

type Listener<T> = (payload: T) => void;

class EventBus<Events extends Record<string, unknown>> {
  private listeners: { [K in keyof Events]?: Set<Listener<Events[K]>> } = {};

  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    const set = (this.listeners[event] ??= new Set());
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  emit<K extends keyof Events>(event: K, payload: Events[K]): number {
    const set = this.listeners[event];
    if (!set) return 0;
    for (const listener of [...set]) listener(payload);
    return set.size;
  }
}

export function testEventBus(): unknown {
  const bus = new EventBus<{ login: { user: string }; logout: string; tick: number }>();
  const log: string[] = [];
  const offLogin = bus.on("login", ({ user }) => log.push(`hello ${user}`));
  bus.on("login", (p) => log.push(`audit ${JSON.stringify(p)}`));
  bus.on("tick", (n) => {
    if (n % 2 === 0) log.push(`even ${n}`);
  });
  const counts = [bus.emit("login", { user: "ann" }), bus.emit("tick", 2), bus.emit("tick", 3), bus.emit("logout", "x")];
  offLogin();
  counts.push(bus.emit("login", { user: "bob" }));
  return { log, counts };
}
