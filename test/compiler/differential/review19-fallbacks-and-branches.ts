// A fallback of another kind where the whole flows nowhere typed (`user ?? "anonymous"`): TypeScript
// types the fallback by the left's type, a hint for inference that was taken for a place the value
// goes to (CS1050). And object literals in the branches of a `?:` that meets a type with methods are
// built as objects, as one written there alone is (CS1051 refused the whole `?:`). Review 19.

interface User {
  name: string;
}

interface Greeter {
  greet(name: string): string;
}

interface Settings {
  label?: string;
  retries?: number;
}

function describeUser(users: User[], index: number): string {
  const found = users[index];
  const shown = found ?? "anonymous";
  return typeof shown === "string" ? shown : shown.name;
}

export function testNullishFallbackOfAnotherKind(): string[] {
  const users: User[] = [{ name: "ada" }];
  return [describeUser(users, 0), describeUser(users, 3)];
}

export function testOrFallbacksOfAnotherKind(): unknown[] {
  const settings: Settings[] = [{ label: "x" }];
  const first = settings[0] || 0;
  const missing = settings[4] || "none";
  const chained = settings[5] ?? settings[6] ?? (settings.length > 0 ? "some" : 1);
  return [typeof first, typeof missing, missing, chained];
}

export function testConditionalOfLiteralsWithMethods(): string[] {
  const out: string[] = [];
  for (const formal of [true, false]) {
    const greeter: Greeter = formal ? { greet: (name) => `Good day, ${name}.` } : { greet: (name) => `hi ${name}` };
    out.push(greeter.greet("ada"));
  }
  return out;
}

export function testNestedConditionalOfLiterals(): string[] {
  const pick = (level: number): Greeter =>
    level > 1
      ? {
          greet(name) {
            return `${name}!!`;
          },
        }
      : level > 0
        ? { greet: (name) => `${name}!` }
        : { greet: (name) => name };
  return [0, 1, 2].map((level) => pick(level).greet("bo"));
}
