// Review 20: compound assignments to an array element whose index Python holds as a whole float (Math.floor(0 / 100) is 0.0, n / 2 is 2.0) write through js_set_element.
// Integral values that Python holds as floats (4 / 2 → 2.0, Math.floor(0 / 10) → 0.0) used where an int is needed.
const half = (n: number) => n / 2;
const zeroFloor = (v: number) => Math.floor(v / 10);

export function testCompoundLiteralDiv(): unknown {
  const tree = [0, 0, 0, 0];
  tree[half(4)]! += 7;
  return tree;
}
export function testCompoundFloorZero(): unknown {
  const counts = [0, 0, 0];
  for (const v of [0, 3, 15]) counts[zeroFloor(v)]! += 1;
  return counts;
}
export function testIncrementFloorZero(): unknown {
  const counts = [0, 0];
  counts[Math.floor(0 / 4)]!++;
  return counts;
}
export function testStringSinks(): unknown {
  const s = "abcdef";
  const m = half(4);
  return [
    s.charAt(m),
    s.charCodeAt(m),
    s.substring(m),
    s.slice(0, m),
    s.padStart(m + 6, "*"),
    s.repeat(half(2)),
    s.at(m),
    s[m],
    String.fromCharCode(65 + m),
    s.indexOf("c", m),
    s.split("", m),
  ];
}
export function testArraySinks(): unknown {
  const a = [10, 20, 30, 40, 50];
  const m = half(4);
  const b = [...a];
  b.splice(m, half(2), 99);
  const c = [...a];
  c[m] = -1;
  return [
    a.slice(m),
    a.at(m),
    a[m],
    b,
    c,
    a.indexOf(30, m),
    a.includes(10, m),
    new Array<number>(m).fill(1),
    Array.from({ length: m }, (_, i) => i),
    a.with(m, 0),
  ];
}
export function testBitSinks(): unknown {
  const m = half(4);
  const z = zeroFloor(3);
  return [
    1 << m,
    m << 3,
    256 >> m,
    -16 >>> m,
    m | 0,
    m & 3,
    m ^ 1,
    ~m,
    z << 2,
    (m * 1.5) | 0,
    (255).toString(half(32)),
    (3.14159).toFixed(m),
    (1234.5).toPrecision(half(8)),
  ];
}
export function testMapKeys(): unknown {
  const map = new Map<number, string>();
  map.set(half(4), "two");
  map.set(zeroFloor(0), "zero");
  const set = new Set<number>([half(2), 1, zeroFloor(5), 0]);
  return [map.get(2) ?? "miss", map.get(0) ?? "miss", [...map.keys()].map(String), set.size, [...set], JSON.stringify(Object.fromEntries(map))];
}
export function testRecordKeys(): unknown {
  const rec: Record<number, string> = {};
  rec[half(4)] = "a";
  rec[zeroFloor(1)] = "b";
  rec[half(3)] = "c";
  return [Object.keys(rec), rec[2] ?? "miss", rec[0] ?? "miss", JSON.stringify(rec), `${half(4)}`, String(zeroFloor(0)), [half(4)].join()];
}
