// Review 20: a callback's parameter typed by an optional unknown or any parameter defaults to None, where Python raised TypeError for the missing argument.
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unused-vars -- callbacks typed by `any`, with parameters they leave unread, are what these cases are about */
type Leave = (user: string, reason?: unknown) => string;
function callWithOne(listener: Leave): string {
  return listener("solo");
}
export function testUnknownOptionalCallback(): string {
  return callWithOne((user, reason) => user + "!");
}
type LeaveAny = (user: string, reason?: any) => string;
function callWithOneAny(listener: LeaveAny): string {
  return listener("solo");
}
export function testAnyOptionalCallback(): string {
  return callWithOneAny((user, reason) => user + "?");
}
class Box<T> {
  constructor(public value: T) {}
  map<U>(f: (value: T, index?: number) => U): U {
    return f(this.value);
  }
}
export function testGenericOptional(): string {
  return new Box(3).map((v, i) => `${v}:${i}`);
}
export function testGenericOptional2(): string {
  return new Box("a").map((v, i) => `${v}:${i ?? -1}`);
}
interface Emitter {
  on(listener: (user: string, reason?: string) => void): void;
}
class E implements Emitter {
  heard: string[] = [];
  private ls: ((user: string, reason?: string) => void)[] = [];
  on(listener: (user: string, reason?: string) => void): void {
    this.ls.push(listener);
  }
  fire(): void {
    for (const l of this.ls) l("u");
  }
}
export function testMethodListener(): string[] {
  const e = new E();
  const heard: string[] = [];
  class Listener {
    onLeave(user: string, reason?: string): void {
      heard.push(user + (reason ?? "-"));
    }
  }
  const l = new Listener();
  e.on((u, r) => l.onLeave(u, r));
  e.on(function named(u: string, r: string | undefined) {
    heard.push(`${u}${r}`);
  });
  e.fire();
  return heard;
}
export function testVoidUnionParam(): string[] {
  function f(x: string | void, y: number | void): string {
    return `${typeof x}${typeof y}`;
  }
  return [f(), f("a"), f("a", 1)];
}
export function testDefaultsBeforeRequired(): string {
  function f(a: string | undefined, b: number): string {
    return `${a ?? "none"}-${b}`;
  }
  return f(undefined, 3) + f("x", 4);
}
export function testOptionalInGenerator(): number[] {
  function* gen(a: number, b: number | undefined): Generator<number> {
    yield a;
    yield b ?? -1;
  }
  const g: (a: number, b?: number) => Generator<number> = gen;
  return [...g(1)];
}
