// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): text.
export function wrap(text: string, width: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    if (current.length + word.length + (current ? 1 : 0) > width) {
      if (current) lines.push(current);
      current = word;
      while (current.length > width) {
        lines.push(current.slice(0, width));
        current = current.slice(width);
      }
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines;
}

export function table(rows: Array<Record<string, string | number>>): string {
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? "").length)));
  const line = (cells: string[]) => "| " + cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ") + " |";
  const sep = "+" + widths.map((w) => "-".repeat(w + 2)).join("+") + "+";
  const body = rows.map((r) =>
    line(
      cols.map((c) => {
        const v = r[c];
        return typeof v === "number" ? v.toFixed(1).padStart(widths[cols.indexOf(c)] ?? 0) : (v ?? "");
      }),
    ),
  );
  return [sep, line(cols), sep, ...body, sep].join("\n");
}

export const slugify = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[àáâäå]/g, "a")
    .replace(/[èéêë]/g, "e")
    .replace(/[öô]/g, "o")
    .replace(/[üû]/g, "u")
    .replace(/[ïî]/g, "i")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

export const titleCase = (s: string): string => s.replace(/\b([a-z])([a-z]*)/gi, (_m, first: string, rest: string) => first.toUpperCase() + rest.toLowerCase());

export function template(tpl: string, vars: Record<string, string | number | undefined>): string {
  return tpl.replace(/\{\{\s*(\w+)(?:\s*\|\s*(\w+))?\s*\}\}/g, (match, name: string, filter?: string) => {
    const v = vars[name];
    if (v === undefined) return match;
    const s = String(v);
    switch (filter) {
      case "upper":
        return s.toUpperCase();
      case "trim":
        return s.trim();
      case undefined:
        return s;
      default:
        return `${s}?${filter}`;
    }
  });
}

export function camelToKebab(s: string): string {
  return s
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1-$2")
    .toLowerCase();
}

export function testWrap(): unknown {
  const lorem = "The quick brown fox jumps over the lazy dog. Supercalifragilisticexpialidocious words   happen\ttoo.";
  return [10, 20, 35].map((w) => wrap(lorem, w));
}

export function testTable(): unknown {
  return table([
    { name: "apple", price: 1.25, qty: 3 },
    { name: "kiwi", price: 10 },
    { name: "watermelon", note: "big", qty: 0.05 },
  ]).split("\n");
}

export function testMisc(): unknown {
  return {
    slugs: ["Hello, World!", "  Crème Brûlée -- recipe ", "ÅNGSTRÖM unit", "Ünïcödé ﬁle"].map(slugify),
    titles: titleCase("the lord OF the rings: o'neil's x-men"),
    tpl: template("Hi {{ name }}, you have {{count}} {{ what | upper }} {{missing}} {{ x|weird }}", { name: "Bob", count: 3, what: "msgs", x: " y " }),
    kebab: ["camelCase", "XMLHttpRequest", "myURLParser2Go", "already-kebab"].map(camelToKebab),
    pad: ["7", "42", "1234567"].map((s) => s.padStart(5, "0") + "|" + s.padEnd(4, "ab") + "|"),
    repeatJoin: Array.from({ length: 4 }, (_, i) => "*".repeat(i + 1)).join("/"),
    splitLimit: "a,b,,c,".split(",", 3).concat("x y  z".split(" ")),
    counts: [..."mississippi"].reduce<Record<string, number>>((acc, ch) => {
      acc[ch] = (acc[ch] ?? 0) + 1;
      return acc;
    }, {}),
    trimmed: ["  x  ".trimStart() + "|", "\u00a0y\n".trim(), "abc".at(-1), "abcdef".substring(4, 1)],
    emoji: ["😀ab".length, [..."😀ab"].length, "😀ab".slice(1), "naïve".split("").reverse().join("")],
  };
}
