// A field named `args` in an Error subclass is an ordinary field, as in JavaScript; Python's
// BaseException.args (which keeps a tuple) must not take its place. An Error without one has no
// `args` member, read through a type that declares it optional.

class CommandError extends Error {
  args: string[] = [];
  constructor(message: string, args: string[]) {
    super(message);
    this.args = args;
  }
}

class LateArgs extends Error {
  args?: number[];
}

interface Detail {
  args?: string[];
  describe(): string;
}

class DetailError extends Error implements Detail {
  describe(): string {
    return `detail ${this.message}`;
  }
}

export function testArgsFieldIsAnArray(): string[] {
  const e = new CommandError("failed", ["a", "b"]);
  e.args.push("c");
  const out = [`A ${e.args.length} ${e.args.join(" ")} ${Array.isArray(e.args)} ${e.message} ${String(e)}`];
  try {
    throw e;
  } catch (caught) {
    out.push(caught instanceof CommandError ? `B ${caught.args.join("+")} ${caught.message}` : "B other");
  }
  const late = new LateArgs("late");
  out.push(`C ${late.args === undefined} ${late.args ?? "none"}`);
  late.args = [1, 2];
  out.push(`D ${late.args.length} ${late.message}`);
  return out;
}

export function testInterfaceArgsOnAnError(): string[] {
  const d: Detail = new DetailError("boom");
  const out = [`A ${d.args === undefined} ${(d.args ?? ["none"]).length} ${d.describe()}`];
  d.args = ["x", "y"];
  out.push(`B ${d.args.join(",")} ${d.args.length}`);
  return out;
}
