// An object literal with methods or accessors (a runtime JsObject) reached through a Record view:
// one JavaScript key is one property, whatever Python attribute a member of the literal has
// (`fooBar` is the attribute `foo_bar`, yet the key "foo_bar" is another property).

function counter(): { fooBar: number; read(): number } {
  return {
    fooBar: 1,
    read(): number {
      return this.fooBar;
    },
  };
}

export function testKeyNamedLikeAMembersAttributeIsANewProperty(): unknown[] {
  const literal = counter();
  const record = literal as unknown as Record<string, unknown>;
  record["foo_bar"] = 7;
  const afterSnakeKey = [literal.fooBar, literal.read(), JSON.stringify(record)];
  record["fooBar"] = 9;
  return [afterSnakeKey, literal.fooBar, literal.read(), JSON.stringify(record), Object.keys(record), record["foo_bar"]];
}

export function testMemberWriteLeavesTheSnakeKeyAlone(): unknown[] {
  const literal = counter();
  const record = literal as unknown as Record<string, unknown>;
  record["foo_bar"] = "other";
  literal.fooBar = 5;
  return [record["foo_bar"], record["fooBar"], literal.read(), Object.values(record).filter((value) => typeof value !== "function")];
}

export function testDeleteAndInKeepTheTwoKeysApart(): unknown[] {
  const literal = counter();
  const record = literal as unknown as Record<string, unknown>;
  record["foo_bar"] = 3;
  delete record["foo_bar"];
  const afterFirst = ["foo_bar" in record, "fooBar" in record, literal.fooBar];
  record["foo_bar"] = 4;
  delete record["fooBar"];
  return [afterFirst, "foo_bar" in record, "fooBar" in record, literal.fooBar ?? "absent", JSON.stringify(record)];
}

export function testKeysNamedLikePythonInternals(): unknown[] {
  const literal = counter();
  const record = literal as unknown as Record<string, unknown>;
  for (const key of ["__class__", "__dict__", "_js_names", "_js_extra", "_js_accessors", "__init__", "get", "keys", "values", "items", "__getattr__"]) {
    record[key] = key.length;
  }
  const read = ["__class__", "__dict__", "_js_names", "get", "keys", "items"].map((key) => record[key]);
  delete record["__dict__"];
  return [read, Object.keys(record), JSON.stringify(record), literal.read(), "__dict__" in record, Object.entries(record).length];
}

export function testIntegerLikeKeysComeFirst(): unknown[] {
  const literal = {
    b: 1,
    describe(): string {
      return "x";
    },
  };
  const record = literal as unknown as Record<string, unknown>;
  record["10"] = "ten";
  record["a"] = "a";
  record["2"] = "two";
  record["01"] = "zero-one";
  record["-1"] = "minus";
  record["4294967295"] = "beyond";
  record["4294967294"] = "last index";
  record["1.5"] = "fraction";
  return [
    Object.keys(record),
    JSON.stringify(record),
    Object.entries(record)
      .map(([key]) => key)
      .join(","),
  ];
}

export function testGettersAndSettersThroughKeys(): unknown[] {
  const log: string[] = [];
  let stored = 2;
  const literal = {
    get sizeInBytes(): number {
      log.push("get");
      return stored;
    },
    set sizeInBytes(value: number) {
      log.push(`set ${value}`);
      stored = value;
    },
    get readOnlyValue(): number {
      return 1;
    },
  };
  const record = literal as unknown as Record<string, unknown>;
  record["sizeInBytes"] = 5;
  record["size_in_bytes"] = 6;
  const read = [record["sizeInBytes"], record["size_in_bytes"], literal.sizeInBytes];
  let error = "none";
  try {
    record["readOnlyValue"] = 3;
  } catch (caught) {
    error = caught instanceof TypeError ? caught.message : "other";
  }
  record["read_only_value"] = 4;
  return [read, log, stored, error, JSON.stringify(record), literal.readOnlyValue];
}

export function testSpreadCopiesEachKeyOnce(): unknown[] {
  const literal = {
    fooBar: 1,
    read(): number {
      return this.fooBar;
    },
  };
  const record = literal as unknown as Record<string, unknown>;
  record["foo_bar"] = 20;
  const copy = { ...record };
  const withMethods = {
    ...literal,
    twice(): number {
      return this.fooBar * 2;
    },
  };
  const withMethodsRecord = withMethods as unknown as Record<string, unknown>;
  return [JSON.stringify(copy), withMethods.twice(), JSON.stringify(withMethods), withMethodsRecord["foo_bar"], Object.keys(withMethods)];
}

export function testSpreadOfARecordWithSnakeKeyBesideAMember(): unknown[] {
  const data: Record<string, number> = {};
  data["foo_bar"] = 1;
  data["other"] = 2;
  const literal = {
    ...data,
    fooBar: 3,
    sum(): number {
      return this.fooBar + 10;
    },
  };
  const record = literal as unknown as Record<string, unknown>;
  record["foo_bar"] = 100;
  return [literal.sum(), literal.fooBar, JSON.stringify(record), Object.keys(record)];
}

export function testObjectAssignIntoAndFromTheObject(): unknown[] {
  const literal = counter();
  const record = literal as unknown as Record<string, unknown>;
  const source: Record<string, number> = {};
  source["foo_bar"] = 11;
  source["fooBar"] = 12;
  source["3"] = 13;
  Object.assign(record, source);
  const target: Record<string, unknown> = { z: 0 };
  Object.assign(target, record);
  return [literal.read(), JSON.stringify(record), Object.keys(target), target["foo_bar"], target["fooBar"]];
}

export function testObjectAssignRunsTheTargetsSetter(): unknown[] {
  const log: string[] = [];
  const literal = {
    set level(value: number) {
      log.push(`level ${value}`);
    },
  };
  const source: Record<string, number> = { level: 3, other: 4 };
  Object.assign(literal as unknown as Record<string, unknown>, source);
  return [log, Object.keys(literal)];
}

export function testDeletedMemberWrittenBackByKeyKeepsItsAttribute(): unknown[] {
  const literal = counter();
  const record = literal as unknown as Record<string, unknown>;
  delete record["fooBar"];
  record["foo_bar"] = 1;
  record["fooBar"] = 2;
  return [literal.read(), Object.keys(record), JSON.stringify(record)];
}

interface WithLaterMember {
  sideCount?: number;
  describe(): string;
}

export function testLaterMemberAndItsSnakeKey(): unknown[] {
  const shape: WithLaterMember = {
    describe(): string {
      return `sides ${this.sideCount ?? "none"}`;
    },
  };
  const record = shape as unknown as Record<string, unknown>;
  record["side_count"] = 8;
  const before = shape.describe();
  record["sideCount"] = 3;
  const viaKey = shape.describe();
  shape.sideCount = 4;
  return [before, viaKey, shape.describe(), JSON.stringify(record), Object.keys(record)];
}
