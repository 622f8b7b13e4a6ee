// Numbers as JavaScript prints and computes them.
export function testNumbersTour(): string[] {
  const out: string[] = [];
  const values: number[] = [0, -0, 1, 2.5, 1e21, 1e-7, 123456789012, 0.1 + 0.2, -1.5, 100, 2 ** 53, 1e300 * 10, 5e-324];
  for (const value of values) {
    out.push(String(value));
    out.push(`${value}`);
    out.push("n=" + value);
  }
  out.push(String(7 % 3), String(-7 % 3), String(7 % -3), String(5.5 % 2), String(-5.5 % 2));
  out.push(String(Math.round(2.5)), String(Math.round(-2.5)), String(Math.round(0.49999999999999994)), String(Math.round(-0.4)));
  out.push(String(Math.floor(-1.5)), String(Math.ceil(1.2)), String(Math.trunc(-1.7)), String(Math.abs(-3)));
  out.push(String(Math.max(1, 5, 3)), String(Math.min(4, -2)), String(Math.max()), String(Math.min(1, NaN)));
  out.push(String(10 / 4), String(1 / 0), String(-1 / 0), String(0 / 0), String(6 / 3));
  out.push(
    String(Number("  12 ")),
    String(Number("")),
    String(Number("0x1f")),
    String(Number("1e3")),
    String(Number("abc")),
    String(Number("12px")),
    String(Number(" -4.50 ")),
  );
  out.push(
    String(parseInt("42px")),
    String(parseInt("0x1A")),
    String(parseFloat("3.14abc")),
    String(parseInt("abc")),
    String(parseInt("-17", 10)),
    String(parseInt("ff", 16)),
  );
  out.push(String(Number.isInteger(5)), String(Number.isInteger(5.5)), String(Number.isInteger(5.0)), String(Number.MAX_SAFE_INTEGER));
  out.push(String(isNaN(NaN)), String(Number.isNaN(0 / 0)), String(Number.isFinite(1 / 0)));
  let counter = 0;
  counter += 2;
  counter *= 3;
  counter -= 1;
  counter++;
  out.push(`counter ${counter}`);
  return out;
}
