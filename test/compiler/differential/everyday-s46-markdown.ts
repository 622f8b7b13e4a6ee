// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): markdown.
const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c] ?? c);

function inline(s: string): string {
  return escapeHtml(s)
    .replace(/`([^`]+)`/g, (_, code: string) => `<code>${code}</code>`)
    .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[^*])\*([^*]+)\*/g, "$1<em>$2</em>")
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, text: string, href: string) => `<a href="${href}">${text}</a>`);
}

export function markdown(src: string): string {
  const out: string[] = [];
  let list: "ul" | "ol" | null = null;
  let para: string[] = [];
  const flushPara = () => {
    if (para.length) {
      out.push(`<p>${inline(para.join(" "))}</p>`);
      para = [];
    }
  };
  const closeList = () => {
    if (list) {
      out.push(`</${list}>`);
      list = null;
    }
  };
  const lines = src.replace(/\r\n?/g, "\n").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    let m: RegExpMatchArray | null;
    if ((m = line.match(/^(#{1,6})\s+(.*?)\s*#*$/))) {
      flushPara();
      closeList();
      const level = m[1]!.length;
      const text = m[2] ?? "";
      const id = text
        .toLowerCase()
        .replace(/[^\w]+/g, "-")
        .replace(/^-|-$/g, "");
      out.push(`<h${level} id="${id}">${inline(text)}</h${level}>`);
    } else if ((m = line.match(/^\s*([-*]|\d+\.)\s+(.*)$/))) {
      flushPara();
      const kind = /\d/.test(m[1] ?? "") ? "ol" : "ul";
      if (list !== kind) {
        closeList();
        out.push(`<${kind}>`);
        list = kind;
      }
      out.push(`  <li>${inline(m[2] ?? "")}</li>`);
    } else if (line.startsWith("```")) {
      flushPara();
      closeList();
      const lang = line.slice(3).trim();
      const body: string[] = [];
      while (++i < lines.length && !(lines[i] ?? "").startsWith("```")) body.push(escapeHtml(lines[i] ?? ""));
      out.push(`<pre${lang ? ` class="lang-${lang}"` : ""}>${body.join("\n")}</pre>`);
    } else if (line.trim() === "") {
      flushPara();
      closeList();
    } else {
      closeList();
      para.push(line.trim());
    }
  }
  flushPara();
  closeList();
  return out.join("\n");
}

export function testMarkdown(): unknown {
  const doc = [
    "# Hello *World* #",
    "",
    "Some **bold** and *italic* text with `a < b && c` and a [link](https://x.y/?a=1&b=2).",
    "Continued line.",
    "",
    "- one",
    "- two with **strong**",
    "1. first",
    "2. second",
    "",
    "```ts",
    'const x = <T,>(a: T) => a; // "quoted"',
    "```",
    "## Ünïcode & Symbols!! ##",
    "tail 'quote'",
  ].join("\r\n");
  return markdown(doc).split("\n");
}
