// sort writes back only the indices it sorted (0 … starting length − 1), as V8 does: elements a
// comparator pushes onto the array being sorted stay after them.

export function testComparatorPushKeepsPushedElement(): unknown[] {
  const jobs = [2, 1, 3];
  let logged = false;
  jobs.sort((x, y) => {
    if (!logged) {
      logged = true;
      jobs.push(99);
    }
    return x - y;
  });
  return jobs;
}

export function testComparatorPushWithNullableElements(): unknown[] {
  const names: (string | null)[] = ["b", null, "a"];
  let logged = false;
  names.sort((x, y) => {
    if (!logged) {
      logged = true;
      names.push("late");
    }
    return (x ?? "") < (y ?? "") ? -1 : (x ?? "") > (y ?? "") ? 1 : 0;
  });
  return names;
}

export function testComparatorPushWithUndefinedElements(): unknown[] {
  const values: (number | undefined)[] = [3, undefined, 1];
  let pushed = 0;
  const sorted = values.sort((x, y) => {
    if (pushed < 1) {
      pushed++;
      values.push(pushed * 100);
    }
    return (x ?? 0) - (y ?? 0);
  });
  return [sorted === values, values, values.length];
}
