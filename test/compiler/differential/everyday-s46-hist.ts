// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): hist.
function histogram(values: number[], bucket: number): Record<number, number> {
  const h: Record<number, number> = {};
  for (const v of values) {
    const b = Math.floor(v / bucket) * bucket;
    h[b] = (h[b] ?? 0) + 1;
  }
  return h;
}
function render(h: Record<number, number>, width = 20): string[] {
  const max = Math.max(...Object.values(h), 1);
  return Object.entries(h)
    .map(([k, n]) => [Number(k), n] as const)
    .sort(([a], [b]) => a - b)
    .map(([k, n]) => `${String(k).padStart(5)} | ${"#".repeat(Math.round((n / max) * width))} ${n}`);
}
export function testHistogram(): unknown {
  const vals = [1, 3, 7, 12, 15, 15, 18, 22, -3, -12, 0.5, 99, 100, 2.5e3];
  const h = histogram(vals, 10);
  const keys: string[] = [];
  for (const k in h) keys.push(k);
  const sparse: Record<number, string> = { 10: "ten", 2: "two", [-1]: "neg", 1.5: "frac" };
  return {
    h,
    keys,
    lines: render(h),
    sparse,
    sparseKeys: Object.keys(sparse),
    get: [sparse[2], sparse[1.5], sparse[-1], sparse[3] ?? "none"],
    json: JSON.stringify(sparse),
  };
}
