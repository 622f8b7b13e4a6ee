export function save(counts: Map<string, number>): string {
  return JSON.stringify(counts);
}
