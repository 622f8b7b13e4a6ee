// An optional member that a class instance lacks reads as undefined in JavaScript; a plain Python
// attribute read raised AttributeError (found by the seventh review: an interface's optional
// `flush?()` or `label?` that a class implementing it leaves out, and a `declare`d optional field).
interface Sink {
  write(line: string): string;
  flush?(): number;
  label?: string;
  onClose?: () => void;
  hits?: number;
}
class Named implements Sink {
  write(line: string): string {
    return `named ${line}`;
  }
}
class Structural {
  write(line: string): string {
    return `structural ${line}`;
  }
}
class Full implements Sink {
  label = "full";
  write(line: string): string {
    return `full ${line}`;
  }
  flush(): number {
    return 7;
  }
  onClose = (): void => {};
}
function sinks(): Sink[] {
  return [new Named(), new Structural(), new Full()];
}

export function testOptionalCallAndNullish(): string[] {
  return sinks().map((s) => `${s.write("x")} ${s.flush?.() ?? "no flush"} ${s.label ?? "no label"}`);
}

export function testTypeofAndTruthiness(): string[] {
  return sinks().map((s) => {
    let called = "not called";
    if (s.onClose) {
      s.onClose();
      called = "called";
    }
    return `${typeof s.onClose} ${typeof s.flush} ${typeof s.label} ${called} ${s.label === undefined}`;
  });
}

export function testWriteThenRead(): (string | number | undefined)[] {
  const s: Sink = new Named();
  const before = s.label;
  s.label = "set";
  s.hits = (s.hits ?? 0) + 1;
  s.hits = (s.hits ?? 0) + 1;
  return [before, s.label, s.hits];
}

export function testLogicalAssignment(): (string | number | undefined)[] {
  const s: Sink = new Structural();
  s.label ??= "first";
  s.label ??= "second";
  const t: Sink = new Named();
  t.hits ||= 5;
  return [s.label, t.hits];
}

export function testDestructuring(): string[] {
  return sinks().map((s) => {
    const { label, hits = -1 } = s;
    return `${label ?? "no label"} ${hits}`;
  });
}

export function testDestructuringAssignment(): string[] {
  let label: string | undefined = "before";
  let hits: number | undefined = 0;
  ({ label, hits = 3 } = new Named() as Sink);
  return [String(label), String(hits)];
}

function labelOf<T extends Sink>(sink: T): string {
  return sink.label ?? "none";
}
export function testThroughTypeParameter(): string[] {
  return [labelOf(new Named()), labelOf(new Full())];
}

abstract class Base implements Sink {
  write(line: string): string {
    return `base ${line}`;
  }
  describe(): string {
    return `${this.write("d")} ${(this as Sink).label ?? "no label"}`;
  }
}
class Derived extends Base {
  override write(line: string): string {
    return `derived ${line}`;
  }
}
export function testThroughAbstractBase(): string[] {
  const sink: Sink = new Derived();
  return [new Derived().describe(), String(sink.flush?.()), String(sink.hits)];
}

interface Player {
  play(): string;
  volume?: number;
}
class Quiet {
  play(): string {
    return "quiet";
  }
}
export function testTypeLiteralAndLiterals(): string[] {
  const players: { play(): string; title?: string }[] = [new Quiet(), { play: () => "literal", title: "t" }];
  const player: Player = new Quiet();
  return [...players.map((p) => `${p.play()} ${p.title ?? "untitled"}`), String(player.volume ?? "no volume")];
}

class WithDeclared {
  declare note?: string;
  abstractless = 1;
}
class Impl extends WithDeclared {}
export function testDeclaredOptionalField(): string[] {
  const impl = new Impl();
  const first = impl.note ?? "no-note";
  impl.note = "noted";
  return [first, impl.note, new WithDeclared().note ?? "unset"];
}

abstract class Shape {
  declare readonly origin?: string;
  declare area?: () => number;
  summary(): string {
    return `${this.origin ?? "nowhere"} ${this.area?.() ?? "no area"} ${typeof this.area}`;
  }
}
class Square extends Shape {}
class Circle extends Shape {
  override area = (): number => 3;
}
export function testDeclaredOptionalMembersOfABase(): string[] {
  return [new Square().summary(), new Circle().summary()];
}

class CodedError extends Error {
  declare code?: string;
}
export function testDeclaredFieldOfAnError(): string {
  const error = new CodedError("boom");
  return `${error.message} ${error.code ?? "no code"}`;
}

function labelled({ label = "default", hits }: Sink): string {
  return `${label} ${hits ?? 0}`;
}
export function testDestructuredParametersAndLoops(): string[] {
  const seen = sinks().map(labelled);
  for (const { label } of sinks()) {
    seen.push(label ?? "none");
  }
  return seen;
}

export function testNarrowedReads(): string[] {
  return sinks().map((s) => {
    const parts: string[] = [];
    if (s.label !== undefined) {
      parts.push(s.label.toUpperCase());
    }
    if (s.flush) {
      parts.push(String(s.flush()));
    }
    s.hits = 2;
    parts.push(String(s.hits * 2));
    return parts.join(" ");
  });
}
