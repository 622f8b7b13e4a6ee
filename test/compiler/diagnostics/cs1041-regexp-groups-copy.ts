// A named group that took no part in a match is undefined in `match.groups`, None in Python: the
// groups object itself prints it as JavaScript does, a copy of it would print null. Each copy is refused.
const EITHER = /(?<first>x)|(?<second>y)/;

export function copies(text: string): unknown[] {
  const groups = EITHER.exec(text)?.groups ?? {};
  const spread = { ...groups };
  const values = Object.values(groups);
  const target: Record<string, string> = {};
  Object.assign(target, groups);
  const { first, ...rest } = groups;
  const typed: Record<string, string> = groups;
  return [spread, values, target, first, rest, { ...typed }];
}

export function replaced(text: string): string {
  return text.replace(EITHER, (matched: string, first: string, second: string, offset: number, input: string, groups: Record<string, string>) =>
    Object.entries(groups).join(","),
  );
}

// Reading the object itself is exact, and compiles.
export function reads(text: string): unknown[] {
  const groups = EITHER.exec(text)?.groups;
  return [JSON.stringify(groups), groups?.first ?? "none", Object.keys(groups ?? {}), groups !== undefined && "second" in groups];
}
