// Review 24B F10: a function-typed property that a class implements with a method using `this`,
// read through the interface without a call, is refused (CS1036); what its message advises (an
// arrow field) compiles and matches Node, and so does an implementation that keeps no `this`.
interface Formatter {
  format: (value: number) => string;
  name(): string;
}
class ArrowMoney implements Formatter {
  currency = "$";
  format = (value: number): string => this.currency + String(value);
  name(): string {
    return "arrow";
  }
}
class PlainMoney implements Formatter {
  format(value: number): string {
    return "€" + String(value);
  }
  name(): string {
    return "plain";
  }
}
function formatAll(formatter: Formatter, values: number[]): string[] {
  const { format } = formatter;
  return [formatter.name(), ...values.map(formatter.format), format(0)];
}
export function testArrowFieldKeepsItsObject(): string[] {
  return formatAll(new ArrowMoney(), [1, 2]);
}
export function testMethodWithoutThis(): string[] {
  return formatAll(new PlainMoney(), [3]);
}
