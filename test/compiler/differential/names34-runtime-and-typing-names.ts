// A program's own classes spelled like the runtime's (`JsMap`, `JsSet`, `JsRegExp`) or like the typing
// names annotations use (`Iterator`, `Generator`, `Iterable`, `ClassVar`) keep both meanings: before, a
// class `JsMap` replaced the runtime's, and every `new Map(...)` of the module built the program's class.

class JsMap {
  size(): number {
    return 7;
  }
}

class JsSet {
  constructor(readonly label: string) {}
}

class JsRegExp {
  test(text: string): boolean {
    return text === "yes";
  }
}

class Iterator {
  constructor(public items: number[]) {}
  first(): number {
    return this.items[0] ?? -1;
  }
}

class Generator {
  static made = 0;
  make(): number {
    Generator.made += 1;
    return Generator.made;
  }
}

interface Iterable {
  count: number;
}

class ClassVar {
  static shared = "shared";
}

// Its annotation is typing's Iterator, beside the program's class of that name.
function* countdown(from: number): IterableIterator<number> {
  for (let n = from; n > 0; n--) {
    yield n;
  }
}

export function testRuntimeClassNames(): unknown[] {
  const map = new Map<string, number>([["a", 1]]);
  const set = new Set([1, 2, 2]);
  const pattern = /y.s/;
  return [map.size, set.size, pattern.test("yes"), new JsMap().size(), new JsSet("s").label, new JsRegExp().test("no")];
}

export function testTypingNames(): unknown[] {
  const iterable: Iterable = { count: 2 };
  const generator = new Generator();
  return [new Iterator([4, 5]).first(), [...countdown(3)], generator.make(), generator.make(), iterable.count, ClassVar.shared];
}
