// JSON.stringify prints a null member and leaves an undefined one out; both are one None in Python,
// and the compiled printer tells the members whose None is undefined by their names. A name whose
// None is undefined in one object of the value and null in another is refused, also where an
// index signature gives every name, and beside a part typed `unknown` or a type parameter, which
// may hold a null of that name (parsed JSON) that the printer would leave out.
interface Draft {
  title: string;
  note?: string;
}
interface Published {
  title: string;
  note: string | null;
}
export function both(draft: Draft, published: Published): string {
  return JSON.stringify({ draft, published });
}

export function counted(counts: Record<string, number | undefined>, owner: string | null): string {
  return JSON.stringify({ counts, owner });
}

export function owned(counts: Record<string, number | null>, label?: string): string {
  return JSON.stringify({ counts, label });
}

interface Envelope {
  note?: string;
  payload: unknown;
}
export function wrapped(text: string): string {
  const envelope: Envelope = { payload: JSON.parse(text) };
  return JSON.stringify(envelope);
}

export function generic<T>(value: T, note?: string): string {
  return JSON.stringify({ value, note });
}
