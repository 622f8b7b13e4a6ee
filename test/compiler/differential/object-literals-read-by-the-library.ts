// Object literals with getters and methods, read by the library as JavaScript reads them (review
// S59C, A, B and D): an object rest reads the keys its pattern took once (the pattern's read),
// never again for the rest; a key a getter deletes before its turn is skipped by Object.entries,
// Object.values, Object.assign and JSON.stringify, as JavaScript skips a key that is no longer
// own; a method Object.values or Object.entries gives is called without its object (`this`
// undefined: TypeError as soon as it reads a member), and one that reads no member runs.
let restReads = 0;
const counted = {
  a: 1,
  get b(): number {
    restReads++;
    return 2;
  },
  c: 3,
};

function split(record: Record<string, number>): unknown {
  const { b, ...rest } = record;
  return [b, rest];
}

export function testRestReadsTheTakenGetterOnce(): unknown {
  restReads = 0;
  const out = split(counted);
  return [out, restReads];
}

function splitGeneric<T extends { b: number }>(value: T): unknown {
  const { b, ...rest } = value;
  return [b, JSON.stringify(rest)];
}

export function testRestOfATypeParameterReadsItOnce(): unknown {
  restReads = 0;
  const out = splitGeneric(counted);
  return [out, restReads];
}

export function testRestInALoopAndAnAssignment(): unknown {
  restReads = 0;
  const list: Record<string, number>[] = [counted, counted];
  const out: unknown[] = [];
  for (const { b, ...rest } of list) {
    out.push(b, Object.keys(rest));
  }
  let taken: number | undefined;
  let rest: Record<string, number>;
  const record: Record<string, number> = counted;
  // A destructuring assignment to variables declared before it, which is what the case tests.
  // eslint-disable-next-line prefer-const
  ({ b: taken, ...rest } = record);
  return [out, taken, rest, restReads];
}

/** An object literal whose getter `a` deletes the key `deleted` before the library reads it. */
function shrinking(deleted: string): Record<string, number> {
  const record: Record<string, number> = {
    get a(): number {
      delete record[deleted];
      return 1;
    },
    b: 2,
    c: 3,
  };
  return record;
}

export function testJsonSkipsAKeyAGetterDeleted(): unknown {
  return JSON.stringify(shrinking("b"));
}

export function testEntriesSkipAKeyAGetterDeleted(): unknown {
  return Object.entries(shrinking("b"));
}

export function testValuesSkipAKeyAGetterDeleted(): unknown {
  return Object.values(shrinking("c"));
}

export function testAssignSkipsAKeyAGetterDeleted(): unknown {
  return Object.assign({}, shrinking("b"));
}

const counter = {
  count: 4,
  next(): number {
    return this.count + 1;
  },
  label(): string {
    return "counter";
  },
};

export function testMethodsTakenByValuesAreFunctions(): unknown {
  return [Object.values(counter).map((value) => typeof value), Object.entries(counter).length];
}

export function testAMethodTakenByValuesRunsWithoutItsObject(): unknown {
  const next = Object.values(counter)[1] as () => number;
  const label = Object.values(counter)[2] as () => string;
  let outcome: string;
  try {
    outcome = String(next());
  } catch (error) {
    outcome = error instanceof TypeError ? "TypeError" : "other";
  }
  return [outcome, label(), counter.next()];
}

export function testAMethodTakenByEntriesRunsWithoutItsObject(): unknown {
  const outcomes: string[] = [];
  for (const [key, value] of Object.entries({ ...counter })) {
    if (typeof value === "function") {
      try {
        outcomes.push(`${key}=${String((value as () => string | number)())}`);
      } catch (error) {
        outcomes.push(`${key} threw ${error instanceof TypeError}`);
      }
    }
  }
  return outcomes;
}
