// `delete` through a Record type of an object literal with methods or accessors: the property goes
// (data, getter or method alike, the getter not run), as from a plain object.
function bagWithBehaviour(reads: string[]): Record<string, unknown> {
  return {
    size: 1,
    label: "x",
    get computed() {
      reads.push("computed");
      return 2;
    },
    describe() {
      return "bag";
    },
  };
}

export function testDeleteDataMemberThroughRecord(): unknown[] {
  const bag = bagWithBehaviour([]);
  delete bag["size"];
  return [Object.keys(bag), "size" in bag, bag["size"] ?? null];
}

export function testDeleteGetterWithoutRunningIt(): unknown[] {
  const reads: string[] = [];
  const bag = bagWithBehaviour(reads);
  delete bag.computed;
  return [Object.keys(bag), reads, JSON.stringify(bag)];
}

export function testDeleteMethodThroughRecord(): unknown[] {
  const bag = bagWithBehaviour([]);
  const key = "describe";
  delete bag[key];
  return [Object.keys(bag), key in bag];
}

export function testDeleteAsValueAndOfAbsentKey(): unknown[] {
  const bag = bagWithBehaviour([]);
  const removed = delete bag["label"];
  const absent = delete bag["nothing"];
  return [removed, absent, Object.keys(bag)];
}

export function testDeletedKeyAddedAgainGoesLast(): unknown[] {
  const bag = bagWithBehaviour([]);
  delete bag["size"];
  bag["size"] = 5;
  return [Object.keys(bag), bag["size"] ?? null];
}

export function testDeleteFromPlainRecordStillWorks(): unknown[] {
  const counts: Record<string, number> = { a: 1, b: 2 };
  delete counts["a"];
  const removed = delete counts.b;
  return [Object.keys(counts), removed];
}
