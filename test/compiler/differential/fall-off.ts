// The end of a function TypeScript proves unreachable: reached only by data that lies about its
// type, where JavaScript returns undefined and so must the compiled Python.
type Shape = { kind: "square"; side: number } | { kind: "circle"; radius: number };

function area(shape: Shape): number {
  switch (shape.kind) {
    case "square":
      return shape.side * shape.side;
    case "circle":
      return 3 * shape.radius * shape.radius;
  }
}

function firstPositive(values: number[]): number {
  for (;;) {
    const value = values.shift();
    if (value === undefined) {
      throw new Error("none");
    }
    if (value > 0) {
      return value;
    }
  }
}

function guarded(kind: "x" | "y"): string {
  try {
    switch (kind) {
      case "x":
        return "ex";
      case "y":
        return "why";
    }
  } finally {
    kind = "x";
  }
}

export function testExhaustiveSwitchReturns(): number[] {
  return [area({ kind: "square", side: 2 }), area({ kind: "circle", radius: 1 })];
}

export function testExhaustiveSwitchWithBadDataReturnsUndefined(): boolean {
  return area({ kind: "triangle" } as unknown as Shape) === undefined;
}

export function testEndlessForReturnsOrThrows(): number[] {
  const found = [firstPositive([-1, 0, 4]), firstPositive([7])];
  try {
    firstPositive([-1]);
  } catch {
    found.push(-99);
  }
  return found;
}

export function testSwitchInsideTryFinally(): (string | null)[] {
  return [guarded("x"), guarded("y"), guarded("z" as "x") ?? null];
}

export function testArrowWithExhaustiveSwitch(): (number | null)[] {
  const size = (shape: Shape): number => {
    switch (shape.kind) {
      case "square":
        return shape.side;
      case "circle":
        return shape.radius;
    }
  };
  return [size({ kind: "square", side: 5 }), size({ kind: "circle", radius: 6 }), size({ kind: "hexagon" } as unknown as Shape) ?? null];
}

class Describer {
  describe(shape: Shape): string {
    switch (shape.kind) {
      case "square":
        return "four sides";
      case "circle":
        return "round";
    }
  }
}

export function testMethodWithExhaustiveSwitch(): (string | null)[] {
  const describer = new Describer();
  return [describer.describe({ kind: "circle", radius: 1 }), describer.describe({ kind: "blob" } as unknown as Shape) ?? null];
}

function nullableName(shape: Shape): string | null {
  switch (shape.kind) {
    case "square":
      return "square";
    case "circle":
      return null;
  }
}

// Falling off gives undefined, which the declared `string | null` does not admit: only `== null` can ask
// about it (`=== undefined` on that type is CS1043, see cs1043-null-or-undefined-comparison.ts).
export function testNullableReturnFallsOffAsNone(): unknown[] {
  return [nullableName({ kind: "square", side: 1 }), nullableName({ kind: "circle", radius: 1 }), nullableName({ kind: "oval" } as unknown as Shape) == null];
}
