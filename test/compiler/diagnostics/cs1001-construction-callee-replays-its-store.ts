// A registration that stores the function and then replays what it stored (review S54A, F17).
class Subject {
  private subs: Array<(v: string) => void> = [];
  constructor(private value: string) {}
  subscribe(fn: (v: string) => void): void {
    this.subs.push(fn);
    this.replay();
  }
  private replay(): void { for (const s of this.subs) s(this.value); }
}
const theme = new Subject("dark");
class View {
  seen: string[] = [];
  constructor() { theme.subscribe((v) => this.render(v)); }
  render(v: string): void { this.seen.push(v); }
}
class Fancy extends View {
  prefix: string | null = "*";
  render(v: string): void { this.seen.push(`${this.prefix}${v}`); }
}
export function testReplay(): string { return new Fancy().seen.join(","); }
