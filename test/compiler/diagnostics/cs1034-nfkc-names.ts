// Python reads identifiers in their NFKC form: `ﬁle` (with the ligature U+FB01) is `file`, and `ℌ`
// (U+210C) is `H`. Compiled as written, the later binding silently replaced the earlier one.
export class Document {
  ﬁle = "ligature";
  file = "plain";
}

export function main(): string {
  const ℌ = 1;
  const H = 2;
  return `${ℌ}${H}`;
}
