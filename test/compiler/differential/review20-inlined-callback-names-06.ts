// Review 20: an inlined callback's loop variables (a forEach statement's parameters, _ and index_) do not overwrite or hide the program's variables of that name.
export function testFindIndexReadsUserIndexUnderscore(): unknown[] {
  const index_ = 20;
  const xs = [10, 20, 30];
  return [xs.findIndex((x) => x === index_)];
}
