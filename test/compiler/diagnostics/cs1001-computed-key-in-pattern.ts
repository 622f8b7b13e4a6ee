// A computed key in a destructuring pattern whose value is known only at run time: refused (read
// `source[key]` into a variable). A literal computed key (`[\`a\`]`) is read as that key.
export function pick(record: Record<string, number>, key: string): number {
  const { [key]: value = 0 } = record;
  return value;
}
