// `Object.assign({}, source)` where the source is an object literal with methods or accessors: the
// new object has the source's members (TypeScript types it so), read as attributes; its copied
// methods see the new object as `this`, its getters were read once and copied as data.

export function testCopyOfObjectWithMethods(): string[] {
  const o = {
    n: 1,
    m(): number {
      return this.n + 1;
    },
    get g(): number {
      return this.n * 10;
    },
  };
  const d = Object.assign({}, o);
  const out = [`${d.n} ${d.m()} ${d.g}`];
  d.n = 7;
  out.push(`${d.n} ${d.m()} ${d.g} ${o.n} ${o.m()} ${o.g}`);
  out.push(`${Object.keys(d).join(",")} ${JSON.stringify(d)}`);
  return out;
}

interface Counter {
  count: number;
  stepSize: number;
  bump(): number;
}

export function testTargetWithDataAndLaterSources(): string[] {
  const base = {
    count: 0,
    stepSize: 2,
    bump(): number {
      this.count += this.stepSize;
      return this.count;
    },
  };
  const c: Counter = Object.assign({ count: 10, extra: "x" }, base, { stepSize: 5 });
  const out = [`${c.bump()} ${c.bump()} ${base.count} ${c.stepSize}`];
  out.push(Object.keys(c).join(","));
  const again = Object.assign({}, base);
  out.push(`${again.bump()} ${again.count} ${base.count} ${JSON.stringify(again)}`);
  return out;
}

interface Named {
  name: string;
  label: string;
  describe(): string;
}

function show(x: Named): string {
  return `${x.name}/${x.label}/${x.describe()}`;
}

export function testDataAndBehaviourSources(): string[] {
  const data = { name: "data", label: "L" };
  const behaviour = {
    name: "behaviour",
    describe(): string {
      return "I am " + this.name;
    },
  };
  const both = Object.assign({}, data, behaviour);
  const reversed = Object.assign({}, behaviour, data);
  return [show(both), show(reversed), Object.keys(both).join(","), Object.keys(reversed).join(",")];
}

export function testGettersReadAfterEveryArgument(): string[] {
  const log: string[] = [];
  let reads = 0;
  const o = {
    get first(): number {
      reads += 1;
      log.push("getter");
      return reads;
    },
    twice(): number {
      return this.first * 2;
    },
  };
  const next = (): { later: number } => {
    log.push(`argument after ${reads} reads`);
    return { later: reads };
  };
  const d: { first: number; later: number; twice(): number } = Object.assign({}, o, next());
  log.push(`${d.first} ${d.later} ${d.twice()} ${reads}`);
  return log;
}

export function testMissingSource(): string[] {
  const maybe =
    Math.random() > 2
      ? {
          n: 1,
          m(): number {
            return 1;
          },
        }
      : undefined;
  const o = {
    k: 3,
    m(): number {
      return this.k;
    },
  };
  const d: { k: number; m(): number } = Object.assign({}, maybe, o);
  return [`${d.k} ${d.m()} ${Object.keys(d).join(",")}`];
}
