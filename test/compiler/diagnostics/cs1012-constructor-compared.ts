// Comparing an instance's constructor with a class (`(e as Error).constructor === TypeError`): the
// message said "use a class" where there is one; it now says what to write, `e instanceof TypeError`
// (review E1, F13).
export function kind(): string {
  try {
    throw new TypeError("x");
  } catch (e) {
    return (e as Error).constructor === TypeError ? "TypeError" : "other";
  }
}
