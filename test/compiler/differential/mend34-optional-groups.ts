// A capturing group inside a group quantified `?` or `{0,1}` (an optional hours part, an optional minor
// version): the group runs at most once, so there is no second iteration for JavaScript to forget
// its groups in, and Python's `re` gives the same (it was refused as "inside a repeated group").

const PATTERNS = [
  /^(?:(\d+)h)?(\d+)m$/,
  /^v(\d+)(?:\.(\d+))?$/,
  /(?:(a)|b)?c/,
  /(?:x(a)?)?y/,
  /((a)|b)?c/,
  /(?:(a)|b)??c/,
  /(?:(a)|b){0,1}c/,
  /(?:(a+)b)?a*c/,
  /((x)?(y))?z/,
  /(?:(\d+):)?(\d{1,2}):(\d{2})$/,
];

const INPUTS = ["2h15m", "15m", "v3", "v3.4", "c", "ac", "bc", "bbc", "xy", "xay", "y", "aabc", "aac", "z", "xz", "yz", "xyz", "abc", "1:02:03", "02:03"];

export function testExecOfOptionalGroups(): string[][] {
  return PATTERNS.map((pattern) =>
    INPUTS.map((input) => {
      const match = pattern.exec(input);
      return match === null ? "-" : `${match.index}:${match.map((group) => group ?? "undefined").join("|")}`;
    }),
  );
}

export function testReplaceWithOptionalGroups(): string[] {
  const version = /^v(\d+)(?:\.(\d+))?$/;
  const duration = /^(?:(\d+)h)?(\d+)m$/;
  return [
    "v3".replace(version, "[$1,$2]"),
    "v3.4".replace(version, "[$1,$2]"),
    "15m".replace(duration, (_all: string, hours: string | undefined, minutes: string) => `${hours ?? 0}:${minutes}`),
    "2h15m".replace(duration, (_all: string, hours: string | undefined, minutes: string) => `${hours ?? 0}:${minutes}`),
    [..."a1 b c2".matchAll(/(\w)(?:(\d))?/g)].map((match) => `${match[1]}${match[2] ?? "-"}`).join(","),
  ];
}
