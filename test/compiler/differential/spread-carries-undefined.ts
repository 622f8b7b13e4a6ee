// A copy made by spreading an object that holds undefined members keeps them undefined: JSON
// leaves them out, as Node does, unless a later member or spread source replaces them (review S46B,
// N1: the copy printed `"skip":null`).
interface Config {
  host: string;
  note?: string;
  port?: number;
}
function update(base: Config, changes: Partial<Config>): Config {
  return { ...base, ...changes };
}
export function testSpreadCarriesUndefined(): unknown {
  const data = { a: 1, skip: undefined };
  const copy = { ...data, a: 2 };
  const replaced = { ...data, skip: null };
  const config: Config = { host: "h", note: undefined };
  const clone = { ...config };
  const overridden = { ...config, note: "n" };
  const laterSource = { note: null as string | null };
  const byLater = { ...config, ...laterSource };
  const changes: Partial<Config> = { port: undefined };
  const merged = update(config, changes);
  const maybe = undefined as { x?: number } | undefined;
  const withMaybe = { ...config, ...maybe };
  return [
    JSON.stringify(copy),
    JSON.stringify(replaced),
    JSON.stringify(clone),
    JSON.stringify(overridden),
    JSON.stringify(byLater),
    JSON.stringify(merged),
    JSON.stringify(withMaybe),
    Object.keys(copy),
    "skip" in copy,
  ];
}
