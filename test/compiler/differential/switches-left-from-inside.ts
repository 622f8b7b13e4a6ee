/** A `break` that leaves a switch from inside an `if`, a `try` or a block of a case, not at the case's end. */

function classify(k: number, strict: boolean): string[] {
  const out: string[] = [];
  switch (k) {
    case 1:
      out.push("one");
      if (strict) break;
      out.push("lenient one");
      break;
    case 2: {
      const doubled = k * 2;
      if (doubled > 3) {
        out.push("big two");
        break;
      }
      out.push("never");
      break;
    }
    default:
      if (k < 0) {
        out.push("negative");
        break;
      }
      out.push("other");
  }
  out.push("after");
  return out;
}

export function testIfBreakInCases(): string[][] {
  return [classify(1, true), classify(1, false), classify(2, true), classify(-4, false), classify(9, false)];
}

export function testBreakInsideTryRunsFinally(): string[] {
  const out: string[] = [];
  for (const k of [1, 2, 3]) {
    switch (k) {
      case 1:
        try {
          out.push("try " + k);
          if (k === 1) break;
          out.push("not reached");
        } finally {
          out.push("finally " + k);
        }
        out.push("after try " + k);
        break;
      case 2:
        try {
          throw new Error("boom");
        } catch (error) {
          out.push("caught " + (error as Error).message);
          break;
        }
      default:
        out.push("default " + k);
    }
    out.push("next " + k);
  }
  return out;
}

export function testContinueOfTheLoopAroundTheSwitch(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 6; i++) {
    switch (i % 3) {
      case 0:
        if (i === 3) continue;
        if (i > 3) break;
        out.push("zero " + i);
        break;
      case 1:
        if (i === 4) {
          out.push("skip " + i);
          continue;
        }
        out.push("one " + i);
        break;
      default:
        out.push("two " + i);
    }
    out.push("end " + i);
  }
  return out;
}

export function testWhileAndDoAroundTheSwitch(): string[] {
  const out: string[] = [];
  let n = 0;
  while (n < 5) {
    n++;
    switch (n) {
      case 2:
        if (n === 2) continue;
        break;
      case 4:
        if (n === 4) break;
        out.push("never");
        break;
    }
    out.push("w" + n);
  }
  let m = 0;
  do {
    m++;
    switch (m) {
      case 1:
        if (m > 0) continue;
        break;
      default:
        if (m === 3) break;
        out.push("d" + m);
    }
    out.push("do" + m);
  } while (m < 4);
  return out;
}

export function testLabelledBreakFromInsideTheSwitch(): string[] {
  const out: string[] = [];
  outer: for (const row of [1, 2, 3]) {
    for (const column of [1, 2, 3]) {
      switch (row * column) {
        case 4:
          if (row === 2) break outer;
          break;
        case 2:
          if (column === 2) {
            out.push("continue outer at " + row);
            continue outer;
          }
          out.push("two at " + row + "," + column);
          break;
        default:
          if (column === 3) break;
          out.push(row + "x" + column);
      }
      out.push("cell " + row + "," + column);
    }
    out.push("row " + row);
  }
  return out;
}

export function testNestedSwitchesEachLeftFromInside(): string[] {
  const out: string[] = [];
  for (const a of ["x", "y"]) {
    for (const b of [1, 2]) {
      switch (a) {
        case "x":
          switch (b) {
            case 1:
              if (a === "x") break;
              out.push("inner never");
              break;
            default:
              out.push("inner default " + b);
          }
          if (b === 2) break;
          out.push("outer x " + b);
          break;
        default:
          out.push("outer default " + a + b);
      }
    }
  }
  return out;
}

function* steps(limit: number): Generator<string> {
  for (let i = 0; i < limit; i++) {
    switch (i % 2) {
      case 0:
        yield "even " + i;
        if (i === 2) break;
        yield "still even " + i;
        break;
      default:
        yield "odd " + i;
    }
  }
}

export function testInsideAGenerator(): string[] {
  return [...steps(5)];
}

function pick(kind: string): string {
  switch (kind) {
    case "a":
      if (kind.length === 1) {
        return "returned a";
      }
      break;
    case "b":
      for (const letter of ["p", "q", "r"]) {
        if (letter === "q") break;
        if (letter === "p") continue;
      }
      if (kind === "b") break;
      return "never b";
    default:
      return "default " + kind;
  }
  return "after switch " + kind;
}

export function testReturnsAndInnerLoops(): string[] {
  return [pick("a"), pick("b"), pick("c")];
}

export function testClosuresMadeInsideTheCase(): number[] {
  const getters: (() => number)[] = [];
  for (let i = 0; i < 4; i++) {
    switch (i & 1) {
      case 0:
        getters.push(() => i * 10);
        if (i === 2) break;
        getters.push(() => i * 100);
        break;
      default:
        getters.push(() => i);
    }
  }
  return getters.map((getter) => getter());
}

export function testDiscriminantReadOnce(): string[] {
  const out: string[] = [];
  let reads = 0;
  const next = (): number => ++reads;
  switch (next()) {
    case 1:
      if (reads === 1) {
        out.push("first read");
        break;
      }
      out.push("never");
      break;
    default:
      out.push("other");
  }
  out.push("reads " + reads);
  return out;
}

export function testInsideALabelledBlock(): string[] {
  const out: string[] = [];
  block: {
    switch (out.length) {
      case 0:
        out.push("zero");
        if (out.length > 0) break;
        break block;
      default:
        break;
    }
    out.push("after switch");
    if (out.length > 1) break block;
    out.push("never");
  }
  out.push("done");
  return out;
}
