// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): trie.
class TrieNode {
  children = new Map<string, TrieNode>();
  count = 0;
  terminal = false;
}

export class Trie {
  private root = new TrieNode();
  private _size = 0;
  get size(): number {
    return this._size;
  }
  insert(word: string): boolean {
    let node = this.root;
    for (const ch of word) {
      let next = node.children.get(ch);
      if (!next) {
        next = new TrieNode();
        node.children.set(ch, next);
      }
      next.count++;
      node = next;
    }
    if (node.terminal) return false;
    node.terminal = true;
    this._size++;
    return true;
  }
  private find(prefix: string): TrieNode | undefined {
    let node: TrieNode | undefined = this.root;
    for (const ch of prefix) {
      node = node.children.get(ch);
      if (!node) return undefined;
    }
    return node;
  }
  has(word: string): boolean {
    return this.find(word)?.terminal ?? false;
  }
  countPrefix(prefix: string): number {
    return prefix ? (this.find(prefix)?.count ?? 0) : this._size;
  }
  walk(node?: TrieNode, prefix = ""): Generator<string> {
    return this.walkFrom(node ?? this.root, prefix);
  }
  private *walkFrom(node: TrieNode, prefix: string): Generator<string> {
    if (node.terminal) yield prefix;
    const keys = [...node.children.keys()].sort();
    for (const k of keys) yield* this.walkFrom(node.children.get(k)!, prefix + k);
  }
  complete(prefix: string, limit = 5): string[] {
    const node = this.find(prefix);
    if (!node) return [];
    const out: string[] = [];
    for (const w of this.walk(node, prefix)) {
      out.push(w);
      if (out.length >= limit) break;
    }
    return out;
  }
  longestCommonPrefix(): string {
    let node = this.root,
      prefix = "";
    while (node.children.size === 1 && !node.terminal) {
      const [ch, next] = [...node.children][0]!;
      prefix += ch;
      node = next;
    }
    return prefix;
  }
}

function editDistance(a: string, b: string): number {
  const dp: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) dp[i]![j] = Math.min(dp[i - 1]![j]! + 1, dp[i]![j - 1]! + 1, dp[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return dp[a.length]![b.length]!;
}

export function testTrie(): unknown {
  const t = new Trie();
  const words = "car card care careful cart cat dog dodge do door 日本 日本語 😀smile".split(" ");
  const inserted = words.map((w) => t.insert(w));
  t.insert("car");
  const lcp = new Trie();
  ["interview", "internet", "interval", "internal"].forEach((w) => lcp.insert(w));
  return {
    inserted,
    size: t.size,
    has: ["car", "ca", "door", "日本", "😀smile", ""].map((w) => t.has(w)),
    prefixCounts: ["ca", "car", "do", "日", "x", ""].map((p) => t.countPrefix(p)),
    complete: { car: t.complete("car"), d: t.complete("d", 2), none: t.complete("zz"), all: [...t.walk()].length },
    lcp: lcp.longestCommonPrefix(),
    suggest: words
      .map((w) => [w, editDistance("cared", w)] as const)
      .sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, 4),
  };
}
