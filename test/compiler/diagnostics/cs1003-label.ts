export function find(grid: number[][]): number {
  let found = -1;
  outer: for (const row of grid) {
    for (const cell of row) {
      if (cell > 0) {
        found = cell;
        break outer;
      }
    }
  }
  return found;
}
