/**
 * Reading the fields of Kodi's JSON-RPC answers. An answer is untrusted input: a field of the
 * wrong type reads as the empty value (or the caller's fallback) instead of failing the read.
 */

/** A text field; "" when it is missing or not text. */
export function readText(fields: Record<string, unknown>, key: string): string {
  const value = fields[key];
  return typeof value === "string" ? value : "";
}

/** A finite number field; `fallback` when it is missing or not one. */
export function readNumber(fields: Record<string, unknown>, key: string, fallback: number): number {
  const value = fields[key];
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

/** The entries of a listed array that `read` makes sense of; none when the answer has no array. */
export function readEntries<T extends object>(listed: unknown, read: (entry: unknown) => T | null): T[] {
  const entries: T[] = [];
  if (!Array.isArray(listed)) {
    return entries;
  }
  for (const entry of listed) {
    const value = read(entry);
    if (value !== null) {
      entries.push(value);
    }
  }
  return entries;
}
