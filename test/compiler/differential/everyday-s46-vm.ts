// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): vm.
enum Perm {
  None = 0,
  Read = 1 << 0,
  Write = 1 << 1,
  Exec = 1 << 2,
  All = Read | Write | Exec,
}

const permString = (p: Perm): string => [Perm.Read, Perm.Write, Perm.Exec].map((f, i) => (p & f ? "rwx"[i] : "-")).join("");
function parsePerm(s: string): Perm {
  let p = Perm.None;
  for (const [i, ch] of [..."rwx"].entries()) if (s.includes(ch)) p |= 1 << i;
  return p;
}

type Instr =
  | readonly ["push", number]
  | readonly ["add" | "sub" | "mul" | "div" | "mod" | "dup" | "swap" | "pop" | "print"]
  | readonly ["jz" | "jmp", number]
  | readonly ["halt"];

class VMError extends Error {
  constructor(
    message: string,
    readonly pc: number,
  ) {
    super(`${message} (pc=${pc})`);
    this.name = "VMError";
  }
}

function run(program: readonly Instr[], maxSteps = 1000): { stack: number[]; output: string[]; steps: number } {
  const stack: number[] = [];
  const output: string[] = [];
  let pc = 0,
    steps = 0;
  const pop = (): number => {
    const v = stack.pop();
    if (v === undefined) throw new VMError("stack underflow", pc);
    return v;
  };
  exec: while (pc < program.length) {
    if (++steps > maxSteps) throw new VMError("too many steps", pc);
    const ins = program[pc]!;
    pc++;
    switch (ins[0]) {
      case "push":
        stack.push(ins[1]);
        break;
      case "add": {
        const b = pop(),
          a = pop();
        stack.push(a + b);
        break;
      }
      case "sub": {
        const b = pop(),
          a = pop();
        stack.push(a - b);
        break;
      }
      case "mul": {
        const b = pop(),
          a = pop();
        stack.push(a * b);
        break;
      }
      case "div": {
        const b = pop(),
          a = pop();
        if (b === 0) throw new VMError("division by zero", pc - 1);
        stack.push(Math.trunc(a / b));
        break;
      }
      case "mod": {
        const b = pop(),
          a = pop();
        stack.push(a % b);
        break;
      }
      case "dup": {
        const a = pop();
        stack.push(a, a);
        break;
      }
      case "swap": {
        const b = pop(),
          a = pop();
        stack.push(b, a);
        break;
      }
      case "pop":
        pop();
        break;
      case "print":
        output.push(String(stack[stack.length - 1] ?? "<empty>"));
        break;
      case "jz":
        if (pop() === 0) pc = ins[1];
        break;
      case "jmp":
        pc = ins[1];
        break;
      case "halt":
        break exec;
    }
  }
  return { stack, output, steps };
}

export function testVm(): unknown {
  const countdown: Instr[] = [["push", 5], ["print"], ["push", 1], ["sub"], ["dup"], ["jz", 7], ["jmp", 1], ["halt"], ["push", 99]];
  const arith: Instr[] = [["push", -7], ["push", 2], ["div"], ["push", -7], ["push", 3], ["mod"], ["push", 2.5], ["mul"], ["print"]];
  const results: unknown[] = [run(countdown), run(arith)];
  for (const bad of [[["add"]], [["push", 1], ["push", 0], ["div"]], [["jmp", 0]]] as Instr[][]) {
    try {
      results.push(run(bad, 50));
    } catch (e) {
      results.push(e instanceof VMError ? [e.message, e.pc] : "?");
    }
  }
  return results;
}

export function testPerms(): unknown {
  const ps = ["", "r", "rw", "rwx", "xr", "w"].map(parsePerm);
  return {
    ps,
    strs: ps.map(permString),
    all: Perm.All,
    names: ps.map((p) => Perm[p] ?? `combo(${p})`),
    has: (Perm.All & ~Perm.Write) === (Perm.Read | Perm.Exec),
    flags: Object.entries(Perm)
      .filter(([, v]) => typeof v === "number")
      .map(([k]) => k),
  };
}
