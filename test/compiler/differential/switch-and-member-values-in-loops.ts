// This stop's own probes of its two new forms: increments of statics in field and static initializers
// (a comprehension at module level), a switch left from inside in a stepped for, a for…of over a
// generator (closed by a labelled break through the switch), member writes as callback values.
class Item {
  static nextId = 1;
  readonly id = Item.nextId++;
  static readonly firstIds = [1, 2].map(() => Item.nextId++);
  constructor(public name: string) {}
}
export function testIdsInFieldInitializers(): unknown {
  const a = new Item("a");
  const b = new Item("b");
  return [a.id, b.id, Item.firstIds, Item.nextId];
}
export function testForWithStepAndSwitch(): unknown {
  const out: string[] = [];
  for (let i = 0; i < 10; i += 3) {
    switch (i % 2) {
      case 0:
        if (i === 6) continue;
        out.push("even " + i);
        break;
      default:
        if (i > 5) break;
        out.push("odd " + i);
    }
    out.push("after " + i);
  }
  return out;
}
function* numbers(): Generator<number> {
  try {
    for (let i = 0; i < 5; i++) yield i;
  } finally {
    log.push("closed");
  }
}
const log: string[] = [];
export function testForOfGeneratorAndSwitch(): unknown {
  log.splice(0);
  outer: for (const n of numbers()) {
    switch (n) {
      case 1:
        if (n === 1) continue;
        break;
      case 3:
        if (n === 3) break outer;
        break;
      default:
        log.push("n" + n);
    }
  }
  return log;
}
export function testMemberValuesInCallbacks(): unknown {
  const counter = { hits: 0 };
  const totals = [5, 6].map((v) => (counter.hits += v));
  const flags = [1, 2, 3].filter(() => counter.hits++ % 2 === 0);
  return [totals, flags, counter];
}
