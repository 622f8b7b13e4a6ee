// A class's instance field initializers run in the constructor (`__init__` in Python), a function
// of its own: a variable they write is written by a call (`new C()`), and the target of an
// assignment whose value constructs one is read before. The `nonlocal`/`global` they need and the
// constructor's own must both stand first in `__init__`.

export function testVariableWrittenByAFieldInitializer(): string[] {
  let j = 0;
  class Local {
    n = j++;
    s = "n" + String(this.n);
  }
  const loc = ["", "", ""];
  loc[j] += new Local().s;
  loc[j] += new Local().s;
  let key = "a";
  class Keyed {
    before = (key = "z");
  }
  const rec: Record<string, number> = { a: 1, z: 1 };
  rec[key]! += new Keyed().before.length;
  const counts = [0, 0, 0];
  let at = 0;
  class Mover {
    moved = (at = 2);
  }
  counts[at]! -= new Mover().moved;
  return [JSON.stringify(loc), String(j), JSON.stringify(rec), key, JSON.stringify(counts)];
}

export function testFieldReadsWhatTheConstructorWrites(): string[] {
  let key = "a";
  let count = 0;
  class Renamer {
    seen = key;
    counted = count++;
    constructor() {
      key = key + "b";
      count += 10;
    }
  }
  const first = new Renamer();
  const second = new Renamer();
  return [first.seen, second.seen, String(first.counted), String(second.counted), key, String(count)];
}

let ticket = 0;
class Ticket {
  id = ticket++;
  label = "t" + String(this.id);
}

let serial = 0;
let lastLabel = "";
class Stamped {
  stamp = serial;
  constructor(label: string) {
    serial += 1;
    lastLabel = label;
  }
}

export function testModuleVariableWrittenByAFieldInitializer(): string[] {
  ticket = 0;
  const out = ["", "", ""];
  out[ticket] += new Ticket().label;
  const rec: Record<number, string> = {};
  rec[ticket] = new Ticket().label;
  const stamps = [new Stamped("a").stamp, new Stamped("b").stamp];
  return [JSON.stringify(out), JSON.stringify(rec), String(ticket), JSON.stringify(stamps), lastLabel];
}
