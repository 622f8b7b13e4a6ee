// Array callbacks walk up to the length the array has before the first call, reading each index
// live: elements the callback pushes are not visited; indices it removes are skipped (forEach,
// map, filter, some, every) or read as undefined (find, findIndex); map keeps the starting length.
// Pushes are bounded so that a walk of the live list ends (instead of running until memory is gone).

class Grower {
  constructor(readonly items: number[]) {}
  get grow(): number {
    if (this.items.length < 8) {
      this.items.push(0);
    }
    return 1;
  }
}

class Pusher {
  constructor(readonly items: string[]) {}
  toString(): string {
    if (this.items.length < 6) {
      this.items.push("pushed");
    }
    return "p";
  }
}

export function testForEachPushIsNotVisited(): unknown[] {
  const items = [1, 2, 3];
  const seen: number[] = [];
  items.forEach((item) => {
    seen.push(item);
    if (items.length < 10) {
      items.push(item * 10);
    }
  });
  return [seen, items];
}

export function testForEachWithIndexPushIsNotVisited(): unknown[] {
  const items = [1, 2, 3];
  const seen: string[] = [];
  items.forEach((item, index) => {
    seen.push(`${index}:${item}`);
    if (items.length < 10) {
      items.push(item + 100);
    }
  });
  return [seen, items.length];
}

export function testForEachAsValuePushIsNotVisited(): unknown[] {
  const items = [1, 2];
  let calls = 0;
  const result = items.forEach(() => {
    calls += 1;
    if (items.length < 10) {
      items.push(calls);
    }
  });
  return [result === undefined, calls, items];
}

export function testMapPushIsNotVisited(): unknown[] {
  const items = [1, 2, 3];
  const mapped = items.map((item) => {
    if (items.length < 10) {
      items.push(item);
    }
    return item * 2;
  });
  return [mapped, items.length];
}

export function testInlinedCallWithPushIsNotVisited(): unknown[] {
  const items = [1, 2, 3];
  const grow = (item: number): number => (items.length < 10 ? items.push(item) : 0);
  return [items.map((item) => grow(item) + item), items.length];
}

export function testFilterPushIsNotVisited(): unknown[] {
  const items = [1, 2, 3];
  const kept = items.filter((item) => {
    if (items.length < 5) {
      items.push(item + 100);
    }
    return true;
  });
  return [kept, items];
}

export function testSomePushIsNotVisited(): unknown[] {
  const items = [1, 2, 3];
  const found = items.some((item) => {
    if (items.length < 5) {
      items.push(50);
    }
    return item === 50;
  });
  return [found, items];
}

export function testEveryPushIsNotVisited(): unknown[] {
  const items = [1, 2, 3];
  const all = items.every((item) => {
    if (items.length < 5) {
      items.push(-1);
    }
    return item > 0;
  });
  return [all, items];
}

export function testFindPushIsNotVisited(): unknown[] {
  const items = [1, 2, 3];
  const found = items.find((item) => {
    if (items.length < 5) {
      items.push(99);
    }
    return item === 99;
  });
  return [found === undefined, items];
}

export function testFindIndexPushIsNotVisited(): unknown[] {
  const items = [1, 2, 3];
  const index = items.findIndex((item, at) => {
    if (items.length < 5) {
      items.push(99);
    }
    return item === 99 || at > 3;
  });
  return [index, items];
}

export function testGetterThatPushesInExpressionBody(): unknown[] {
  const holder = new Grower([1, 2, 3]);
  const mapped = holder.items.map((item) => item + holder.grow);
  return [mapped, holder.items.length];
}

export function testToStringThatPushesInTemplate(): unknown[] {
  const items = ["a", "b"];
  const pusher = new Pusher(items);
  return [items.map((item) => `${item}${pusher}`), items.length];
}

export function testForEachPopSkipsRemoved(): unknown[] {
  const items = [1, 2, 3, 4];
  const seen: number[] = [];
  items.forEach((item) => {
    seen.push(item);
    items.pop();
  });
  return [seen, items];
}

export function testForEachShiftReadsLive(): unknown[] {
  const items = [1, 2, 3, 4, 5];
  const seen: number[] = [];
  items.forEach((item) => {
    seen.push(item);
    items.shift();
  });
  return [seen, items];
}

export function testForEachPopThenPushIsVisitedUpToStartLength(): unknown[] {
  const items = [1, 2, 3];
  const seen: number[] = [];
  items.forEach((item) => {
    seen.push(item);
    if (items.length < 6) {
      items.pop();
      items.push(item + 10);
      items.push(item + 20);
    }
  });
  return [seen, items];
}

export function testFindPopReadsUndefined(): unknown[] {
  const items = [5, 6, 7];
  const seen: unknown[] = [];
  const found = items.find((item) => {
    seen.push(item === undefined ? "undefined" : item);
    items.pop();
    return false;
  });
  return [found === undefined, seen];
}

export function testFindIndexPopReadsUndefined(): unknown[] {
  const items = [5, 6, 7];
  return [
    items.findIndex((item) => {
      items.pop();
      return item === undefined;
    }),
  ];
}

export function testFilterSomeEveryPopSkipRemoved(): unknown[] {
  const first = [1, 2, 3, 4];
  const kept = first.filter(() => first.pop() !== undefined);
  const second = [1, 2, 3, 4];
  let someCalls = 0;
  const some = second.some(() => {
    someCalls += 1;
    second.pop();
    return false;
  });
  const third = [1, 2, 3, 4];
  let everyCalls = 0;
  const every = third.every(() => {
    everyCalls += 1;
    third.pop();
    return true;
  });
  return [kept, some, someCalls, every, everyCalls];
}

export function testMapPopKeepsLength(): unknown[] {
  const items = [1, 2, 3];
  const mapped = items.map((item, index) => {
    if (index === 0) {
      items.pop();
    }
    return item * 2;
  });
  return [mapped.length, mapped[2] === undefined, JSON.stringify(mapped)];
}

export function testPureCallbacksStillWalkEverything(): unknown[] {
  const items = [3, 1, 2];
  const holder = { factor: 10 };
  return [
    items.map((item) => item * holder.factor),
    items.filter((item, index) => item > index),
    items.some((item) => item === 2),
    items.every((item) => item > 0),
    items.find((item) => item < 3),
    items.findIndex((item) => item === 2),
  ];
}
