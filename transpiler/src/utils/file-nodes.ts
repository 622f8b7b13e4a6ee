/**
 * A source file's nodes in the order `forEachDescendant` visits them, walked once per file. A dozen
 * checks each look at every node of a file; ts-morph's walk (an object per node for its traversal
 * controls, a wrapper lookup per child) cost about as much as one whole-file check's own work, and
 * its garbage a fifth of a compile (a CPU profile of 1,000 generated programs: 101 s, of which the
 * collector 20 s and the walks' own frames about 20 s).
 */
import { KindToNodeMappings, Node, SourceFile, SyntaxKind, ts } from "ts-morph";

const walked = new WeakMap<ts.SourceFile, readonly Node[]>();

/** Every node under the file, each before its children (the file's text does not change while it compiles). */
export function nodesOfFile(sourceFile: SourceFile): readonly Node[] {
  let nodes = walked.get(sourceFile.compilerNode);
  if (nodes === undefined) {
    const found: Node[] = [];
    sourceFile.forEachDescendant((node) => {
      found.push(node);
    });
    nodes = found;
    walked.set(sourceFile.compilerNode, nodes);
  }
  return nodes;
}

const byKind = new WeakMap<ts.SourceFile, Map<SyntaxKind, readonly Node[]>>();

/**
 * What `sourceFile.getDescendantsOfKind(kind)` gives, found once per file and kind: a syntax node's
 * kind from the walk above (ts-morph searches those the same way, in the same order), a token's
 * (an identifier, a private name) by ts-morph's own search, which also looks into comments' tags.
 */
export function nodesOfFileOfKind<Kind extends SyntaxKind>(sourceFile: SourceFile, kind: Kind): readonly KindToNodeMappings[Kind][] {
  let kinds = byKind.get(sourceFile.compilerNode);
  if (kinds === undefined) {
    kinds = new Map();
    byKind.set(sourceFile.compilerNode, kinds);
  }
  let nodes = kinds.get(kind);
  if (nodes === undefined) {
    nodes =
      kind >= SyntaxKind.FirstNode && kind < SyntaxKind.FirstJSDocNode
        ? nodesOfFile(sourceFile).filter((node) => node.getKind() === kind)
        : sourceFile.getDescendantsOfKind(kind);
    kinds.set(kind, nodes);
  }
  return nodes as readonly KindToNodeMappings[Kind][];
}
