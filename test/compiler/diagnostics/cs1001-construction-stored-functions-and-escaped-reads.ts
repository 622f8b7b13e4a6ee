// Review S56D: a function kept for later that holds the instance, called at once through where it
// was kept (an array's element, a list a callback walks, an object literal in a field); the escaped
// instance converted in another object's getter or by `map(String)`, destructured in a `for…of`;
// a field holding a constructor's parameter rewritten through a local holding the instance. Node
// reads undefined in each; Python read None. Each is refused.
const getters: (() => number)[] = [];
class ThroughAnElement {
  seen: string;
  later: number;
  constructor() {
    getters.push(() => this.later);
    this.seen = String(getters[0]!());
    this.later = 5;
  }
}
class ThroughACallback {
  handlers: (() => void)[] = [];
  seen = "";
  later: number;
  constructor() {
    this.handlers.push(() => {
      this.seen += String(this.later);
    });
    this.handlers.forEach((handler) => handler());
    this.later = 5;
  }
}
class ThroughALiteral {
  handlers = { go: (): number => this.later };
  seen = String(this.handlers.go());
  later = 5;
}
const labelled: Labelled[] = [];
const labels = {
  get first(): string {
    return String(labelled[0]);
  },
};
class Labelled {
  seen: string;
  later: number;
  constructor() {
    labelled.push(this);
    this.seen = labels.first;
    this.later = 5;
  }
  toString(): string {
    return "h" + String(this.later);
  }
}
const mapped: Mapped[] = [];
class Mapped {
  seen: string;
  later: number;
  constructor() {
    mapped.push(this);
    this.seen = mapped.map(String)[0]!;
    this.later = 5;
  }
  toString(): string {
    return "h" + String(this.later);
  }
}
const walked: Walked[] = [];
class Walked {
  seen: string;
  later: number;
  constructor() {
    walked.push(this);
    let text = "";
    for (const { later } of walked) {
      text += String(later);
    }
    this.seen = text;
    this.later = 5;
  }
}
class Rewritten {
  parent: Rewritten | null;
  seen: string;
  later: number;
  constructor(parent: Rewritten | null) {
    this.parent = parent;
    const me = this;
    me.parent = me;
    this.seen = String(this.parent!.later);
    this.later = 5;
  }
}
export function testA(): unknown {
  return [
    new ThroughAnElement().seen,
    new ThroughACallback().seen,
    new ThroughALiteral().seen,
    new Labelled().seen,
    new Mapped().seen,
    new Walked().seen,
    new Rewritten(null).seen,
  ];
}
