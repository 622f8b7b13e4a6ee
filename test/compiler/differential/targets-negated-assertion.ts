// `-x!` negates the number JavaScript makes of the value: the `!` tells TypeScript the value is a
// number, but a value that is undefined (or null) at run time gives NaN (or -0), as `+x!` and
// `Number(x!)` give NaN (or 0).

interface Config {
  port?: number;
  retries: number | null;
}

function maybe(): number | undefined {
  return Math.random() > 2 ? 1 : undefined;
}

export function testNegatedAssertedValues(): string[] {
  const missing: number | undefined = maybe();
  const empty: number | null = Math.random() > 2 ? 1 : null;
  const present: number | undefined = Math.random() > 2 ? undefined : 4;
  const config: Config = JSON.parse('{"retries": null}') as Config;
  return [
    String(-missing!),
    String(1 / -empty!),
    String(-present!),
    String(-config.port!),
    String(1 / -config.retries!),
    String(-missing! * 2),
    String(+missing!),
    String(-maybe()!),
  ];
}
