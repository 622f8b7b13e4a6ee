// Two blocks' `function g` (or `class K`, or a `const K` and a `class K`) in one function are one
// Python name: the later `def`/`class` replaces the earlier for the closures made in the first block.
// Overload signatures and their implementation are one function, and are not refused.
export function blockFunctions(): string {
  const makers: (() => number)[] = [];
  {
    function g(): number {
      return 1;
    }
    makers.push(() => g());
  }
  {
    function g(): number {
      return 2;
    }
    makers.push(() => g());
  }
  return makers.map((make) => make()).join(",");
}
export function blockClasses(): string {
  const makers: (() => number)[] = [];
  {
    class K {
      v = 1;
    }
    makers.push(() => new K().v);
  }
  {
    class K {
      v = 2;
    }
    makers.push(() => new K().v);
  }
  return makers.map((make) => make()).join(",");
}
export function constThenClass(): string {
  const readers: (() => string)[] = [];
  {
    const K = { v: "obj1" };
    readers.push(() => K.v);
  }
  {
    class K {
      static v = "cls2";
    }
    readers.push(() => K.v);
  }
  return readers.map((read) => read()).join(",");
}
export function overloaded(x: string): string;
export function overloaded(x: number): string;
export function overloaded(x: string | number): string {
  return String(x);
}
