// An everyday program as a new user writes it: statistics (mean, median, mode, standard deviation,
// percentiles, a histogram) and small linear algebra (dot, transpose, multiply, identity,
// determinant by minors, formatting), with Math, toFixed, toPrecision and spreads of Map values.
type Vector = number[];
type Matrix = number[][];

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const mean = (values: readonly number[]): number => (values.length ? sum(values) / values.length : NaN);

function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function mode(values: readonly number[]): number[] {
  const counts = new Map<number, number>();
  values.forEach((v) => counts.set(v, (counts.get(v) ?? 0) + 1));
  const best = Math.max(...counts.values());
  return [...counts]
    .filter(([, count]) => count === best)
    .map(([value]) => value)
    .sort((a, b) => a - b);
}

function standardDeviation(values: readonly number[], sample = false): number {
  const m = mean(values);
  const squares = values.map((v) => (v - m) ** 2);
  return Math.sqrt(sum(squares) / (values.length - (sample ? 1 : 0)));
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

function histogram(values: readonly number[], buckets: number): string[] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const width = (max - min) / buckets || 1;
  const counts = new Array<number>(buckets).fill(0);
  for (const v of values) counts[Math.min(buckets - 1, Math.floor((v - min) / width))]!++;
  return counts.map((c, i) => `${(min + i * width).toFixed(1).padStart(6)} | ${"#".repeat(c)}${c ? ` ${c}` : ""}`);
}

export function testStatistics(): unknown {
  const data = [2, 4, 4, 4, 5, 5, 7, 9, 10.5, -3, 0.1 + 0.2];
  return {
    mean: mean(data),
    median: median(data),
    mode: mode(data),
    sd: standardDeviation(data).toFixed(6),
    sampleSd: Number(standardDeviation(data, true).toPrecision(8)),
    p90: percentile(data, 90),
    p25: percentile(data, 25),
    histogram: histogram(data, 4),
    empty: [mean([]), median([])],
    extremes: [Math.min(), Math.max(), Math.max(...[1, NaN])],
  };
}

const dot = (a: Vector, b: Vector): number => a.reduce((total, x, i) => total + x * (b[i] ?? 0), 0);
const transpose = (m: Matrix): Matrix => (m[0] ?? []).map((_, column) => m.map((row) => row[column]!));
const multiply = (a: Matrix, b: Matrix): Matrix => {
  const columns = transpose(b);
  return a.map((row) => columns.map((column) => dot(row, column)));
};
const identity = (n: number): Matrix => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));

function determinant(m: Matrix): number {
  if (m.length === 1) return m[0]![0]!;
  if (m.length === 2) return m[0]![0]! * m[1]![1]! - m[0]![1]! * m[1]![0]!;
  return m[0]!.reduce((total, value, column) => {
    const minor = m.slice(1).map((row) => row.filter((_, j) => j !== column));
    return total + (column % 2 === 0 ? 1 : -1) * value * determinant(minor);
  }, 0);
}

function formatMatrix(m: Matrix): string {
  const width = Math.max(...m.flat().map((v) => String(v).length));
  return m.map((row) => row.map((v) => String(v).padStart(width)).join(" ")).join("\n");
}

export function testMatrices(): unknown {
  const a: Matrix = [
    [1, 2, 3],
    [0, 1, 4],
    [5, 6, 0],
  ];
  const b = multiply(a, identity(3));
  return {
    same: JSON.stringify(a) === JSON.stringify(b),
    det: determinant(a),
    t: transpose(a),
    squared: formatMatrix(multiply(a, a)),
    norm: Math.hypot(...a.flat()).toFixed(4),
    dot: dot([1, 2, 3], [4, 5]),
    scaled: a.map((row) => row.map((v) => v / 3)).map((row) => row.map((v) => Math.round(v * 1000) / 1000)),
  };
}
