// Construction code that compiles because it touches no field before JavaScript defines it, or
// touches it as Python does too (the refused forms: cs1001-fields-touched-while-constructed): an
// arrow stored for later (an event handler) that reads a subclass's field when called after the
// construction; JSON.stringify(this) and console.log's field list in a base constructor (a
// subclass's fields are not there yet, in both); a setter a subclass overrides that writes the
// first field the subclass defines; a base constructor writing the subclass's first field through
// an override (its definition then replaces the value, in place).
const handlers: (() => string)[] = [];
class DrawingBoard {
  printed: string;
  constructor() {
    handlers.push(() => this.drawn());
    this.printed = JSON.stringify(this);
  }
  drawn(): string {
    return "view";
  }
}
class DrawingPage extends DrawingBoard {
  title = "page";
  visits = 1;
  override drawn(): string {
    return `${this.title} ${this.visits}`;
  }
}
class Stored {
  value = 0;
  constructor() {
    this.current = 5;
  }
  get current(): number {
    return this.value;
  }
  set current(next: number) {
    this.value = next;
  }
}
class Tracked extends Stored {
  stored = 1;
  later = 2;
  override get current(): number {
    return this.stored;
  }
  override set current(next: number) {
    this.stored = next;
  }
}
export function testConstructionThenLater(): unknown[] {
  handlers.splice(0, handlers.length);
  const page = new DrawingPage();
  const tracked = new Tracked();
  return [page.printed, handlers.map((handler) => handler()), JSON.stringify(page), JSON.stringify(tracked), tracked.current];
}
// A method bound in an initializer (an event handler) runs later; a later field read by an
// initializer's code only to ask whether it is there yet, or behind that test; JSON.stringify(this)
// in an initializer, whose later fields typed without null are left out, in both.
class ClickCounter {
  onClick = this.handleClick.bind(this);
  described = this.describeClicks();
  clicks = 0;
  limit: number = 3;
  printed = JSON.stringify(this);
  handleClick(): number {
    this.clicks += 1;
    return this.clicks;
  }
  describeClicks(): string {
    const known = this.limit === undefined ? "no limit yet" : `limit ${this.limit}`;
    return this.clicks != null && this.clicks > 0 ? "clicked" : known;
  }
}
export function testBoundHandlersAndGuardedReads(): unknown[] {
  const counter = new ClickCounter();
  return [counter.described, counter.printed, counter.onClick(), counter.onClick(), JSON.stringify(counter)];
}
// A later field typed to admit null, read by an initializer's code only as a test or a fallback's
// left: undefined and Python's None are both falsy and both nullish.
class OwnerCard {
  summary = this.describe();
  owner: string | null = null;
  count: number | null = 3;
  describe(): string {
    const parts: string[] = [];
    parts.push(!this.owner ? "no owner" : "owner");
    if (this.owner) {
      parts.push("has");
    }
    parts.push(this.owner ?? "nobody", this.owner || "empty", this.count ? "counted" : "no count");
    while (this.count && parts.length < 3) {
      parts.push("never");
    }
    if (!this.owner && !this.count) {
      parts.push("neither");
    }
    return parts.join(",");
  }
}
export function testLaterFieldsReadAsTests(): unknown[] {
  const card = new OwnerCard();
  card.owner = "ann";
  return [card.summary, card.describe(), JSON.stringify(card)];
}
// What construction code may do with the instance: store it (`push`, a Map's `set`, a property), or
// an arrow for later; call a fluent method returning `this` and read a field defined by then; read
// a field without initializer once the constructor's body has assigned it; write, from an
// initializer's code, a field declared before it without initializer (defined then, in both).
const everyPanel: Panel[] = [];
const panelHandlers = new Map<string, () => string>();
class Panel {
  title = "panel";
  opened: number;
  notes!: string[] | null;
  summary = this.start();
  constructor() {
    everyPanel.push(this);
    panelHandlers.set("describe", () => this.describe());
    this.opened = this.self().title.length;
    this.log(`opened ${this.opened}`);
  }
  start(): string {
    this.notes = [];
    return this.me.title;
  }
  get me(): this {
    return this;
  }
  self(): this {
    return this;
  }
  log(line: string): this {
    this.notes?.push(line);
    return this;
  }
  describe(): string {
    return `${this.title} ${this.opened}`;
  }
}
class SidePanel extends Panel {
  side = "left";
  override describe(): string {
    return `${super.describe()} ${this.side}`;
  }
}
export function testInstanceStoredAndReturnedWhileConstructed(): unknown[] {
  everyPanel.splice(0, everyPanel.length);
  const side = new SidePanel();
  return [everyPanel.length, everyPanel[0] === side, panelHandlers.get("describe")?.(), side.summary, side.notes, side.opened];
}
// The instance given to code the check follows (a constructor's parameter property, a function's
// parameter) or stores (a listener list), a fluent chain in the constructor, handlers kept in a Map.
interface EventListener2 {
  notify(event: string): void;
}
class EventBus {
  listeners: EventListener2[] = [];
  subscribe(listener: EventListener2): void {
    this.listeners.push(listener);
  }
  emit(event: string): void {
    this.listeners.forEach((l) => l.notify(event));
  }
}
class BusLogger implements EventListener2 {
  lines: string[] = [];
  constructor(
    private readonly bus: EventBus,
    readonly prefix: string,
  ) {
    bus.subscribe(this);
  }
  notify(event: string): void {
    this.lines.push(`${this.prefix}${event}`);
  }
}
class TreeChild {
  constructor(
    readonly parent: LabelTree,
    readonly label: string,
  ) {}
}
class LabelTree {
  name: string;
  children: TreeChild[];
  constructor(name: string, kids: string[]) {
    this.name = name;
    this.children = kids.map((kid) => new TreeChild(this, kid));
  }
}
class PartsBuilder {
  parts: string[] = [];
  constructor() {
    this.add("a").add("b");
  }
  add(part: string): this {
    this.parts.push(part);
    return this;
  }
}
class HandlerCounter {
  count = 0;
  handlers = new Map<string, () => number>();
  constructor() {
    this.handlers.set("inc", () => ++this.count);
    [1, 2, 3].forEach((n) => (this.count += n));
  }
}
class TreeNode {
  children: TreeNode[] = [];
  parent: TreeNode | null = null;
  constructor(parent?: TreeNode) {
    if (parent) {
      this.parent = parent;
      parent.children.push(this);
    }
  }
}
export function testInstanceGivenToOtherCodeWhileConstructed(): unknown[] {
  const bus = new EventBus();
  const logger = new BusLogger(bus, "> ");
  bus.emit("start");
  const tree = new LabelTree("root", ["x", "y"]);
  const counter = new HandlerCounter();
  counter.handlers.get("inc")?.();
  const root = new TreeNode();
  new TreeNode(root);
  return [logger.lines, tree.children.map((c) => `${c.parent.name}/${c.label}`), new PartsBuilder().parts, counter.count, root.children.length];
}
// A base constructor registering the instance or a callback with the program's code that only
// stores it (an observer list, a timer queue, an event source's handlers), a subclass's override
// reading its own field when called later.
interface PanelObserver {
  notify(event: string): void;
}
class PanelBus {
  observers: PanelObserver[] = [];
  subscribe(observer: PanelObserver): void {
    this.observers.push(observer);
  }
  emit(event: string): void {
    this.observers.forEach((observer) => observer.notify(event));
  }
}
const panelTimers: (() => void)[] = [];
function afterDelay(run: () => void, delay: number): number {
  panelTimers.push(run);
  return delay;
}
class DataSource {
  private handlers: ((data: string) => void)[] = [];
  on(event: string, handler: (data: string) => void): void {
    this.handlers.push(handler);
  }
  send(data: string): void {
    this.handlers.forEach((handler) => handler(data));
  }
}
const panelBus = new PanelBus();
const panelSource = new DataSource();
class Widget2 implements PanelObserver {
  log: string[] = [];
  constructor() {
    panelBus.subscribe(this);
    afterDelay(() => this.tick(), 10);
    const handle = (data: string): void => this.receive(data);
    panelSource.on("data", handle);
  }
  notify(event: string): void {
    this.log.push(`event ${event}`);
  }
  tick(): void {
    this.log.push("tick");
  }
  receive(data: string): void {
    this.log.push(`data ${data}`);
  }
}
class Button2 extends Widget2 {
  label = "ok";
  override notify(event: string): void {
    super.notify(`${event} on ${this.label}`);
  }
  override tick(): void {
    this.log.push(`tick ${this.label}`);
  }
  override receive(data: string): void {
    this.log.push(`${this.label} got ${data}`);
  }
}
export function testRegisteredWhileConstructedCalledLater(): string[] {
  const button = new Button2();
  panelBus.emit("click");
  panelTimers.forEach((run) => run());
  panelSource.send("x");
  return button.log;
}
