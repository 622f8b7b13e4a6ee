// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): grades.
enum Grade {
  F,
  D,
  C,
  B,
  A,
}
enum Status {
  Active = "active",
  Suspended = "suspended",
  Graduated = "graduated",
}

interface Student {
  name: string;
  scores: number[];
  status: Status;
  year?: number;
}

function letter(avg: number): Grade {
  if (avg >= 90) return Grade.A;
  if (avg >= 80) return Grade.B;
  if (avg >= 70) return Grade.C;
  if (avg >= 60) return Grade.D;
  return Grade.F;
}

function curve(scores: readonly number[], { add = 0, cap = 100, drop = 0 }: { add?: number; cap?: number; drop?: number } = {}): number[] {
  const kept = [...scores].sort((a, b) => a - b).slice(drop);
  return kept.map((s) => Math.min(cap, s + add));
}

const students: Student[] = [
  { name: "Zoë", scores: [88, 92, 79], status: Status.Active, year: 2 },
  { name: "adam", scores: [55, 61, 70, 40], status: Status.Suspended },
  { name: "Émile", scores: [95, 99, 100], status: Status.Graduated, year: 4 },
  { name: "Bob", scores: [], status: Status.Active, year: 1 },
  { name: "😀 Smiley", scores: [70, 70], status: Status.Active },
  { name: "～tilde", scores: [81], status: Status.Active },
];

export function testReport(): unknown {
  const rows = students.map(({ name, scores, status, year = 0 }) => {
    const curved = curve(scores, { add: 5, drop: scores.length > 3 ? 1 : 0 });
    const avg = curved.length ? curved.reduce((a, b) => a + b, 0) / curved.length : 0;
    const g = letter(avg);
    return { name, avg: Math.round(avg * 10) / 10, grade: Grade[g], gradeNum: g, status, year };
  });
  const byGrade: Partial<Record<keyof typeof Grade, string[]>> = {};
  for (const r of rows) (byGrade[r.grade as keyof typeof Grade] ??= []).push(r.name);
  return {
    rows,
    byGrade,
    nameOrder: rows.map((r) => r.name).sort(),
    ciOrder: rows.map((r) => r.name).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)),
    defaultSortNums: [10, 9, 1, 100, -5, 2.5].sort(),
    enumValues: Object.values(Status),
    gradeKeys: Object.keys(Grade),
    gradeEntries: Object.entries(Grade).slice(0, 3),
    active: rows.filter((r) => r.status === Status.Active).length,
    isEnum: Object.values(Status).includes("active" as Status),
  };
}

export function testArithmetic(): unknown {
  const xs = [-7, 7, -7.5, 0.5];
  return {
    mod: xs.map((x) => [x % 3, x % -3, Math.floor(x / 2), Math.trunc(x / 2), x | 0, x >>> 0, ~x, x >> 1, Math.round(x)]),
    big: [2 ** 31, 2 ** 32 + 5, -(2 ** 31) - 1].map((x) => [x | 0, x >>> 0, x << 1, x ^ 1]),
    divs: [1 / 3, 2 / 3, 10 / 3, 100 / 7, 1e21 / 7, 5e-324, 2 ** 53 + 1, 0.1 * 3, 123e-20],
    strs: [
      (255).toString(2),
      (255).toString(36),
      (-255).toString(16),
      (0.5).toString(2),
      (1e21).toString(),
      (123.456).toFixed(10),
      (1.45).toFixed(1),
      (8.345).toFixed(2),
    ],
    parse: [parseInt("12px"), parseInt("-0x1A"), parseInt("  42  "), Number("1_000"), Number("1e3"), parseFloat(".5e1"), Number("Infinity"), +"  ", +"\n7\t"],
  };
}

export function testArrays(): unknown {
  const a = [1, 2, 3, 4, 5, 6];
  const removed = a.splice(1, 2, 20, 30, 40);
  const b = a.slice();
  b.splice(3);
  const c = [3, 1, 2];
  const sorted = c.toSorted((x, y) => y - x);
  const nested = [1, [2, [3, [4]]]].flat(2);
  const uniq = Array.from(new Set([3, 1, 3, 2, 1]));
  const idx = [a.indexOf(30), a.lastIndexOf(99), a.findIndex((x) => x > 25), a.findLast((x) => x < 10) ?? -1, a.findLastIndex((x) => x > 1000)];
  const filled = new Array<number>(4).fill(0).map((_, i) => i * i);
  const chunks: number[][] = [];
  for (let i = 0; i < a.length; i += 3) chunks.push(a.slice(i, i + 3));
  return {
    a,
    removed,
    b,
    c,
    sorted,
    nested,
    uniq,
    idx,
    filled,
    chunks,
    rev: [...a].reverse(),
    joined: [1, null, undefined, [2, 3]].join("-"),
    every: [a.every((x) => x > 0), [].some(() => true)],
    incl: [NaN].includes(NaN),
    idxNaN: [NaN].indexOf(NaN),
  };
}
