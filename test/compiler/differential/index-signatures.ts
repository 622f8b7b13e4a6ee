// Properties read and written through an index signature of a data type (a dict): a key known only
// at run time, which may be absent (undefined, never an error).
interface Scores {
  [player: string]: number;
}

interface Tagged {
  label: string;
  [key: string]: string;
}

export function testAbsentKeyOfRecordReadsUndefined(): (number | null)[] {
  const counts: Record<string, number> = {};
  return [counts.missing ?? null, counts.other === undefined ? 1 : 0];
}

export function testPresentAndAbsentKeysOfInterface(): (number | null)[] {
  const scores: Scores = { alice: 3 };
  scores.bob = 4;
  return [scores.alice ?? null, scores.bob ?? null, scores.carol ?? null];
}

export function testDeclaredMemberBesideIndexSignature(): (string | null)[] {
  const tagged: Tagged = { label: "x" };
  tagged.extra = "y";
  return [tagged.label, tagged.extra ?? null, tagged.absent ?? null, Object.keys(tagged).join(",")];
}

export function testAbsentKeyInCondition(): string {
  const flags: Record<string, string> = { on: "yes" };
  return (flags.on ? "on " : "off ") + (flags.off ? "on" : "off");
}
