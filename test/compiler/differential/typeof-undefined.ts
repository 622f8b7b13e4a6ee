// `typeof` of a value whose type allows undefined but not null: None is undefined there ("undefined"),
// where a type allowing null gives "object" as JavaScript does for null.
interface Options {
  limit?: number;
  name: string | null;
}

export function testTypeofAbsentOptionalMember(): string[] {
  const options: Options = { name: null };
  return [typeof options.limit, typeof options.name];
}

export function testTypeofComparedWithObject(): boolean[] {
  const options: Options = { name: null };
  return [typeof options.limit === "object", typeof options.name === "object", typeof options.limit === "number"];
}

export function testTypeofOfUndefinedParameter(): string[] {
  const kind = (value?: string): string => typeof value;
  return [kind(), kind("x")];
}

export function testTypeofPresentOptionalMember(): string {
  const options: Options = { limit: 3, name: "n" };
  return typeof options.limit;
}
