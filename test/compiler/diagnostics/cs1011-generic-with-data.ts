// `T & { id: number }` of an unconstrained T may be a class instance (its fields are attributes), so
// a member read on it is refused, as on `T` itself: narrow it to the data type, or constrain T.
export class Movie {
  constructor(
    public id: number,
    public title: string,
  ) {}
}

function hasId<T>(value: T, probe: (candidate: T) => boolean): value is T & { id: number } {
  return probe(value);
}

export function ids<T>(values: T[], probe: (candidate: T) => boolean): number[] {
  const out: number[] = [];
  for (const value of values) {
    if (hasId(value, probe)) {
      out.push(value.id);
    }
  }
  return out;
}
