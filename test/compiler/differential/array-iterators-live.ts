// JavaScript's array iterators (entries(), keys(), values()) and Array.from with a mapper read the
// array, Set or Map as it is at each step: a loop or a mapper that changes it sees the change. They
// were copies taken at the start (found by the sixth review: a work queue walked with entries()).
export function testEntriesSeePushes(): string {
  const jobs = ["fetch", "parse"];
  const done: string[] = [];
  for (const [index, job] of jobs.entries()) {
    done.push(`${index}:${job}`);
    if (job === "fetch") {
      jobs.push("store");
    }
  }
  return done.join(" ");
}
export function testKeysSeePops(): number[] {
  const items = [1, 2, 3, 4];
  const seen: number[] = [];
  for (const index of items.keys()) {
    seen.push(index);
    items.pop();
  }
  return seen;
}
export function testValuesSeeWrites(): number[] {
  const items = [1, 2, 3];
  const got: number[] = [];
  for (const value of items.values()) {
    got.push(value);
    if (value === 1) {
      items[1] = 20;
    }
  }
  return got;
}
export function testSpreadOfIterators(): string[] {
  const items = ["a", "b"];
  return [JSON.stringify([...items.keys()]), JSON.stringify([...items.values()]), JSON.stringify(Array.from(items.entries()).length)];
}
export function testArrayFromWithMapperSeesChanges(): string[] {
  const numbers = [1, 2, 3];
  const doubled = Array.from(numbers, (value) => {
    if (numbers.length < 4) {
      numbers.push(4);
    }
    return value * 2;
  });
  const letters = new Set(["a", "b"]);
  const upper = Array.from(letters, (letter) => {
    letters.delete("b");
    letters.add("c");
    return letter.toUpperCase();
  });
  const scores = new Map<string, number>([["x", 1]]);
  const pairs = Array.from(scores, ([key, score]) => {
    if (key === "x") {
      scores.set("y", 2);
    }
    return `${key}=${score}`;
  });
  return [JSON.stringify(doubled), JSON.stringify(upper), JSON.stringify(pairs)];
}
function* counted(log: string[]): Generator<number> {
  for (let step = 1; step <= 3; step++) {
    log.push(`yield ${step}`);
    yield step;
  }
}
export function testArrayFromGeneratorInterleaves(): string[] {
  const log: string[] = [];
  const squares = Array.from(counted(log), (value) => {
    log.push(`map ${value}`);
    return value * value;
  });
  return [...log, JSON.stringify(squares)];
}
