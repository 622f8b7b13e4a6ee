// What construction runs without a call, review S58D: a getter read by a called function's
// parameter pattern or by a destructuring assignment, `String` given by name to the library, a
// tuple's `join`, `toSorted()` without comparator, and a `toJSON` in a record JSON.stringify
// prints nested. Each may read the instance back before its field is set: Node reads undefined,
// Python read None. Each read below is refused.
const parametered: ParameterRead[] = [];
class ParameterSource {
  get parameterCaption(): string {
    return String(parametered[0]!.parameterLater);
  }
}
function captionOf({ parameterCaption }: ParameterSource): string {
  return parameterCaption;
}
class ParameterRead {
  parameterLater: string | null;
  seen: string;
  constructor(source: ParameterSource) {
    parametered.push(this);
    this.seen = captionOf(source);
    this.parameterLater = "x";
  }
}

const readers: (() => string)[] = [];
class AssignedSource {
  get assignedCaption(): string {
    return readers[0]!();
  }
}
const assigned: AssignedRead[] = [];
class AssignedRead {
  assignedLater: string | null;
  seen = "";
  constructor(source: AssignedSource) {
    assigned.push(this);
    ({ assignedCaption: this.seen } = source);
    this.assignedLater = "x";
  }
}

class MappedText {
  toString(): string {
    return readers[1]!();
  }
}
const mapped: MappedRead[] = [];
class MappedRead {
  mappedLater: string | null;
  seen: string;
  constructor(value: MappedText) {
    mapped.push(this);
    this.seen = [value].map(String).join("|");
    this.mappedLater = "x";
  }
}

class TupleText {
  toString(): string {
    return readers[2]!();
  }
}
const tupled: TupleRead[] = [];
class TupleRead {
  tupleLater: string | null;
  seen: string;
  constructor(value: TupleText) {
    tupled.push(this);
    const pair: [TupleText, string] = [value, "a"];
    this.seen = pair.join("-");
    this.tupleLater = "x";
  }
}

class SortedText {
  toString(): string {
    return readers[3]!();
  }
}
const sorted: SortedRead[] = [];
class SortedRead {
  sortedLater: string | null;
  seen: string;
  constructor(value: SortedText) {
    sorted.push(this);
    this.seen = [value, value].toSorted().join();
    this.sortedLater = "x";
  }
}

class RecordJson {
  toJSON(): string {
    return readers[4]!();
  }
}
const recorded: RecordRead[] = [];
class RecordRead {
  recordLater: string | null;
  seen: string;
  constructor(value: RecordJson) {
    recorded.push(this);
    const byKey: Record<string, RecordJson> = { a: value };
    this.seen = JSON.stringify({ byKey });
    this.recordLater = "x";
  }
}

readers.push(
  () => String(assigned[0]!.assignedLater),
  () => String(mapped[0]!.mappedLater),
  () => String(tupled[0]!.tupleLater),
  () => String(sorted[0]!.sortedLater),
  () => String(recorded[0]!.recordLater),
);
export const seen = [
  new ParameterRead(new ParameterSource()).seen,
  new AssignedRead(new AssignedSource()).seen,
  new MappedRead(new MappedText()).seen,
  new TupleRead(new TupleText()).seen,
  new SortedRead(new SortedText()).seen,
  new RecordRead(new RecordJson()).seen,
];
