// The comma operator in a `for` loop's initializer and incrementor (two-pointer loops): each side
// runs in order, as a statement of its own.

export function testTwoPointerReverse(): number[] {
  const values = [1, 2, 3, 4, 5];
  for (let i = 0, j = values.length - 1; i < j; i++, j--) {
    const held = values[i]!;
    values[i] = values[j]!;
    values[j] = held;
  }
  return values;
}

export function testPalindrome(): boolean[] {
  const isPalindrome = (word: string): boolean => {
    for (let left = 0, right = word.length - 1; left < right; left++, right--) {
      if (word[left] !== word[right]) {
        return false;
      }
    }
    return true;
  };
  return ["level", "abca", "", "a", "abba"].map(isPalindrome);
}

export function testAssignmentsInInitializerAndIncrementor(): number[] {
  let i: number;
  let total: number;
  const seen: number[] = [];
  for (i = 0, total = 10; i < 4; total += i, i++) {
    seen.push(total);
  }
  return [...seen, i, total];
}

export function testIncrementorRunsOnContinue(): string[] {
  const steps: string[] = [];
  for (let low = 0, high = 6; low < high; low += 1, high -= 1) {
    if (low === 1) {
      continue;
    }
    steps.push(`${low}-${high}`);
  }
  return steps;
}

export function testIncrementorOrderWithCalls(): string[] {
  const order: string[] = [];
  const note = (text: string): number => {
    order.push(text);
    return order.length;
  };
  for (let step = 0; step < 2; note("a" + step), note("b" + step), step++) {
    order.push("body " + step);
  }
  return order;
}

export function testIncrementorThroughFinally(): string[] {
  const log: string[] = [];
  for (let a = 0, b = 3; a < b; a++, b--) {
    try {
      if (a === 0) {
        continue;
      }
      log.push(`body ${a} ${b}`);
    } finally {
      log.push(`finally ${a} ${b}`);
    }
  }
  return log;
}
