// A program's own `type`, `cast` and `sys` hid the names the compiled code calls: the metaclass of
// static accessors is built with `type(...)`, values are read back through typing's `cast(...)`, and
// console.error writes to `sys.stderr` (review 12). They are renamed like `str` or `len`.
const type = "kind";

class Base {
  static n = 1;
}

class Labelled extends Base {
  static get label(): string {
    return type + Labelled.n;
  }
}

function cast(spell: string): string {
  return "cast " + spell;
}

class Single {
  static instance = new Single();
  hello(): string {
    return cast("hi");
  }
}

class Movie {
  rating = 3;
  label = `r${this.rating}`;
  constructor(
    public title: string,
    public cast: string[],
  ) {}
}

export function testTypeBesideStaticAccessors(): string[] {
  const make = (type: string): string => {
    class Local {
      static get kind(): string {
        return `${type}-local`;
      }
    }
    return Local.kind;
  };
  return [Labelled.label, type, make("a")];
}

export function testCastAsAFunctionAndAField(): unknown[] {
  // Declared keys: `&&=` as a value on a record's key that may be missing is refused (CS1013).
  const counts: { a: number; b: number } = { a: 0, b: 2 };
  const first = (counts["a"] &&= 5);
  const second = (counts["b"] &&= 7);
  const movie = new Movie("Alien", ["Weaver"]);
  return [first, second, cast("x"), Single.instance.hello(), movie.label, movie.cast.join(",")];
}

export function testSysAsAVariable(): string[] {
  const sys = { name: "linux" };
  console.error("to stderr", sys.name);
  return [sys.name];
}
