// An enum member Python cannot spell gets a Python name of its own (`None` → `None_`, `"a-b"` →
// `member_a_b`); when another member already has that name, the two are refused.
export enum Flags {
  None = 0,
  None_ = 1,
}
export enum Header {
  "a-b" = "dash",
  "a b" = "space",
}
