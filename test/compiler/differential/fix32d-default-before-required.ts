// TypeScript allows a parameter with a default before a required one (the Redux reducer's
// `(state = initial, action)`); a caller reaches the default by passing undefined.

interface State {
  count: number;
}
interface Action {
  type: string;
}
const initial: State = { count: 0 };

function reducer(state: State = initial, action: Action): State {
  return action.type === "inc" ? { count: state.count + 1 } : state;
}

function add(a: number = 10, b: number): number {
  return a + b;
}

function area({ w, h }: { w: number; h: number } = { w: 1, h: 1 }, unit: string): string {
  return `${w * h}${unit}`;
}

function pick([a, b]: number[] = [9, 8], label: string): string {
  return `${label}${a}${b}`;
}

function tail(first: string = "x", second: string, third: string = "z", ...rest: string[]): string {
  return [first, second, third, ...rest].join("-");
}

class Range {
  constructor(
    public start: number = 5,
    public label: string,
  ) {}
  describe(prefix: string = "<", suffix: string): string {
    return `${prefix}${this.label}${this.start}${suffix}`;
  }
}

const scale = (factor: number = 2, value: number): number => factor * value;
const maybe = (a: number | undefined = undefined, b: number): string => `${a}${b}`;

export function testDefaultBeforeRequired(): unknown[] {
  let state = reducer(undefined, { type: "inc" });
  state = reducer(state, { type: "inc" });
  state = reducer(state, { type: "noop" });
  return [
    state.count,
    add(undefined, 2),
    add(1, 2),
    area(undefined, "m2"),
    area({ w: 2, h: 3 }, "cm2"),
    pick(undefined, "p"),
    pick([1, 2], "q"),
    tail(undefined, "b"),
    tail("a", "b", undefined, "d", "e"),
    new Range(undefined, "r").describe(undefined, ">"),
    new Range(1, "s").describe("[", "]"),
    scale(undefined, 4),
    scale(3, 4),
    maybe(undefined, 1),
    maybe(2, 1),
  ];
}
