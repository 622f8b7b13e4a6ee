// TypeScript keeps a variable's narrowing to null or undefined across calls (microsoft/TypeScript#9998):
// after `let cache = null; fill();` it types `cache` as null although fill's closure has set it.
// The truth of such a variable is read, not assumed false.

export function testLazyCacheSetByClosure(): string[] {
  const out: string[] = [];
  let cache: number[] | null = null;
  const fill = (): void => {
    cache = [1];
  };
  fill();
  out.push(cache ? "has" : "none");
  if (cache) {
    out.push("if has");
  }
  out.push(String(!cache));
  return out;
}

export function testUndefinedSetByClosureInConditionsAndValues(): unknown[] {
  const out: unknown[] = [];
  let y: string | undefined;
  const sety = (): void => {
    y = "w";
  };
  if (y === undefined) {
    sety();
    if (y) {
      out.push("truthy2");
    }
    out.push(y ? "t3" : "f3", !y, y || "dflt", y && "and");
    let turns = 0;
    while (!y && turns < 2) {
      out.push("turn");
      turns++;
    }
  }
  return out;
}

export function testSetByCallback(): unknown[] {
  let found: string | null = null;
  ["a", "b"].forEach((item) => {
    if (item === "b") {
      found = item;
    }
  });
  const emptyFound: string | null = null;
  let count: number | undefined;
  const setCount = (n: number): void => {
    count = n;
  };
  setCount(0);
  const zero = count || "zero";
  setCount(3);
  return [found ? `found ${String(found)}` : "none", found || "x", found && "y", emptyFound ? "e" : "no e", zero, count ? count : "none"];
}

export function testUnchangedNullStaysFalse(): unknown[] {
  let never: string | null = null;
  const other = (): number => 1;
  other();
  const result = [never ? "t" : "f", never || "dflt", never && "and", !never];
  never = "now";
  result.push(never ? "t" : "f");
  return result;
}
