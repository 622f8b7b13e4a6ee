// A member of an object literal with methods is a Python attribute (`fooBar` is `foo_bar`); one
// named like Python's own (`__class__`, `__dict__`) would be Python's, so it is refused (a `__size`
// is renamed, see classes-underscore-names.ts).
export const pythonsOwnName = {
  __class__: "custom",
  run(): number {
    return 1;
  },
};

// The same keys written later through a Record view are plain keys of the object, as in JavaScript.
export function writtenThroughARecord(): string {
  const object = {
    run(): number {
      return 1;
    },
  };
  const record = object as unknown as Record<string, unknown>;
  record["__class__"] = "custom";
  return JSON.stringify(record);
}
