// `target += text` where the target may hold undefined or null: JavaScript appends to the text
// "undefined" or "null", as `target = target + text` does. Optional fields, `string | undefined`
// variables, an optional interface member a class leaves out, data objects' optional members and
// entries declared to admit undefined.

interface Sink {
  label?: string;
  write(text: string): void;
}

class Console2 implements Sink {
  lines: string[] = [];
  write(text: string): void {
    this.lines.push(text);
  }
}

class Accumulator {
  label?: string;
  note: string | undefined;
  empty: string | null = null;
  fill(): void {
    this.label = "label";
    this.note = "note";
  }
}

interface Data {
  label?: string;
  count: number;
}

function piece(): string {
  return "p";
}

export function testOptionalFieldsAndVariables(): string[] {
  const accumulator = new Accumulator();
  accumulator.label += "x";
  accumulator.note += piece();
  accumulator.empty += "n";
  let loose: string | undefined = Math.random() > 2 ? "" : undefined;
  loose += "z";
  let narrowed: string | undefined = "s";
  narrowed += "t";
  let late: string | null = Math.random() > 2 ? "" : null;
  late += "!";
  return [String(accumulator.label), String(accumulator.note), String(accumulator.empty), String(loose), String(narrowed), String(late)];
}

export function testMemberAClassLeavesOut(): string[] {
  const sink: Sink = new Console2();
  sink.label += "x";
  sink.label += "y";
  const data: Data = { count: 1 };
  data.label += "d";
  const copies: Data[] = [{ count: 2 }];
  copies[0]!.label += piece();
  return [String(sink.label), JSON.stringify(data), JSON.stringify(copies)];
}

export function testEntriesThatAdmitUndefined(): string[] {
  const record: Record<string, string | undefined> = { a: undefined, c: "c" };
  record["a"] += "1";
  record["b"] += "2";
  record["c"] += "3";
  const cells: (string | undefined)[] = [undefined, "b"];
  cells[0] += "e";
  cells[1] += "f";
  const plain = ["a"];
  plain[0] += "q";
  return [JSON.stringify(record), JSON.stringify(cells), JSON.stringify(plain)];
}
