// `\k<name>` compiles to a numbered backreference: its number must count every capturing group
// before the named one (unnamed, named, inside lookaheads), and nothing else (non-capturing groups,
// lookarounds, escaped or bracketed parentheses). Each case matches a text where the right group
// repeats and another where a wrongly numbered group would, so an off-by-one shows.

function outcome(pattern: RegExp, texts: string[]): string[] {
  return texts.map((text) => {
    const found = pattern.exec(text);
    return found === null ? "-" : `${found.index}:${found.join("|")}`;
  });
}

export function testUnnamedGroupBeforeNamed(): string[] {
  return outcome(/(a)(?<second>b)\k<second>/, ["abb", "aba", "xabbx"]);
}

export function testTwoUnnamedGroupsBeforeNamed(): string[] {
  return outcome(/(x)(y)(?<third>z)\k<third>/, ["xyzz", "xyzx", "xyzy"]);
}

export function testNamedGroupsReferencedOutOfOrder(): string[] {
  return outcome(/(?<first>[a-c])(-)(?<second>[d-f])\k<first>\k<second>/, ["a-dad", "a-dda", "a-d-a"]);
}

export function testNonCapturingGroupsAreNotCounted(): string[] {
  return outcome(/(?:q)(?:r(s))(?<name>t)\k<name>/, ["qrstt", "qrsts", "qrstq"]);
}

export function testGroupInsideLookaheadIsCounted(): string[] {
  return outcome(/(?=(m.))(?<name>m)(n)\k<name>/, ["mnm", "mnmn", "mnn"]);
}

export function testNegativeLookaheadWithoutGroupIsNotCounted(): string[] {
  return outcome(/(?!z)(a)(?<name>b)\k<name>/, ["abb", "aba"]);
}

export function testLookbehindIsNotCounted(): string[] {
  return outcome(/(?<=p)(a)(?<name>b)\k<name>/, ["pabb", "paba", "abb"]);
}

export function testEscapedAndBracketedParenthesesAreNotGroups(): string[] {
  return outcome(/\((a)[(](?<name>b)\k<name>/, ["(a(bb", "(a(ba", "(a(b("]);
}

export function testNamedGroupAfterAlternationWithGroups(): string[] {
  return outcome(/(?:(u)|(v))(?<name>w)\k<name>/, ["uww", "vww", "uwu", "vwv"]);
}

export function testNumberedAndNamedReferenceToTheSameGroup(): string[] {
  return outcome(/(c)(?<name>d)\2\k<name>\1/, ["cdddc", "cddcc"]);
}

export function testReplaceWithNamedBackreference(): string {
  return "abb-cdd-eef xyx".replace(/(\w)(?<twin>\w)\k<twin>/g, "[$<twin>]");
}

export function testNamedBackreferenceInsideLaterGroup(): string[] {
  return outcome(/(a)(?<name>b)(c\k<name>)/, ["abcb", "abca"]);
}
