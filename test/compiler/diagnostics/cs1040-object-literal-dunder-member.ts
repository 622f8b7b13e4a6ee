// A member of an object literal with methods is a Python attribute (`fooBar` is `foo_bar`); one
// named with a leading `__` would be Python's own (`__class__`, `__dict__`), so it is refused.
export const pythonsOwnName = {
  __class__: "custom",
  run(): number {
    return 1;
  },
};

export const privateLooking = {
  get __size(): number {
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
