// JSON.stringify of a member an object literal gave undefined leaves it out, as Node does: a member
// whose value's type admits undefined and not null (an optional member read from an object that
// lacks it, `{ a: undefined }`, `cond ? "x" : undefined`, a getter, in a toJSON result, a Record
// literal) is marked where the literal is made; null prints null (review E1, F11: `"nickname":null`).
interface User {
  name: string;
  nickname?: string;
}
function toPayload(u: User): string {
  return JSON.stringify({ name: u.name, nickname: u.nickname });
}
export function testOptionalMember(): unknown {
  return toPayload({ name: "ann" });
}
export function testLiteralUndefined(): unknown {
  return JSON.stringify({ a: undefined, b: 1 });
}
export function testConditional(): unknown {
  const debug = false;
  return JSON.stringify({ level: "info", trace: debug ? "x" : undefined });
}
interface Row {
  id: number;
  note?: string;
  parent: string | null;
  tags: Record<string, number>;
}
export function testNested(): unknown {
  const rows: Row[] = [
    { id: 1, parent: null, tags: { a: 1 } },
    { id: 2, note: undefined, parent: "x", tags: {} },
  ];
  return JSON.stringify({ rows, count: rows.length }, null, 2);
}
export function testParsedNull(): unknown {
  const data = JSON.parse('{"id":3,"parent":null,"tags":{}}') as Row;
  return JSON.stringify(data);
}
class Point {
  constructor(
    readonly x: number,
    readonly label?: string,
  ) {}
  toJSON(): { x: number; label?: string } {
    return { x: this.x, label: this.label };
  }
}
export function testToJson(): unknown {
  return JSON.stringify([new Point(1), new Point(2, "b")]);
}
export function testGetter(): unknown {
  const o = {
    n: 1,
    get half(): number | undefined {
      return this.n > 1 ? this.n / 2 : undefined;
    },
  };
  return JSON.stringify(o);
}
export function testRecord(): unknown {
  const counts: Record<string, number | undefined> = { a: 1, b: undefined, c: 3 };
  return JSON.stringify([counts, { total: 4 }]);
}
interface Item {
  name: string;
  discount?: number | null;
}
export function testMemberAdmittingBoth(): unknown {
  // Absent, it is left out; null, it is printed (a None written as undefined would print null: see the docs).
  const items: Item[] = [{ name: "a" }, { name: "b", discount: null }, { name: "c", discount: 0.5 }];
  return [JSON.stringify(items), JSON.stringify(JSON.parse('{"name":"d","discount":null}') as Item)];
}
export function testAbsentAndUndefinedInArrays(): unknown {
  const notes: (string | undefined)[] = ["x", undefined];
  return JSON.stringify({ notes, first: notes[1] });
}
