// The array text.match(re) gives for a global re is a plain array whose index, input and groups
// read undefined (review S61A, A: Python raised AttributeError). A match array whose groups may take
// no part, read by index or destructured (each group `string | undefined`), or taken whole where
// undefined and null read alike (join, JSON.stringify, String), or where every group takes part.
const VERSION = /^(\d+)\.(\d+)(?:\.(\d+))?$/;
const PAIR = /(\w+)=(\d+)/g;

export function testIndexOfGlobalMatch(): unknown {
  const m = "aXbX".match(/X/g);
  return [m?.index ?? -1, m?.input ?? "no input", m?.groups === undefined, m?.length ?? 0, m?.join(",") ?? ""];
}
export function testNonGlobalStillHasThem(): unknown {
  const m = "aXbX".match(/X/);
  return [m?.index ?? -1, m?.input ?? "no input", m?.groups === undefined];
}
function firstAt(text: string, pattern: RegExp): number {
  const m = text.match(pattern);
  return m === null ? -2 : (m.index ?? -1);
}
export function testUnknownFlags(): unknown {
  return [firstAt("xxAy", /A/), firstAt("xxAyA", /A/g), firstAt("xx", /A/g)];
}
export function testGlobalMatchAsArray(): unknown {
  const m = "a1b22c333".match(/\d+/g) ?? [];
  const copy = [...m];
  return [JSON.stringify(m), copy.length, Array.isArray(m), m.map((t) => t.length), m.slice(1)];
}

export function testGroupsReadByIndexAndDestructured(): unknown {
  const m = VERSION.exec("1.2");
  if (m === null) return null;
  const [, major, minor, patch] = m;
  return [major, minor, String(patch), Number(patch), patch ?? "none", String(m[3]), Number(m[3]), m.length];
}

export function testWholeWhereUndefinedReadsAsNull(): unknown {
  const m = VERSION.exec("3.4");
  if (m === null) return null;
  return [m.join("|"), JSON.stringify(m), String(m), m.indexOf("4"), m.includes("3"), m.lastIndexOf("9")];
}

export function testWholeWhereEveryGroupTakesPart(): unknown {
  const pairs: string[][] = [];
  for (const m of "a=1, bb=22".matchAll(PAIR)) {
    pairs.push(m.slice(1));
  }
  const [, key, value] = /(\w+)=(\d+)/.exec("z=9") ?? [];
  return [pairs, key ?? "none", value ?? "none"];
}

export function testExecLoopWithAssignment(): unknown {
  const found: string[] = [];
  const re = /(\d)(x)?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec("1x 2 3x")) !== null) {
    found.push(`${m[1]}:${m[2] ?? "-"}@${m.index}`);
  }
  return found;
}
