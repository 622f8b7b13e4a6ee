// A Set's values() and keys() walked by for…of or Array.from(…, mapper) see the changes the loop
// or the mapper makes, as JavaScript's do (values added are reached, deleted ones not yet reached
// are skipped), like the Set itself.

export function testForOfSetValues(): string[] {
  const s = new Set([1, 2]);
  const seen: number[] = [];
  for (const v of s.values()) {
    seen.push(v);
    if (v < 4) {
      s.add(v + 2);
    }
  }
  const k = new Set(["a", "b", "c"]);
  const keys: string[] = [];
  for (const key of k.keys()) {
    keys.push(key);
    if (key === "a") {
      k.delete("b");
      k.add("d");
    }
  }
  return [seen.join(","), keys.join(",")];
}

export function testArrayFromSetViews(): string[] {
  const s2 = new Set([1, 2]);
  const r = Array.from(s2.values(), (v) => {
    if (v < 3) {
      s2.add(v + 2);
    }
    return v;
  });
  const s3 = new Set([1, 2]);
  const r3 = Array.from(s3, (v) => {
    if (v < 3) {
      s3.add(v + 2);
    }
    return v;
  });
  const s4 = new Set([1, 2, 3]);
  const r4 = Array.from(s4.keys(), (v, i) => {
    if (v === 1) {
      s4.delete(2);
    }
    return `${i}:${v}`;
  });
  return [r.join(","), r3.join(","), r4.join(",")];
}
