// An everyday program as a new user writes it: an LRU cache over a Map, a calculator (tokenizer and
// recursive-descent parser: `token?.kind === "op" && token.op === "*"`, characters read `source[i]`),
// and a tree walk. Its compiled module passes pyright: a `?.` compared with a literal narrows.
class LruCache<K extends string | number, V extends NonNullable<unknown>> {
  private readonly entries = new Map<K, V>();
  constructor(private readonly capacity: number) {}
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }
  set(key: K, value: V): this {
    if (this.entries.has(key)) this.entries.delete(key);
    else if (this.entries.size >= this.capacity) {
      const [oldest] = [...this.entries.keys()];
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, value);
    return this;
  }
  keys(): K[] {
    return [...this.entries.keys()];
  }
}

export function testLru(): unknown {
  const cache = new LruCache<string, number>(2);
  cache.set("a", 1).set("b", 2);
  cache.get("a");
  cache.set("c", 3);
  return { keys: cache.keys(), b: cache.get("b") ?? "evicted", a: cache.get("a") };
}

type Token = { kind: "number"; value: number } | { kind: "op"; op: "+" | "-" | "*" | "/" } | { kind: "paren"; open: boolean };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (/[0-9.]/.test(ch)) {
      let j = i;
      while (j < source.length && /[0-9.]/.test(source[j]!)) j++;
      tokens.push({ kind: "number", value: Number(source.slice(i, j)) });
      i = j;
      continue;
    }
    if (ch === "(" || ch === ")") {
      tokens.push({ kind: "paren", open: ch === "(" });
    } else if (ch === "+" || ch === "-" || ch === "*" || ch === "/") {
      tokens.push({ kind: "op", op: ch });
    } else {
      throw new SyntaxError(`unexpected ${ch} at ${i}`);
    }
    i++;
  }
  return tokens;
}

function evaluate(source: string): number {
  const tokens = tokenize(source);
  let position = 0;
  const peek = (): Token | undefined => tokens[position];
  function primary(): number {
    const token = tokens[position++];
    if (token === undefined) throw new SyntaxError("unexpected end");
    if (token.kind === "number") return token.value;
    if (token.kind === "paren" && token.open) {
      const value = sum();
      position++;
      return value;
    }
    if (token.kind === "op" && token.op === "-") return -primary();
    throw new SyntaxError(`unexpected token ${JSON.stringify(token)}`);
  }
  function product(): number {
    let value = primary();
    for (let token = peek(); token?.kind === "op" && (token.op === "*" || token.op === "/"); token = peek()) {
      position++;
      value = token.op === "*" ? value * primary() : value / primary();
    }
    return value;
  }
  function sum(): number {
    let value = product();
    for (let token = peek(); token?.kind === "op" && (token.op === "+" || token.op === "-"); token = peek()) {
      position++;
      value = token.op === "+" ? value + product() : value - product();
    }
    return value;
  }
  return sum();
}

export function testCalculator(): unknown {
  return ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - -1", "2 * (3 + 4) / 0", "0.1 + 0.2", "1 / 3"]
    .map((source) => {
      try {
        return evaluate(source);
      } catch (error) {
        return error instanceof SyntaxError ? `syntax: ${error.message}` : "other";
      }
    })
    .concat([
      (() => {
        try {
          return evaluate("2 $ 3");
        } catch (e) {
          return (e as Error).message;
        }
      })(),
    ]);
}

function binarySearch(sorted: readonly number[], target: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = sorted[middle]!;
    if (value === target) return middle;
    if (value < target) low = middle + 1;
    else high = middle - 1;
  }
  return -(low + 1);
}

export function testSearchAndMatrix(): unknown {
  const sorted = [1, 3, 5, 7, 9, 11];
  const matrix = Array.from({ length: 3 }, (_, row) => Array.from({ length: 3 }, (_, column) => row * 3 + column));
  const transposed = matrix[0]!.map((_, column) => matrix.map((row) => row[column]!));
  const diagonal = matrix.reduce((sum, row, index) => sum + row[index]!, 0);
  return { found: [7, 1, 11, 4, 0, 12].map((n) => binarySearch(sorted, n)), transposed, diagonal, flat: matrix.flat().filter((n) => n % 2 === 0) };
}

interface TreeNode {
  value: number;
  children: TreeNode[];
}

function depthFirst(node: TreeNode, visit: (value: number, depth: number) => void, depth = 0): void {
  visit(node.value, depth);
  for (const child of node.children) depthFirst(child, visit, depth + 1);
}

export function testTree(): unknown {
  const tree: TreeNode = {
    value: 1,
    children: [
      { value: 2, children: [{ value: 4, children: [] }] },
      { value: 3, children: [] },
    ],
  };
  const lines: string[] = [];
  depthFirst(tree, (value, depth) => lines.push(`${"  ".repeat(depth)}- ${value}`));
  const sum = (node: TreeNode): number => node.value + node.children.reduce((total, child) => total + sum(child), 0);
  return { text: lines.join("\n"), sum: sum(tree) };
}

export function testStringBuilding(): unknown {
  const rows = [
    ["Name", "Qty", "Price"],
    ["Apple", "3", "1.50"],
    ["Watermelon", "1", "4.00"],
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const table = rows
    .map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(" | "))
    .join("\n");
  const slug = "  Hello, World! Ça va?  "
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return {
    table,
    slug,
    title: "the quick brown fox"
      .split(" ")
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join(" "),
  };
}
