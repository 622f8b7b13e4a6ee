// Both would be `answer_test` in Python, where the later one would replace the earlier.
export function answerTest(): number {
  return 1;
}
export const answer_test = 2;
export function counted(itemCount: number): number {
  const item_count = itemCount + 1;
  return item_count;
}
