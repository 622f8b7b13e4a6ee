// Review 23A: Object.fromEntries wrote a key that is undefined as "null" (`[row.label, row.count]` of an
// optional label), and raised IndexError on a pair shorter than two (`line.split("=")` of a line
// without "="). TypeScript types the result of such entries `any`: they are refused now (CS1008), and
// the pairs their message asks for compile.
interface Row {
  label?: string;
  count: number;
}
export function testLabelledPairs(): string {
  const rows: Row[] = [{ label: "a", count: 1 }, { count: 2 }];
  return JSON.stringify(Object.fromEntries(rows.map((row) => [row.label ?? "none", row.count])));
}
export function testCountsByCategory(): string {
  const rows: { category?: string }[] = [{ category: "x" }, {}, { category: "x" }];
  const counts = new Map<string, number>();
  for (const row of rows) {
    const category = row.category ?? "none";
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return JSON.stringify(Object.fromEntries(counts));
}
export function testOptionalValue(): string {
  const pairs: [string, number | undefined][] = [
    ["a", undefined],
    ["b", 2],
  ];
  const record = Object.fromEntries(pairs);
  return [Object.keys(record).join(","), String(record["a"]), String(record["b"]), "a" in record].join(" ");
}
export function testPairsMadeFromLines(): string {
  const lines = "a=1\nflag\nb=2=3".split("\n");
  const record = Object.fromEntries(
    lines.map((line): [string, string] => {
      const [key = "", value = ""] = line.split("=");
      return [key, value];
    }),
  );
  return JSON.stringify(record);
}
