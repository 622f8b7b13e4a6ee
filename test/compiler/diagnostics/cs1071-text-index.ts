// An array's or a string's element by a key that is not a number: JavaScript reads the key as a
// property name ("2" is the element 2, "02" none), where the compiled read takes a number.
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment */
export function pick(raw: string): (number | string | undefined)[] {
  const key: any = JSON.parse(raw);
  const values = [10, 20, 30];
  values["1"] = 5;
  return [values["2"], values[key], "abc"["1"]];
}
