// A `for` loop's incrementor or initializer in parentheses (`(k++, n--)`): the parentheses change
// nothing, so each side is a statement of its own, as without them. (Prettier would drop them.)
export function testParenthesisedCommaIncrementor(): string[] {
  const seen: string[] = [];
  // prettier-ignore
  for (let k = 0, n = 3; k < n; (k++, n--)) {
    seen.push(`B ${k} ${n}`);
  }
  let i = 0;
  let j = 0;
  // prettier-ignore
  for ((i = 1, j = 10); i < j; (i *= 2)) {
    seen.push(`C ${i} ${j}`);
  }
  // prettier-ignore
  for (; i < 20; ((i++), (j--))) {
    seen.push(`D ${i} ${j}`);
    if (i % 3 === 0) {
      continue;
    }
  }
  return seen;
}
