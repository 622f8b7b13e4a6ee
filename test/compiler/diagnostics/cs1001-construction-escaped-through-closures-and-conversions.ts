// An instance let go inside a function kept for later (`registry.push(() => this)`), or converted
// to text or JSON through where it went (its own toString or toJSON reading a field not set yet),
// or read through a cast to a record (review S56C, S3, S4, S5): Node reads undefined, Python None.
const makers: (() => Made)[] = [];
class Made {
  seen: string;
  later: number;
  constructor() {
    makers.push(() => this);
    this.seen = String(makers[0]!().later);
    this.later = 5;
  }
}
const texts: Texted[] = [];
class Texted {
  seen: string;
  later: number;
  constructor() {
    texts.push(this);
    this.seen = String(texts[0]);
    this.later = 5;
  }
  toString(): string {
    return "h" + this.later;
  }
}
const printed: Printed[] = [];
class Printed {
  seen: string;
  later: number;
  constructor() {
    printed.push(this);
    this.seen = JSON.stringify(printed);
    this.later = 5;
  }
  toJSON(): string {
    return "h" + this.later;
  }
}
const records: object[] = [];
class Recorded {
  seen: string;
  later: number;
  constructor() {
    records.push(this);
    const record = records[0] as Record<string, number>;
    this.seen = String(record["later"]);
    this.later = 5;
  }
}
export function testA(): unknown {
  return [new Made().seen, new Texted().seen, new Printed().seen, new Recorded().seen];
}
