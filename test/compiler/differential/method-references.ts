// Methods used without being read as values (CS1036 refuses that): called through an interface,
// tested for presence, a static method that does not use `this` passed as a
// callback, and a wrapper arrow that keeps `this`.
interface Greeter {
  greet(name: string): string;
  farewell?(name: string): string;
}

class Polite implements Greeter {
  constructor(private readonly title: string) {}
  greet(name: string): string {
    return `Hello, ${this.title} ${name}`;
  }
  static shout(text: string): string {
    return text.toUpperCase();
  }
}

export function testCallThroughInterface(): string {
  const greeter: Greeter = new Polite("Dr");
  return greeter.greet("Who");
}

export function testPresenceOfOptionalMethod(): unknown[] {
  const plain: Greeter = { greet: (name) => "hi " + name };
  const full: Greeter = {
    greet: (name) => "hi " + name,
    farewell(name) {
      return "bye " + name;
    },
  };
  return [typeof plain.farewell, !plain.farewell, plain.farewell === undefined, full.farewell ? full.farewell("x") : "none", typeof full.greet === "function"];
}

export function testStaticMethodWithoutThisAsCallback(): string[] {
  return ["a", "b"].map(Polite.shout);
}

export function testWrapperArrowKeepsThis(): string[] {
  const greeter = new Polite("Ms");
  return ["Ada", "Grace"].map((name) => greeter.greet(name));
}
