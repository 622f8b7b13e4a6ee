// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): lexer.
type Token =
  | { type: "num"; value: number; pos: number }
  | { type: "ident"; name: string; pos: number }
  | { type: "op"; op: "+" | "-" | "*" | "/" | "^" | "(" | ")"; pos: number };

class ParseError extends Error {
  constructor(
    message: string,
    readonly pos: number,
  ) {
    super(`${message} at ${pos}`);
    this.name = "ParseError";
  }
}

export function tokenize(src: string): Token[] {
  const re = /\s*(?:(?<num>\d+(?:\.\d*)?(?:e[+-]?\d+)?)|(?<ident>[A-Za-z_]\w*)|(?<op>[-+*/^()]))/g;
  const tokens: Token[] = [];
  let m: RegExpExecArray | null;
  re.lastIndex = 0;
  while (re.lastIndex < src.length) {
    const start = re.lastIndex;
    m = re.exec(src);
    if (m === null || m.index !== start) {
      re.lastIndex = start;
      break;
    }
    const g = m.groups ?? {};
    const pos = m.index + m[0].length - (g.num ?? g.ident ?? g.op ?? "").length;
    if (g.num !== undefined) tokens.push({ type: "num", value: parseFloat(g.num), pos });
    else if (g.ident !== undefined) tokens.push({ type: "ident", name: g.ident, pos });
    else if (g.op !== undefined) tokens.push({ type: "op", op: g.op as "+", pos });
    else {
      re.lastIndex = start;
      break;
    }
  }
  const rest = src.slice(re.lastIndex).trim();
  if (rest && re.lastIndex < src.length) throw new ParseError(`unexpected "${rest[0]}"`, src.length - rest.length);
  return tokens;
}

export function evaluate(src: string, vars: Record<string, number> = {}): number {
  const toks = tokenize(src);
  let i = 0;
  const peek = () => toks[i];
  const expr = (): number => {
    let v = term();
    for (let t = peek(); t?.type === "op" && (t.op === "+" || t.op === "-"); t = peek()) {
      i++;
      v = t.op === "+" ? v + term() : v - term();
    }
    return v;
  };
  const term = (): number => {
    let v = power();
    for (let t = peek(); t?.type === "op" && (t.op === "*" || t.op === "/"); t = peek()) {
      i++;
      v = t.op === "*" ? v * power() : v / power();
    }
    return v;
  };
  const power = (): number => {
    const base = unary();
    const t = peek();
    if (t?.type === "op" && t.op === "^") {
      i++;
      return base ** power();
    }
    return base;
  };
  const unary = (): number => {
    const t = toks[i++];
    if (!t) throw new ParseError("unexpected end", src.length);
    switch (t.type) {
      case "num":
        return t.value;
      case "ident": {
        if (!(t.name in vars)) throw new ParseError(`unknown variable ${t.name}`, t.pos);
        return vars[t.name] ?? NaN;
      }
      case "op":
        if (t.op === "-") return -unary();
        if (t.op === "(") {
          const v = expr();
          const close = toks[i++];
          if (close?.type !== "op" || close.op !== ")") throw new ParseError("expected )", close?.pos ?? src.length);
          return v;
        }
        throw new ParseError(`unexpected ${t.op}`, t.pos);
    }
  };
  const result = expr();
  if (i < toks.length) throw new ParseError("trailing input", toks[i]!.pos);
  return result;
}

export function testEval(): unknown {
  const cases = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x * 2 + y", "10 / 4", "1 / 0", "0.1 + 0.2", "1e3 - 1", "2 * (3", "4 $ 4", "z + 1", "1 2", ""];
  return cases.map((c) => {
    try {
      return evaluate(c, { x: 3, y: 0.5 });
    } catch (e) {
      return e instanceof ParseError ? `${e.name}: ${e.message} [${e.pos}]` : `other ${String(e)}`;
    }
  });
}

export function testMatchAll(): unknown {
  const log = "2024-01-05 ERROR db: timeout\n2024-01-05 INFO web: ok\n2024-01-06 ERROR web: 502 bad gateway";
  const errors = [...log.matchAll(/^(?<date>\S+) ERROR (?<svc>\w+): (?<msg>.*)$/gm)].map((m) => ({
    date: m.groups?.date ?? "",
    svc: m.groups?.svc ?? "",
    msg: m.groups?.msg ?? "",
    at: m.index,
  }));
  const counts = new Map<string, number>();
  for (const [, svc] of log.matchAll(/ (\w+):/g)) if (svc) counts.set(svc, (counts.get(svc) ?? 0) + 1);
  return {
    errors,
    counts: Object.fromEntries(counts),
    replaced: log.replace(/(\d{4})-(\d{2})-(\d{2})/g, "$3/$2/$1").split("\n")[2],
    all: log.replaceAll("ERROR", "E"),
    search: log.search(/INFO/),
    split: "a1b22c333d".split(/\d+/),
  };
}
