// Code a construction runs that the check cannot tell, once the instance has escaped (review
// S58A): a class made from a value (F1), a generator resumed through a type that does not name it
// (F2), an interface's getter, a subclass's override or a class's `toString` behind a type that
// names neither (F3), a function's parameter default and a base class's constructor run by `new`
// (F4). Each may read the instance back from where it went before its field is set: Node reads
// undefined, Python read None. Each read below is refused.
class Probe {
  seen: string;
  constructor() {
    this.seen = String(made[0]!.madeLater);
  }
}
const made: MadeFromValue[] = [];
class MadeFromValue {
  madeLater: string | null;
  seen = "";
  constructor(kind: new () => Probe) {
    made.push(this);
    this.seen = new kind().seen;
    this.madeLater = "x";
  }
}

const resumed: Resumed[] = [];
function* reader(): Generator<string> {
  yield String(resumed[0]!.resumedLater);
}
class Resumed {
  resumedLater: string | null;
  seen = "";
  constructor(source: Iterable<string>) {
    resumed.push(this);
    for (const piece of source) this.seen += piece;
    this.resumedLater = "x";
  }
}

interface Shape {
  readonly outlineCaption: string;
  outlineArea(): number;
}
class Square implements Shape {
  constructor(private readonly captionSource: () => string) {}
  get outlineCaption(): string {
    return this.captionSource();
  }
  outlineArea(): number {
    return 1;
  }
}
const shaped: Shaped[] = [];
class Shaped {
  shapedLater: string | null;
  seen = "";
  constructor(shape: Shape) {
    shaped.push(this);
    this.seen = shape.outlineCaption;
    this.shapedLater = "x";
  }
}

class Formatter {
  formatHeadline(): string {
    return "plain";
  }
}
class CallbackFormatter extends Formatter {
  constructor(private readonly headlineSource: () => string) {
    super();
  }
  override formatHeadline(): string {
    return this.headlineSource();
  }
}
const formatted: Formatted[] = [];
class Formatted {
  formattedLater: string | null;
  seen = "";
  constructor(formatter: Formatter) {
    formatted.push(this);
    this.seen = formatter.formatHeadline();
    this.formattedLater = "x";
  }
}

const hooks: (() => string)[] = [];
function described(text: string = hooks[0]!()): string {
  return text;
}
const defaulted: Defaulted[] = [];
class Defaulted {
  defaultedLater: string | null;
  seen = "";
  constructor() {
    defaulted.push(this);
    this.seen = described();
    this.defaultedLater = "x";
  }
}

const tagHooks: (() => string)[] = [];
class Tag {
  text: string;
  constructor() {
    this.text = tagHooks[0]!();
  }
}
class Badge extends Tag {}
const badged: Badged[] = [];
class Badged {
  badgedLater: string | null;
  seen = "";
  constructor() {
    badged.push(this);
    this.seen = new Badge().text;
    this.badgedLater = "x";
  }
}

hooks.push(() => String(defaulted[0]!.defaultedLater));
tagHooks.push(() => String(badged[0]!.badgedLater));
export const seen = [
  new MadeFromValue(Probe).seen,
  new Resumed(reader()).seen,
  new Shaped(new Square(() => String(shaped[0]!.shapedLater))).seen,
  new Formatted(new CallbackFormatter(() => String(formatted[0]!.formattedLater))).seen,
  new Defaulted().seen,
  new Badged().seen,
];
