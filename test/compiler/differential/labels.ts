// Labelled break and continue: Python has no labels, so jumps out of nested loops go through flags.
export function testBreakOuterFromNestedForOf(): number[] {
  const seen: number[] = [];
  outer: for (const row of [
    [1, 2, 3],
    [4, 5, 6],
    [7, 8, 9],
  ]) {
    for (const cell of row) {
      if (cell === 5) {
        break outer;
      }
      seen.push(cell);
    }
    seen.push(-1);
  }
  return seen;
}

export function testContinueOuterFromNestedForOf(): number[] {
  const seen: number[] = [];
  outer: for (const row of [
    [1, 2, 3],
    [4, 5, 6],
    [7, 8, 9],
  ]) {
    for (const cell of row) {
      if (cell % 3 === 2) {
        continue outer;
      }
      seen.push(cell);
    }
    seen.push(-1);
  }
  return seen;
}

export function testContinueOuterOfCountingLoopRunsIncrement(): number[] {
  const seen: number[] = [];
  outer: for (let i = 0; i < 4; i += 1) {
    for (let j = 0; j < 4; j++) {
      if (j > i) {
        continue outer;
      }
      seen.push(i * 10 + j);
    }
  }
  return seen;
}

export function testContinueOuterFromInsideSwitch(): string[] {
  const log: string[] = [];
  outer: for (const word of ["skip", "keep", "stop", "after"]) {
    for (const letter of word) {
      switch (word) {
        case "skip":
          continue outer;
        case "stop":
          break outer;
        default:
          log.push(letter);
      }
    }
    log.push("|");
  }
  return log;
}

export function testBreakOuterFromCaseWithStatements(): string[] {
  const log: string[] = [];
  outer: for (let round = 0; round < 3; round++) {
    let inner = 0;
    while (inner < 3) {
      inner++;
      switch (inner + round) {
        case 3:
          log.push(`three at ${round}`);
          break outer;
        case 2:
          log.push(`two at ${round}`);
          break;
        default:
          log.push(`other at ${round}`);
      }
    }
  }
  return log;
}

export function testThreeLevelsDeep(): number[] {
  const seen: number[] = [];
  first: for (let a = 0; a < 3; a++) {
    second: for (let b = 0; b < 3; b++) {
      for (let c = 0; c < 3; c++) {
        if (c === 1 && b === 1) {
          continue first;
        }
        if (c === 2) {
          continue second;
        }
        if (a === 2) {
          break first;
        }
        seen.push(a * 100 + b * 10 + c);
      }
    }
  }
  return seen;
}

export function testLabelledWhileAndDoWhile(): number[] {
  const seen: number[] = [];
  let i = 0;
  outer: while (i < 5) {
    i++;
    let j = 0;
    do {
      j++;
      if (j === 2 && i % 2 === 0) {
        continue outer;
      }
      if (i === 4) {
        break outer;
      }
      seen.push(i * 10 + j);
    } while (j < 3);
    seen.push(-i);
  }
  return seen;
}

export function testContinueInsideDoWhileChecksTheCondition(): number[] {
  const seen: number[] = [];
  let count = 0;
  do {
    count++;
    if (count % 2 === 0) {
      continue;
    }
    seen.push(count);
  } while (count < 7);
  return seen;
}

export function testLabelledContinueOfDoWhileChecksTheCondition(): number[] {
  const seen: number[] = [];
  let count = 0;
  loop: do {
    count++;
    for (const step of [1, 2]) {
      if (count % 2 === 0) {
        continue loop;
      }
      seen.push(count * 10 + step);
    }
  } while (count < 5);
  return seen;
}

export function testBreakOutOfLabelledBlock(): string[] {
  const log: string[] = [];
  for (const value of [1, 2, 3]) {
    check: {
      log.push(`start ${value}`);
      if (value === 2) {
        break check;
      }
      log.push(`end ${value}`);
    }
    log.push(`after ${value}`);
  }
  return log;
}

export function testBreakLabelledBlockFromLoopInside(): string[] {
  const log: string[] = [];
  search: {
    for (const word of ["a", "bb", "ccc"]) {
      if (word.length === 2) {
        log.push(`found ${word}`);
        break search;
      }
    }
    log.push("not found");
  }
  log.push("done");
  return log;
}

export function testPlainContinueCrossingLabelledBlock(): number[] {
  const seen: number[] = [];
  for (let i = 0; i < 5; i++) {
    block: {
      if (i === 1) {
        break block;
      }
      if (i === 3) {
        continue;
      }
      seen.push(i);
    }
    seen.push(-i);
  }
  return seen;
}

export function testLabelledBreakOnOwnLoopIsPlain(): number[] {
  const seen: number[] = [];
  outer: for (const value of [1, 2, 3, 4]) {
    if (value === 3) {
      break outer;
    }
    seen.push(value);
  }
  return seen;
}

export function testBreakOuterThroughFinally(): string[] {
  const log: string[] = [];
  outer: for (const a of [1, 2]) {
    for (const b of [1, 2]) {
      try {
        if (b === 2) {
          break outer;
        }
        log.push(`body ${a}${b}`);
      } finally {
        log.push(`finally ${a}${b}`);
      }
    }
  }
  return log;
}

export function testLabelledLoopInsideLoopResetsItsFlag(): number[] {
  const seen: number[] = [];
  for (let round = 0; round < 3; round++) {
    inner: for (const a of [1, 2, 3]) {
      for (const b of [1, 2, 3]) {
        if (b === a) {
          continue inner;
        }
        if (a === 3 && round === 1) {
          break inner;
        }
        seen.push(round * 100 + a * 10 + b);
      }
    }
  }
  return seen;
}

function firstPair(grid: number[][], sum: number): number[] {
  let result: number[] = [];
  rows: for (const row of grid) {
    for (const left of row) {
      for (const right of row) {
        if (left + right === sum) {
          result = [left, right];
          break rows;
        }
      }
    }
  }
  return result;
}

export function testBreakThroughTwoLoopsInAFunction(): number[][] {
  return [
    firstPair(
      [
        [1, 2],
        [3, 4],
      ],
      7,
    ),
    firstPair([[5]], 1),
  ];
}
