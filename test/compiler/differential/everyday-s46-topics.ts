// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): topics.
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

interface Matcher {
  test(s: string): boolean;
  source: string;
}
function topicToRegex(pattern: string): Matcher {
  const pats = pattern.split("/");
  return {
    source: pats.map((seg) => (seg === "+" ? "[^/]+" : seg === "#" ? ".*" : escapeRe(seg))).join("/"),
    test(topic: string): boolean {
      const segs = topic.split("/");
      for (let i = 0; i < pats.length; i++) {
        const p = pats[i];
        if (p === "#") return true;
        const s = segs[i];
        if (s === undefined || (p !== "+" && p !== s) || (p === "+" && s === "")) return false;
      }
      return segs.length === pats.length;
    },
  };
}

function globToRegex(glob: string, flags = ""): Matcher & { flags: string } {
  const ci = flags.includes("i");
  const norm = (x: string) => (ci ? x.toLowerCase() : x);
  const g = [...norm(glob)];
  const match = (text: string[], gi: number, ti: number): boolean => {
    if (gi === g.length) return ti === text.length;
    const c = g[gi];
    if (c === "*") return match(text, gi + 1, ti) || (ti < text.length && match(text, gi, ti + 1));
    if (ti >= text.length) return false;
    return (c === "?" || c === text[ti]) && match(text, gi + 1, ti + 1);
  };
  return { source: glob, flags, test: (s: string) => match([...norm(s)], 0, 0) };
}

class Broker {
  private subs: Array<{ pattern: string; re: Matcher; id: number }> = [];
  private seq = 0;
  private delivered: Record<string, string[]> = {};
  subscribe(pattern: string): number {
    const id = ++this.seq;
    this.subs.push({ pattern, re: topicToRegex(pattern), id });
    return id;
  }
  unsubscribe(id: number): boolean {
    const before = this.subs.length;
    this.subs = this.subs.filter((s) => s.id !== id);
    return this.subs.length < before;
  }
  publish(topic: string, payload: string): number {
    let n = 0;
    for (const { pattern, re } of this.subs) {
      if (re.test(topic)) {
        (this.delivered[pattern] ||= []).push(`${topic}:${payload}`);
        n++;
      }
    }
    return n;
  }
  get log(): Readonly<Record<string, string[]>> {
    return this.delivered;
  }
}

export function testBroker(): unknown {
  const b = new Broker();
  const ids = ["home/+/temp", "home/#", "office/kitchen/temp", "a.b/(x)", "+/+"].map((p) => b.subscribe(p));
  const counts = [
    b.publish("home/kitchen/temp", "21.5"),
    b.publish("home/garage/temp", "9"),
    b.publish("office/kitchen/temp", "23"),
    b.publish("a.b/(x)", "lit"),
    b.publish("aXb/(x)", "nolit"),
    b.publish("home/x", "2 segs"),
  ];
  b.unsubscribe(ids[1]!);
  counts.push(b.publish("home/attic/temp", "30"));
  return { counts, log: b.log, src: topicToRegex("a.b/+/#").source, flags: globToRegex("x", "gi").flags };
}

export function testGlob(): unknown {
  const files = ["report.pdf", "Report.PDF", "notes.txt", "a.b.c", "img_001.png", "img_01.png", "[draft].md", "x+y.md"];
  const pats = ["*.pdf", "img_???.png", "*.*.*", "[draft].md", "x+y.*", "*"];
  const out: Record<string, string[]> = {};
  for (const p of pats) out[p] = files.filter((f) => globToRegex(p, "i").test(f));
  const re = /o/g;
  const lastIndexes: number[] = [];
  while (re.test("foo boo")) lastIndexes.push(re.lastIndex);
  return { out, lastIndexes, escaped: escapeRe("1+1=2? (yes) [ok] {a} ^$ \\ |"), raw: "C:\\new\\table" + (1 + 1) };
}
