// Review 20: an object literal in an untyped ?: beside a class instance is built as the object the whole's type says (its members read as attributes).
interface Greeter {
  greet(name: string): string;
  label?: string;
}
class Formal implements Greeter {
  greet(name: string): string {
    return "Dear " + name;
  }
}
function pick(mode: number): Greeter {
  return mode === 0
    ? { greet: (n) => "hi " + n }
    : mode === 1
      ? {
          greet(n) {
            return "yo " + n;
          },
          label: "yo",
        }
      : new Formal();
}
function use(g: Greeter): string {
  return g.greet("ann") + (g.label ?? "");
}
export function testNested(): string[] {
  return [0, 1, 2].map((m) => use(pick(m)));
}
export function testArgumentBranches(): string[] {
  const formal = new Formal();
  const flag = formal.greet("x").length > 3;
  return [use(flag ? { greet: (n) => n + "!" } : formal), use(!flag ? { greet: (n) => n + "!" } : formal)];
}
export function testFallbackBranch(): string {
  const maybe: Greeter | undefined = Math.random() > 2 ? new Formal() : undefined;
  const g: Greeter = maybe ?? { greet: (n) => `fallback ${n}` };
  return g.greet("z");
}
export function testUntypedBranches(): string[] {
  const flag = Math.random() < 2;
  const g = flag ? { greet: (n: string) => "a" + n } : new Formal();
  return [g.greet("q")];
}
export function testUntypedFallbackString(): string[] {
  const names: (string | undefined)[] = ["a", undefined];
  return names.map((n) => {
    const shown = n ?? "anonymous";
    const other = n || "empty";
    return shown + other;
  });
}
