// Functions, closures and classes: defaults, rest, arrows, nonlocal and global state, accessors.
let calls = 0;

function countCall(): number {
  calls += 1;
  return calls;
}

function greet(name: string, greeting = "Hello", ...rest: string[]): string {
  rest.push("!");
  return `${greeting}, ${name}${rest.join("")}`;
}

function withList(items: number[] = [1, 2]): number {
  items.push(3);
  return items.length;
}

function makeCounter(start: number): () => number {
  let count = start;
  const next = (): number => {
    count += 1;
    return count;
  };
  return next;
}

class Temperature {
  private celsius = 0;
  static readonly UNIT = "°C";

  get fahrenheit(): number {
    return this.celsius * 1.8 + 32;
  }

  set fahrenheit(value: number) {
    this.celsius = (value - 32) / 1.8;
  }

  static freezing(): Temperature {
    return new Temperature();
  }

  describe(): string {
    return `${Math.round(this.celsius)}${Temperature.UNIT}`;
  }
}

export function testFunctionsTour(): string[] {
  const out: string[] = [];
  countCall();
  countCall();
  out.push(`calls ${calls}`);
  out.push(greet("Ann"), greet("Bob", "Hi"), greet("Cy", "Yo", "?", "!"));
  out.push(String(withList()), String(withList()), String(withList([9])));
  const counter = makeCounter(10);
  counter();
  out.push(String(counter()));
  const double = (value: number): number => value * 2;
  out.push(String(double(21)));
  const temperature = Temperature.freezing();
  out.push(String(temperature.fahrenheit));
  temperature.fahrenheit = 212;
  out.push(temperature.describe(), String(temperature.fahrenheit));
  return out;
}
