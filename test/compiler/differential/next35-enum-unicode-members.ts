// Enum members with letters outside ASCII keep their names in Python, spelled as Python reads them
// (NFKC): `Ré` and `Rè` were both `member_R_`, refused as one name (CS1034).

enum Note {
  Ré = 1,
  Rè = 2,
  ℌigh = 3,
  Ünïcode = 4,
  plain = 5,
}

enum Label {
  Café = "café",
  Thé = "thé",
}

export function testUnicodeEnumMembers(): unknown[] {
  return [Note.Ré, Note.Rè, Note[1], Note[2], Note.ℌigh, Note[3], Object.keys(Note), Note.Ünïcode, JSON.stringify(Note), Object.values(Label), Label.Thé];
}
