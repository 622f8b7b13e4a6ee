// `this.current!.items`, `box.next!.value`, `table[key]!`: a member the program knows is set,
// which type checkers do not narrow across statements as TypeScript lets the `!` say: cast, so the
// compiled code type-checks, and runs as it did (review E1, F2: reportOptionalSubscript).
interface Box {
  items: string[];
}
interface Node {
  value: number;
  next?: Node;
}
class Holder {
  current: Box | null = null;
  head: Node | undefined;
  add(s: string): number {
    this.current!.items.push(s);
    return this.current!.items.length;
  }
  second(): number {
    return this.head!.next!.value * 10;
  }
}
export function testMembersSetElsewhere(): unknown {
  const holder = new Holder();
  holder.current = { items: [] };
  holder.head = { value: 1, next: { value: 2 } };
  const table: Record<string, Box | undefined> = { a: { items: ["x"] } };
  return [holder.add("a"), holder.add("b"), holder.second(), table["a"]!.items[0], holder.current];
}
export function testNameAfterFind(): unknown {
  // `found!` after a `find` that the program knows succeeds (review S45U, K5).
  const rows = [
    { id: 1, v: "a" },
    { id: 2, v: "b" },
  ];
  const found = rows.find((row) => row.id === 2);
  return found!.v + rows.find((row) => row.id === 1)!.v;
}
export function testNamesAsTargets(): unknown {
  let x: number | undefined = 1 as number | undefined;
  x! += 1;
  x!++;
  x! = x! * 3;
  const pair: [number, number] | undefined = [1, 2] as [number, number] | undefined;
  [pair![0], pair![1]] = [pair![1], pair![0]];
  for (x! of [7, 8]) pair![0] += x!;
  return [x, pair];
}
