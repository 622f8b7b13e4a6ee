// A function called with fewer arguments than it has parameters: JavaScript passes undefined, where
// Python raised TypeError for the missing positional. TypeScript allows it where the function
// stands for a type whose parameter is optional or a rest (a callback typed by its context, a
// typed event emitter's listeners), and where the parameter's own type admits undefined (review 19).
// One standing for a rest without `?` is refused (see the diagnostics): its type says it is there.

type Leave = (user: string, reason?: string) => string;

function callWithOne(listener: Leave): string {
  return listener("solo");
}

export function testCallbackTypedByAnOptionalParameter(): string[] {
  const stored: Leave = (user, reason) => `${user}:${reason ?? "none"}`;
  return [
    callWithOne((user, reason) => `${user}:${reason ?? "none"}`),
    callWithOne(function (user, reason) {
      return `${user}/${String(reason)}`;
    }),
    stored("ann"),
    stored("bo", "bye"),
  ];
}

type LeaveArguments = [user: string, reason?: string];

class LeaveEmitter {
  private listeners: ((...args: LeaveArguments) => void)[] = [];
  on(listener: (...args: LeaveArguments) => void): void {
    this.listeners.push(listener);
  }
  emit(...args: LeaveArguments): void {
    for (const listener of this.listeners) {
      listener(...args);
    }
  }
}

export function testTypedEventEmitter(): string[] {
  const heard: string[] = [];
  const emitter = new LeaveEmitter();
  emitter.on((user, reason) => heard.push(`${user} left: ${reason ?? "no reason"}`));
  emitter.on((user) => heard.push(`${user} seen`));
  emitter.emit("ann");
  emitter.emit("bo", "late");
  return heard;
}

export function testCallbackForARestParameter(): string[] {
  const run = (format: (...parts: string[]) => string): string[] => [format("a"), format("a", "b"), format()];
  return run((first?, second?) => `${first ?? "-"}+${second ?? "-"}`);
}

interface Greeter {
  greet(name: string, title?: string): string;
}

class PlainGreeter implements Greeter {
  greet(name: string, title: string | undefined): string {
    return title === undefined ? `hi ${name}` : `hi ${title} ${name}`;
  }
}

function declaredHandler(user: string, reason: string | undefined): string {
  return `${user}=${reason === undefined ? "?" : reason}`;
}

export function testParametersThatAdmitUndefined(): string[] {
  const greeter: Greeter = new PlainGreeter();
  const literal: Greeter = {
    greet(name, title) {
      return `${title ?? "dear"} ${name}`;
    },
  };
  return [greeter.greet("ann"), greeter.greet("bo", "dr"), literal.greet("cy"), callWithOne(declaredHandler)];
}

export function testBlockCallbackForARestParameter(): string[] {
  const run = (format: (...parts: string[]) => string): string[] => [format("ab"), format("ab", "cde")];
  return run((first?, second?) => {
    const label = `${first?.length}`;
    return second === undefined ? label : `${label}+${second.length}`;
  });
}

export function testCallbackForAVariadicTuple(): string[] {
  const run = (format: (...parts: [string, ...number[]]) => string): string[] => [format("a"), format("b", 1), format("c", 1, 2)];
  return run((label, first?, second?) => `${label}:${first ?? "-"}:${second ?? "-"}`);
}

class Signal<T> {
  private handlers: ((value: T) => void)[] = [];
  on(handler: (value: T) => void): void {
    this.handlers.push(handler);
  }
  emit(value: T): void {
    for (const handler of this.handlers) {
      handler(value);
    }
  }
}

function kindOf(value: number | void): string {
  return typeof value;
}

export function testParametersTypedVoidLeftOut(): unknown[] {
  let fired = 0;
  const ready = new Signal<void>();
  ready.on(() => {
    fired += 1;
  });
  ready.emit();
  ready.emit();
  return [fired, kindOf(), kindOf(2)];
}
