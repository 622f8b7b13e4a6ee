// A class's statics may name the class inside its body (its name is bound there from the start, in
// Node as in Python); code outside it may name it once the class is made: after the class, or in
// a function the statics do not run (a test runs once the module is loaded).
export class Counter {
  static start = 1;
  static next = Counter.bump();
  static bump(): number {
    return Counter.start + 1;
  }
  static {
    Counter.start = Counter.next * 10;
  }
}
function describeCounter(): string {
  return `${Counter.start}/${Counter.next}`;
}
export class Reporter {
  static lines: string[] = [];
  static report(): string {
    return describeCounter();
  }
  static first = [1, 2].map((step) => Reporter.lines.length + step);
}
export function testNamedInsideTheBody(): unknown {
  return [Counter.start, Counter.next, Counter.bump(), describeCounter()];
}
export function testNamedAfterTheClass(): unknown {
  return [Reporter.first, Reporter.report()];
}
function early(): number {
  try {
    return Later.value;
  } catch (error) {
    return -1;
  }
}
export class Later {
  static value = 5;
}
export function testNamedOnceMade(): unknown {
  return early();
}
