// JSON.stringify of a circular structure throws TypeError in Node, with V8's message naming the
// circle (Python's recursion would raise RecursionError).
interface Tree {
  name: string;
  kids: Tree[];
}
interface Loop {
  self?: Loop;
}
function outcome(make: () => string): string[] {
  try {
    return ["value", make()];
  } catch (error) {
    return [String(error instanceof TypeError), (error as Error).name, (error as Error).message];
  }
}
export function testSelfReference(): string[] {
  const loop: Loop = {};
  loop.self = loop;
  return outcome(() => JSON.stringify(loop));
}
export function testTreeHoldingItself(): string[] {
  const tree: Tree = { name: "r", kids: [] };
  tree.kids.push(tree);
  return outcome(() => JSON.stringify(tree));
}
export function testArrayHoldingItself(): string[] {
  const list: unknown[] = [];
  list.push(list);
  return outcome(() => JSON.stringify(list, null, 2));
}
interface Chain {
  next?: Chain;
  items?: Chain[];
}
function chain(length: number): [Chain, Chain] {
  const first: Chain = {};
  let last = first;
  for (let step = 1; step < length; step++) {
    const link: Chain = {};
    if (step % 2 === 0) {
      last.next = link;
    } else {
      last.items = [link];
    }
    last = link;
  }
  return [first, last];
}
export function testCirclesOfEveryLength(): string[][] {
  const results: string[][] = [];
  for (let length = 1; length <= 7; length++) {
    const [first, last] = chain(length);
    last.next = first;
    results.push(outcome(() => JSON.stringify(first)));
  }
  return results;
}
export function testCircleStartingInside(): string[] {
  const inner: Record<string, unknown> = {};
  const outer: Record<string, unknown> = { inner };
  inner.back = outer;
  return outcome(() => JSON.stringify({ top: outer, after: 1 }));
}
export function testCircleThroughAnArrayItem(): string[] {
  const holder: { x: unknown[] } = { x: [1, { y: {} }] };
  ((holder.x[1] as Record<string, unknown>).y as Record<string, unknown>).z = holder.x;
  return outcome(() => JSON.stringify(holder));
}
export function testSharedButNotCircular(): string[] {
  const shared = { n: 1 };
  return outcome(() => JSON.stringify({ a: shared, b: [shared, shared] }));
}
