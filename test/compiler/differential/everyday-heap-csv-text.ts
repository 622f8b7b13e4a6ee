// An everyday program as a new user writes it: a binary heap (swaps by destructuring assignment), a
// CSV report (split on a regex, parseFloat, grouping in a Map, padEnd/padStart, toFixed), text
// utilities (slugify, camelCase with a replacer, word wrap, truncate, counts), durations.
export class PriorityQueue<T> {
  private heap: { priority: number; value: T }[] = [];

  get size(): number {
    return this.heap.length;
  }

  push(value: T, priority: number): void {
    this.heap.push({ priority, value });
    let index = this.heap.length - 1;
    while (index > 0) {
      const parent = Math.floor((index - 1) / 2);
      if (this.heap[parent]!.priority <= this.heap[index]!.priority) break;
      [this.heap[parent], this.heap[index]] = [this.heap[index]!, this.heap[parent]!];
      index = parent;
    }
  }

  pop(): T | undefined {
    if (this.heap.length === 0) return undefined;
    const top = this.heap[0]!;
    const last = this.heap.pop()!;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      let index = 0;
      for (;;) {
        const left = index * 2 + 1;
        const right = left + 1;
        let smallest = index;
        if (left < this.heap.length && this.heap[left]!.priority < this.heap[smallest]!.priority) smallest = left;
        if (right < this.heap.length && this.heap[right]!.priority < this.heap[smallest]!.priority) smallest = right;
        if (smallest === index) break;
        [this.heap[smallest], this.heap[index]] = [this.heap[index]!, this.heap[smallest]!];
        index = smallest;
      }
    }
    return top.value;
  }
}

export function testHeap(): unknown {
  const queue = new PriorityQueue<string>();
  const tasks: [string, number][] = [
    ["write", 3],
    ["test", 1],
    ["ship", 5],
    ["review", 2],
    ["plan", 0],
    ["rest", 4],
  ];
  tasks.forEach(([name, priority]) => queue.push(name, priority));
  const order: string[] = [];
  while (queue.size > 0) order.push(queue.pop() ?? "?");
  return { order, empty: queue.pop() ?? null };
}

interface Row {
  [column: string]: string;
}

function parseCsv(text: string): Row[] {
  const [headerLine, ...lines] = text.trim().split(/\r?\n/);
  const headers = (headerLine ?? "").split(",").map((h) => h.trim());
  return lines
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const cells = line.split(",");
      const row: Row = {};
      headers.forEach((header, i) => {
        row[header] = (cells[i] ?? "").trim();
      });
      return row;
    });
}

export function testCsvReport(): unknown {
  const csv = `name, region, sales
  Ann, north, 120.5
  Bob, south, 80
  Cid, north, 99.95

  Dee, east, 0
  `;
  const rows = parseCsv(csv);
  const byRegion = new Map<string, number>();
  for (const row of rows) {
    const sales = parseFloat(row["sales"] ?? "0");
    byRegion.set(row["region"] ?? "?", (byRegion.get(row["region"] ?? "?") ?? 0) + sales);
  }
  const lines = [...byRegion.entries()].sort(([, a], [, b]) => b - a).map(([region, total]) => `${region.padEnd(6, ".")}${total.toFixed(2).padStart(8)}`);
  const best = rows.reduce((top, row) => (Number(row["sales"]) > Number(top["sales"]) ? row : top));
  return { count: rows.length, lines, best: best["name"], total: rows.reduce((sum, r) => sum + Number(r["sales"]), 0) };
}

const slugify = (text: string): string =>
  text
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9\s-]/g, "")
    .replace(/[\s_-]+/g, "-")
    .replace(/^-+|-+$/g, "");

function camelCase(text: string): string {
  return text.replace(/[-_\s]+(.)?/g, (_, ch: string | undefined) => (ch ? ch.toUpperCase() : ""));
}

function wordWrap(text: string, width: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    if (current.length + word.length + (current ? 1 : 0) > width && current) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  return lines;
}

function truncate(text: string, max: number, ellipsis = "…"): string {
  return text.length <= max ? text : text.slice(0, Math.max(0, max - ellipsis.length)) + ellipsis;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

export function testTextUtilities(): unknown {
  const title = "  Hello, World -- TypeScript_to Python!  ";
  return {
    slug: slugify(title),
    camel: camelCase("background-color and font_size"),
    wrapped: wordWrap("The quick brown fox jumps over the lazy dog and keeps running far away", 16),
    short: [truncate("abcdefghij", 5), truncate("abc", 5), truncate("abcdefghij", 6, "...")],
    title: "the lord of the rings".split(" ").map(capitalize).join(" "),
    counts: Object.entries(
      "mississippi".split("").reduce<Record<string, number>>((acc, ch) => {
        acc[ch] = (acc[ch] ?? 0) + 1;
        return acc;
      }, {}),
    ),
    reversed: [..."stressed"].reverse().join(""),
    palindromes: ["racecar", "level", "hello"].filter((w) => w === [...w].reverse().join("")),
    vowels: ("education".match(/[aeiou]/g) ?? []).length,
    initials: "John Ronald Reuel Tolkien"
      .split(" ")
      .map((n) => n[0])
      .join(""),
  };
}

export function testDatesAsNumbers(): unknown {
  const minutes = [5, 65, 600, 1441, 0];
  const format = (total: number): string => {
    const days = Math.floor(total / 1440);
    const hours = Math.floor((total % 1440) / 60);
    const mins = total % 60;
    const parts: string[] = [];
    if (days) parts.push(`${days}d`);
    if (hours) parts.push(`${hours}h`);
    if (mins || parts.length === 0) parts.push(`${mins}m`);
    return parts.join(" ");
  };
  return minutes.map(format);
}
