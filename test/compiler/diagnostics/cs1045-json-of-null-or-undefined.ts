// A value whose members may be None as null in one place and as undefined in another: JSON writes the
// first and leaves the second out, and both are None in Python.
interface Mixed {
  note?: string | null;
}
interface Both {
  port?: number;
  value: number | null;
}
export function print(mixed: Mixed, both: Both[]): string[] {
  return [JSON.stringify(mixed), JSON.stringify({ both })];
}
