// JSON.stringify prints a null member and leaves an undefined one out; both are one None in Python,
// and the compiled printer tells the members whose None is undefined by their names. A name whose
// None is undefined in one object of the value and null in another is refused, also where an
// index signature gives every name.
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
