// Review 20: counts[Math.round(-0.2)] += 1 writes element 0 (-0 as an index).
// Snapping small negative offsets to a grid: Math.round(-0.3) is -0, which indexes element 0 in JavaScript.
function snapIndex(offset: number, step: number): number {
  return Math.round(offset / step);
}
export function testWrite(): unknown {
  const slots = ["a", "b", "c"];
  slots[snapIndex(-0.3, 1)] = "A";
  return slots;
}
export function testRead(): unknown {
  const slots = ["a", "b", "c"];
  return [slots[snapIndex(-0.3, 1)], slots.at(Math.round(-0.3)), "xyz"[Math.ceil(-0.5)], "xyz".charAt(Math.trunc(-0.9))];
}
export function testCompound(): unknown {
  const counts = [0, 0];
  counts[snapIndex(-0.2, 1)]! += 1;
  return counts;
}
export function testSpliceAndKeys(): unknown {
  const xs = [1, 2, 3];
  xs.splice(Math.round(-0.1), 1);
  const m = new Map<number, string>([[Math.round(-0.1), "negzero"]]);
  const rec: Record<number, string> = {};
  rec[Math.round(-0.1)] = "r";
  return [xs, m.get(0) ?? "miss", Object.keys(rec), xs.indexOf(2, Math.round(-0.1)), [...m.keys()].map((k) => Object.is(k, -0))];
}
