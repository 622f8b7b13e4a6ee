// Class fields that start undefined (`label?: string`, `handler: Fn | undefined`) are set from
// outside the class, as callers set an optional callback: the compiled `self.label = None` carries
// the declared type (`Optional[str]`), so type checkers accept those writes (review E1, F10).
class Widget {
  label?: string;
  onClick?: (n: number) => void;
  handler: ((n: number) => void) | undefined;
  size: number | undefined;
}
export function testFields(): unknown {
  const w = new Widget();
  w.label = "x";
  w.onClick = (n) => {
    w.size = n;
  };
  w.handler = (n) => {
    w.size = n * 2;
  };
  w.onClick?.(1);
  w.handler?.(2);
  return [w.label, w.size ?? null];
}
class Scheduler {
  onConflict?: (a: string, b: string) => string;
  last: string | undefined;
  readonly created = this.stamp();
  stamp(): string {
    return `made with ${this.onConflict === undefined ? "no" : "a"} handler`;
  }
  resolve(a: string, b: string): string {
    const chosen = this.onConflict?.(a, b) ?? a;
    this.last = chosen;
    return chosen;
  }
}
export function testCallbackSetByTheCaller(): unknown {
  const scheduler = new Scheduler();
  const first = scheduler.resolve("x", "y");
  scheduler.onConflict = (a, b) => (a < b ? b : a);
  return [scheduler.created, first, scheduler.resolve("m", "n"), scheduler.last];
}
