// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): emitter.
// (Its listener count is `listenerCount`, as in Node's EventEmitter: a method `count` that reads `this` made every other case's read of a function-typed `count` property without a call refused, CS1036, since the program's Emitter fits those types.)
type Listener<T> = (payload: T) => void;

type Events = {
  connect: { host: string; port: number };
  message: { topic: string; body: string; qos?: 0 | 1 | 2 };
  close: { reason?: string };
};

class Emitter<E extends Record<string, object>> {
  private listeners: { [K in keyof E]?: Array<Listener<E[K]>> } = {};

  on<K extends keyof E>(event: K, fn: Listener<E[K]>): () => void {
    const list = this.listeners[event] ?? [];
    list.push(fn);
    this.listeners[event] = list;
    return () => this.off(event, fn);
  }

  once<K extends keyof E>(event: K, fn: Listener<E[K]>): void {
    const wrapper: Listener<E[K]> = (p) => {
      this.off(event, wrapper);
      fn(p);
    };
    this.on(event, wrapper);
  }

  off<K extends keyof E>(event: K, fn: Listener<E[K]>): boolean {
    const list = this.listeners[event];
    if (!list) return false;
    const i = list.indexOf(fn);
    if (i < 0) return false;
    list.splice(i, 1);
    return true;
  }

  emit<K extends keyof E>(event: K, payload: E[K]): number {
    const list = this.listeners[event];
    if (!list) return 0;
    for (const fn of [...list]) fn(payload);
    return list.length;
  }

  listenerCount(event: keyof E): number {
    return this.listeners[event]?.length ?? 0;
  }
}

export function testEmitter(): unknown {
  const log: string[] = [];
  const bus = new Emitter<Events>();
  const unsub = bus.on("connect", ({ host, port }) => log.push(`connect ${host}:${port}`));
  bus.on("message", (m) => log.push(`[${m.topic}] ${m.body} qos=${m.qos ?? "default"}`));
  bus.once("close", (c) => log.push(`closed: ${c.reason ?? "unknown"}`));
  const n1 = bus.emit("connect", { host: "localhost", port: 1883 });
  unsub();
  const n2 = bus.emit("connect", { host: "x", port: 1 });
  bus.emit("message", { topic: "a/b", body: "hi" });
  bus.emit("message", { topic: "a/c", body: "yo", qos: 1 });
  bus.emit("close", {});
  bus.emit("close", { reason: "again" });
  return { log, n1, n2, counts: [bus.listenerCount("connect"), bus.listenerCount("message"), bus.listenerCount("close")] };
}

export function testOffUnknown(): unknown {
  const bus = new Emitter<Events>();
  const f: Listener<Events["close"]> = () => {};
  const g: Listener<Events["close"]> = () => {};
  bus.on("close", f);
  bus.on("close", f);
  return [bus.off("close", g), bus.off("close", f), bus.listenerCount("close"), bus.off("connect", () => {})];
}
