// Review S57C: construction code runs a callback another object keeps (a field, a parameter
// property, an object literal's member), through that object's method or a setter (through its
// `toString` or its iterator too: probes t04 and t07 of the review, left out here, as the statics
// check of the other fixtures, compiled together by the CLI test, would report there); the callback reads the instance before a field is set, either through a function
// kept for later that holds it or through where it escaped to. Node reads undefined; Python read
// None. Each is refused.
class Bus {
  listener: () => string = () => "";
  on(listener: () => string): void {
    this.listener = listener;
  }
  fire(): string {
    return this.listener();
  }
}
class Observer {
  later: string | null;
  seen = "";
  constructor(bus: Bus) {
    bus.on(() => String(this.later));
    this.seen = bus.fire();
    this.later = "x";
  }
}
class Holder {
  static kept: Kept | undefined;
  static assigned: Assigned | undefined;
  static literal: ThroughALiteral | undefined;
}
class Caller {
  constructor(private readonly callback: () => string) {}
  call(): string {
    return this.callback();
  }
}
const caller = new Caller(() => String(Holder.kept!.value));
class Kept {
  value: string | null;
  seen = "";
  constructor() {
    Holder.kept = this;
    this.seen = caller.call();
    this.value = "x";
  }
}
let written = "";
class Sink {
  constructor(private readonly onSet: (value: number) => void) {}
  set reading(value: number) {
    this.onSet(value);
  }
}
const sink = new Sink(() => {
  written = String(Holder.assigned!.amount);
});
class Assigned {
  amount: number | null;
  seen = "";
  constructor() {
    Holder.assigned = this;
    sink.reading = 1;
    this.seen = written;
    this.amount = 2;
  }
}
const literal = {
  read: (): string => "",
  run(): string {
    return this.read();
  },
};
literal.read = () => String(Holder.literal!.name);
class ThroughALiteral {
  name: string | null;
  seen = "";
  constructor() {
    Holder.literal = this;
    this.seen = literal.run();
    this.name = "x";
  }
}
export const made = [
  new Observer(new Bus()).seen,
  new Kept().seen,
  new Assigned().seen,
  new ThroughALiteral().seen,
];
