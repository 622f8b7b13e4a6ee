// An everyday program written as a new TypeScript user would, without this compiler in mind (review S46B): tree.
interface TreeNode {
  name: string;
  size?: number;
  children?: TreeNode[];
}

function totalSize(n: TreeNode): number {
  return (n.size ?? 0) + (n.children ?? []).reduce((s, c) => s + totalSize(c), 0);
}
function render(n: TreeNode, prefix = "", last = true, root = true): string[] {
  const line = root ? n.name : `${prefix}${last ? "└── " : "├── "}${n.name}${n.children ? "/" : ""} (${totalSize(n)})`;
  const kids = [...(n.children ?? [])].sort((a, b) => Number(!a.children) - Number(!b.children) || (a.name < b.name ? -1 : 1));
  const childPrefix = root ? "" : prefix + (last ? "    " : "│   ");
  return [line, ...kids.flatMap((c, i) => render(c, childPrefix, i === kids.length - 1, false))];
}
function walk(n: TreeNode, path?: string[]): Generator<[string, number]> {
  return walkFrom(n, path ?? []);
}
function* walkFrom(n: TreeNode, path: string[]): Generator<[string, number]> {
  const here = [...path, n.name];
  if (!n.children) yield [here.join("/"), n.size ?? 0];
  for (const c of n.children ?? []) yield* walkFrom(c, here);
}
function fromPaths(entries: Array<[string, number]>): TreeNode {
  const root: TreeNode = { name: ".", children: [] };
  for (const [path, size] of entries) {
    let cur = root;
    const parts = path.split("/").filter(Boolean);
    parts.forEach((p, i) => {
      cur.children ??= [];
      let next = cur.children.find((c) => c.name === p);
      if (!next) {
        next = i === parts.length - 1 ? { name: p, size } : { name: p, children: [] };
        cur.children.push(next);
      }
      cur = next;
    });
  }
  return root;
}
export function testTree(): unknown {
  const t = fromPaths([
    ["src/index.ts", 120],
    ["src/util/str.ts", 40],
    ["src/util/num.ts", 33],
    ["README.md", 900],
    ["src/app.ts", 75],
    ["test/a.test.ts", 10],
    ["LICENSE", 1000],
  ]);
  return { lines: render(t), files: [...walk(t)].map(([p, s]) => `${p}:${s}`), total: totalSize(t), json: JSON.stringify(t).length };
}
