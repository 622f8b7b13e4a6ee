// Destructured parameters and nested destructuring in for…of, with defaults and rest.
interface Options {
  name: string;
  size?: number;
  tags?: string[];
}

function describe({ name, size = 2, tags = [] }: Options, [x, y]: [number, number]): string {
  return `${name}:${size}:${tags.length}@${x},${y}`;
}

function withDefault({ a, b }: { a: number; b: number } = { a: 1, b: 2 }): number {
  return a * 10 + b;
}

function renamed({ name: label, size: measure = -1 }: Options): string {
  return `${label}/${measure}`;
}

function nested({ inner: { deep = "d" }, list: [first, ...others] }: { inner: { deep?: string }; list: number[] }): unknown[] {
  return [deep, first, others];
}

function objectRest({ name, ...rest }: Options): unknown {
  return [name, rest];
}

function arrayDefaults([a = 5, , c = 7]: (number | undefined)[]): number[] {
  return [a, c];
}

export function testObjectAndArrayParameters(): string[] {
  return [describe({ name: "x" }, [1, 2]), describe({ name: "y", size: 0, tags: ["t"] }, [3, 4])];
}

export function testWholeParameterDefault(): number[] {
  return [withDefault(), withDefault({ a: 3, b: 4 })];
}

export function testRenamedWithDefault(): string[] {
  return [renamed({ name: "n" }), renamed({ name: "m", size: 3 })];
}

export function testNestedPatternsAndRest(): unknown[] {
  return [nested({ inner: {}, list: [1, 2, 3] }), nested({ inner: { deep: "z" }, list: [] })];
}

export function testObjectRestParameter(): unknown {
  return [objectRest({ name: "a", size: 1, tags: [] }), objectRest({ name: "b" })];
}

export function testArrayDefaultsAndHoles(): number[][] {
  return [arrayDefaults([]), arrayDefaults([1, 2, 3]), arrayDefaults([undefined, 9, undefined])];
}

/** A value that does not have the type it claims (as data from outside may not). */
function lie<T>(value: unknown): T {
  return value as T;
}

export function testDestructuringNullThrows(): string {
  try {
    describe(lie<Options>(null), [1, 2]);
    return "no error";
  } catch {
    return "threw";
  }
}

export function testArrowWithDestructuredParameter(): unknown[] {
  const points = [
    { x: 1, y: 2 },
    { x: 3, y: 4 },
  ];
  const sums = points.map(({ x, y }) => x + y);
  const firsts = [
    [1, 2],
    [3, 4],
  ].map(([first]) => first);
  const big = points.filter(({ x }) => x > 1);
  const found = points.find(({ y }) => y === 4);
  let total = 0;
  points.forEach(({ x }) => {
    total += x;
  });
  return [sums, firsts, big, found, total];
}

class Painter {
  paint({ color, alpha = 1 }: { color: string; alpha?: number }): string {
    return `${color}/${alpha}`;
  }
}

export function testMethodWithDestructuredParameter(): string[] {
  const painter = new Painter();
  return [painter.paint({ color: "red" }), painter.paint({ color: "blue", alpha: 0.5 })];
}

export function testNestedDestructuringInForOfOverMap(): unknown[] {
  const map = new Map<string, { a: number; b?: string }>([
    ["one", { a: 1 }],
    ["two", { a: 2, b: "bee" }],
  ]);
  const seen: unknown[] = [];
  for (const [key, { a, b = "none" }] of map) {
    seen.push(`${key}=${a}/${b}`);
  }
  return seen;
}

export function testNestedDestructuringInForOfOverArray(): unknown[] {
  const rows: [string, number[]][] = [
    ["a", [1, 2, 3]],
    ["b", [4]],
  ];
  const seen: unknown[] = [];
  for (const [label, [head, ...tail]] of rows) {
    seen.push([label, head, tail]);
  }
  for (const { name, size = 0 } of [{ name: "p" }, { name: "q", size: 4 }] as Options[]) {
    seen.push(`${name}${size}`);
  }
  return seen;
}

export function testDefaultsReadEarlierParameters(): number[] {
  function area({ width, height = width }: { width: number; height?: number }, scale = width): number {
    return width * height * scale;
  }
  return [area({ width: 2 }), area({ width: 2, height: 3 }, 1)];
}
