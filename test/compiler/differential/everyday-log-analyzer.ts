// An everyday program as a new user writes it: a log analyzer (a regex with named groups, `if
// (!match?.groups) continue;`, generators for lazy pipelines read with next() and their return value,
// FNV-1a and CRC-32 with bitwise operators, a filter class hierarchy with accessors overridden through
// super, matchAll, replace with a replacer and $n groups).
interface LogEntry {
  time: number;
  level: "DEBUG" | "INFO" | "WARN" | "ERROR";
  source: string;
  message: string;
}

const LINE = /^\[(?<time>\d+)\]\s+(?<level>DEBUG|INFO|WARN|ERROR)\s+(?<source>[\w.-]+):\s*(?<message>.*)$/;

function* parse(lines: Iterable<string>): Generator<LogEntry, number> {
  let skipped = 0;
  for (const line of lines) {
    const match = LINE.exec(line.trim());
    if (!match?.groups) {
      skipped++;
      continue;
    }
    const { time, level, source, message } = match.groups;
    yield { time: Number(time), level: level as LogEntry["level"], source: source ?? "?", message: message ?? "" };
  }
  return skipped;
}

function* take<T>(items: Iterable<T>, count: number): Generator<T> {
  if (count <= 0) return;
  let taken = 0;
  for (const item of items) {
    yield item;
    if (++taken >= count) return;
  }
}

function* filter<T>(items: Iterable<T>, keep: (item: T) => boolean): Generator<T> {
  for (const item of items) if (keep(item)) yield item;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function crc32(text: string): string {
  let crc = -1;
  for (let i = 0; i < text.length; i++) {
    crc ^= text.charCodeAt(i);
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ((crc ^ -1) >>> 0).toString(16).padStart(8, "0");
}

class Filter {
  protected _minimum = 0;
  static readonly ORDER = ["DEBUG", "INFO", "WARN", "ERROR"] as const;
  get minimum(): number {
    return this._minimum;
  }
  set minimum(value: number) {
    this._minimum = Math.max(0, Math.min(Filter.ORDER.length - 1, Math.trunc(value)));
  }
  accepts(entry: LogEntry): boolean {
    return Filter.ORDER.indexOf(entry.level) >= this._minimum;
  }
  describe(): string {
    return `level >= ${Filter.ORDER[this._minimum]}`;
  }
}

class SourceFilter extends Filter {
  constructor(private readonly prefix: string) {
    super();
  }
  override accepts(entry: LogEntry): boolean {
    return super.accepts(entry) && entry.source.startsWith(this.prefix);
  }
  override describe(): string {
    return `${super.describe()} and source ${this.prefix}*`;
  }
  override get minimum(): number {
    return super.minimum;
  }
  override set minimum(value: number) {
    super.minimum = value + 1;
  }
}

const raw = `[100] INFO  app.server: started on port 8080
[105] DEBUG app.db: pool size=4
garbage line
[110] WARN  app.server: slow request /api/items took 1520ms
[111] ERROR app.db: connection reset (code=ECONNRESET)
[120] INFO  app.server: GET /api/items 200
[121] ERROR app.server: unhandled: TypeError: x is undefined
[130] WARN  lib.cache: evicted 12 entries`;

export function testPipeline(): unknown {
  const lines = raw.split("\n");
  const parser = parse(lines);
  const entries: LogEntry[] = [];
  let result = parser.next();
  while (!result.done) {
    entries.push(result.value);
    result = parser.next();
  }
  const skipped = result.value;
  const sourceFilter = new SourceFilter("app.");
  sourceFilter.minimum = 1;
  const accepted = [...filter(entries, (e) => sourceFilter.accepts(e))].map((e) => `${e.time}:${e.level[0]}:${e.message.slice(0, 12)}`);
  const firstTwoErrors = [
    ...take(
      filter(entries, (e) => e.level === "ERROR"),
      2,
    ),
  ].map((e) => e.source);
  const durations = [...raw.matchAll(/took (\d+)ms|size=(\d+)/g)].map((m) => Number(m[1] ?? m[2]));
  const bySource = entries.reduce((map, e) => map.set(e.source, [...(map.get(e.source) ?? []), e.level]), new Map<string, string[]>());
  return { skipped, minimum: sourceFilter.minimum, described: sourceFilter.describe(), accepted, firstTwoErrors, durations, bySource: [...bySource] };
}

export function testHashes(): unknown {
  const words = ["", "a", "hello", "The quick brown fox", "ünïcödé", "😀"];
  return words.map((w) => [fnv1a(w).toString(16), crc32(w), (fnv1a(w) & 0xff) | 0, fnv1a(w) % 7, ~fnv1a(w), fnv1a(w) << 3, -fnv1a(w) >> 2]);
}

export function testRedaction(): unknown {
  const text = "user=alice password=hunter2 token=abc123; user=bob password=s3cr3t";
  return {
    redacted: text.replace(/(password|token)=([^\s;]+)/g, (_, key: string, value: string) => `${key}=${"*".repeat(value.length)}`),
    users: Array.from(text.matchAll(/user=(\w+)/g), (m) => m[1]),
    swapped: "2024-01-31".replace(/(\d+)-(\d+)-(\d+)/, "$3/$2/$1"),
    words: "  split   on\twhitespace\n too ".trim().split(/\s+/),
    caseless: /HUNTER/i.test(text),
    fromIndex: (() => {
      const re = /\w+/g;
      re.lastIndex = 5;
      const m = re.exec(text);
      return [m?.[0], m?.index, re.lastIndex];
    })(),
  };
}
