// An assertion that picks one kind of a union (`(value as Sym).name` with value a
// `number | string | Sym`, `(tree as Branch).left`) is a promise the compiled code takes at its
// word, as the docs say of assertions: it was refused (CS1050, CS1051) because another member of
// the union is a primitive (review 19: the usual way an interpreter or an AST walker is written).

class Sym {
  constructor(readonly name: string) {}
}

type Value = number | string | Sym;

interface Leaf {
  kind: "leaf";
  value: number;
}

interface Branch {
  kind: "branch";
  left: Tree;
  right: Tree;
}

type Tree = Leaf | Branch | number;

type Json = null | number | string | Json[] | { [key: string]: Json };

function nameOf(value: Value): string {
  return (value as Sym).name;
}

function namesOf(values: Value[]): string {
  return (values as Sym[]).map((symbol) => symbol.name).join(",");
}

function leftOf(tree: Tree): Tree {
  return (tree as Branch).left;
}

function member(value: Json, key: string): Json {
  return (value as { [key: string]: Json })[key] ?? null;
}

export function testAssertionsPickingAMember(): unknown[] {
  const tree: Tree = { kind: "branch", left: { kind: "leaf", value: 1 }, right: 2 };
  return [nameOf(new Sym("a")), namesOf([new Sym("b"), new Sym("c")]), leftOf(tree), member({ a: [1, "x"] }, "a"), member({}, "b")];
}
