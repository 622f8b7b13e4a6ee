// A class instance indexed by a key known only at run time (`this[key]` with key a union of its
// field names): its members are attributes the compiler names, so the refusal says to read each by
// name or keep the values in a Record (review 19: the message named no alternative).
export class Version {
  constructor(
    readonly major: number,
    readonly minor: number,
  ) {}

  part(key: "major" | "minor"): number {
    return this[key];
  }
}

// An object literal with methods indexed by a key known only at run time: read with a dot, or typed
// as a Record (a literal key, `settings["size"]`, reads as the dot does).
export function greeting(key: "size" | "limit"): number {
  const settings = {
    greet(): number {
      return 1;
    },
    size: 2,
    limit: 3,
  };
  return settings.greet() + settings[key];
}
