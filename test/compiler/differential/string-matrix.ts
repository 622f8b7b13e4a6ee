// One case per string method, arity and receiver: ASCII, accents, an emoji (UTF-16), whitespace, separators, $ patterns.
// Each runs under Node and, compiled, under Python 3.8, 3.11 and 3.13 (differential.test.ts).
export function testLengthOfEmpty1(): unknown[] {
  const text: string = "";
  return [text.length];
}
export function testSliceOfEmpty2(): unknown[] {
  const text: string = "";
  return [text.slice()];
}
export function testSliceOfEmpty3(): unknown[] {
  const text: string = "";
  return [text.slice(1)];
}
export function testSliceOfEmpty4(): unknown[] {
  const text: string = "";
  return [text.slice(-2)];
}
export function testSliceOfEmpty5(): unknown[] {
  const text: string = "";
  return [text.slice(1, -1)];
}
export function testSliceOfEmpty6(): unknown[] {
  const text: string = "";
  return [text.slice(2, 1)];
}
export function testSliceOfEmpty7(): unknown[] {
  const text: string = "";
  return [text.slice(1.5, 3.5)];
}
export function testSubstringOfEmpty8(): unknown[] {
  const text: string = "";
  return [text.substring(1)];
}
export function testSubstringOfEmpty9(): unknown[] {
  const text: string = "";
  return [text.substring(3, 1)];
}
export function testSubstringOfEmpty10(): unknown[] {
  const text: string = "";
  return [text.substring(-1, 2)];
}
export function testIndexOfOfEmpty11(): unknown[] {
  const text: string = "";
  return [text.indexOf("b")];
}
export function testIndexOfOfEmpty12(): unknown[] {
  const text: string = "";
  return [text.indexOf("b", 2)];
}
export function testIndexOfOfEmpty13(): unknown[] {
  const text: string = "";
  return [text.indexOf("")];
}
export function testLastIndexOfOfEmpty14(): unknown[] {
  const text: string = "";
  return [text.lastIndexOf("b")];
}
export function testLastIndexOfOfEmpty15(): unknown[] {
  const text: string = "";
  return [text.lastIndexOf("b", 1)];
}
export function testIncludesOfEmpty16(): unknown[] {
  const text: string = "";
  return [text.includes("b")];
}
export function testIncludesOfEmpty17(): unknown[] {
  const text: string = "";
  return [text.includes("b", 2)];
}
export function testStartsWithOfEmpty18(): unknown[] {
  const text: string = "";
  return [text.startsWith("a")];
}
export function testStartsWithOfEmpty19(): unknown[] {
  const text: string = "";
  return [text.startsWith("b", 1)];
}
export function testEndsWithOfEmpty20(): unknown[] {
  const text: string = "";
  return [text.endsWith("c")];
}
export function testEndsWithOfEmpty21(): unknown[] {
  const text: string = "";
  return [text.endsWith("b", 2)];
}
export function testPadStartOfEmpty22(): unknown[] {
  const text: string = "";
  return [text.padStart(8)];
}
export function testPadStartOfEmpty23(): unknown[] {
  const text: string = "";
  return [text.padStart(8, "*-")];
}
export function testPadEndOfEmpty24(): unknown[] {
  const text: string = "";
  return [text.padEnd(8, ".")];
}
export function testRepeatOfEmpty25(): unknown[] {
  const text: string = "";
  return [text.repeat(2)];
}
export function testTrimOfEmpty26(): unknown[] {
  const text: string = "";
  return [text.trim()];
}
export function testTrimStartOfEmpty27(): unknown[] {
  const text: string = "";
  return [text.trimStart()];
}
export function testTrimEndOfEmpty28(): unknown[] {
  const text: string = "";
  return [text.trimEnd()];
}
export function testToUpperCaseOfEmpty29(): unknown[] {
  const text: string = "";
  return [text.toUpperCase()];
}
export function testToLowerCaseOfEmpty30(): unknown[] {
  const text: string = "";
  return [text.toLowerCase()];
}
export function testSplitOfEmpty31(): unknown[] {
  const text: string = "";
  return [text.split(",")];
}
export function testSplitOfEmpty32(): unknown[] {
  const text: string = "";
  return [text.split(",", 2)];
}
export function testSplitOfEmpty33(): unknown[] {
  const text: string = "";
  return [text.split("")];
}
export function testSplitOfEmpty34(): unknown[] {
  const text: string = "";
  return [text.split("b")];
}
export function testCharAtOfEmpty35(): unknown[] {
  const text: string = "";
  return [text.charAt(1)];
}
export function testCharAtOfEmpty36(): unknown[] {
  const text: string = "";
  return [text.charAt(-1)];
}
export function testAtOfEmpty37(): unknown[] {
  const text: string = "";
  return [text.at(-1)];
}
export function testAtOfEmpty38(): unknown[] {
  const text: string = "";
  return [text.at(0)];
}
export function testCharCodeAtOfEmpty39(): unknown[] {
  const text: string = "";
  return [text.charCodeAt(1)];
}
export function testCodePointAtOfEmpty40(): unknown[] {
  const text: string = "";
  return [text.codePointAt(1)];
}
export function testReplaceOfEmpty41(): unknown[] {
  const text: string = "";
  return [text.replace("b", "[$&]")];
}
export function testReplaceAllOfEmpty42(): unknown[] {
  const text: string = "";
  return [text.replaceAll(",", ";")];
}
export function testReplaceOfEmpty43(): unknown[] {
  const text: string = "";
  return [text.replace("", "^")];
}
export function testLengthOfAbc44(): unknown[] {
  const text: string = "abc";
  return [text.length];
}
export function testSliceOfAbc45(): unknown[] {
  const text: string = "abc";
  return [text.slice()];
}
export function testSliceOfAbc46(): unknown[] {
  const text: string = "abc";
  return [text.slice(1)];
}
export function testSliceOfAbc47(): unknown[] {
  const text: string = "abc";
  return [text.slice(-2)];
}
export function testSliceOfAbc48(): unknown[] {
  const text: string = "abc";
  return [text.slice(1, -1)];
}
export function testSliceOfAbc49(): unknown[] {
  const text: string = "abc";
  return [text.slice(2, 1)];
}
export function testSliceOfAbc50(): unknown[] {
  const text: string = "abc";
  return [text.slice(1.5, 3.5)];
}
export function testSubstringOfAbc51(): unknown[] {
  const text: string = "abc";
  return [text.substring(1)];
}
export function testSubstringOfAbc52(): unknown[] {
  const text: string = "abc";
  return [text.substring(3, 1)];
}
export function testSubstringOfAbc53(): unknown[] {
  const text: string = "abc";
  return [text.substring(-1, 2)];
}
export function testIndexOfOfAbc54(): unknown[] {
  const text: string = "abc";
  return [text.indexOf("b")];
}
export function testIndexOfOfAbc55(): unknown[] {
  const text: string = "abc";
  return [text.indexOf("b", 2)];
}
export function testIndexOfOfAbc56(): unknown[] {
  const text: string = "abc";
  return [text.indexOf("")];
}
export function testLastIndexOfOfAbc57(): unknown[] {
  const text: string = "abc";
  return [text.lastIndexOf("b")];
}
export function testLastIndexOfOfAbc58(): unknown[] {
  const text: string = "abc";
  return [text.lastIndexOf("b", 1)];
}
export function testIncludesOfAbc59(): unknown[] {
  const text: string = "abc";
  return [text.includes("b")];
}
export function testIncludesOfAbc60(): unknown[] {
  const text: string = "abc";
  return [text.includes("b", 2)];
}
export function testStartsWithOfAbc61(): unknown[] {
  const text: string = "abc";
  return [text.startsWith("a")];
}
export function testStartsWithOfAbc62(): unknown[] {
  const text: string = "abc";
  return [text.startsWith("b", 1)];
}
export function testEndsWithOfAbc63(): unknown[] {
  const text: string = "abc";
  return [text.endsWith("c")];
}
export function testEndsWithOfAbc64(): unknown[] {
  const text: string = "abc";
  return [text.endsWith("b", 2)];
}
export function testPadStartOfAbc65(): unknown[] {
  const text: string = "abc";
  return [text.padStart(8)];
}
export function testPadStartOfAbc66(): unknown[] {
  const text: string = "abc";
  return [text.padStart(8, "*-")];
}
export function testPadEndOfAbc67(): unknown[] {
  const text: string = "abc";
  return [text.padEnd(8, ".")];
}
export function testRepeatOfAbc68(): unknown[] {
  const text: string = "abc";
  return [text.repeat(2)];
}
export function testTrimOfAbc69(): unknown[] {
  const text: string = "abc";
  return [text.trim()];
}
export function testTrimStartOfAbc70(): unknown[] {
  const text: string = "abc";
  return [text.trimStart()];
}
export function testTrimEndOfAbc71(): unknown[] {
  const text: string = "abc";
  return [text.trimEnd()];
}
export function testToUpperCaseOfAbc72(): unknown[] {
  const text: string = "abc";
  return [text.toUpperCase()];
}
export function testToLowerCaseOfAbc73(): unknown[] {
  const text: string = "abc";
  return [text.toLowerCase()];
}
export function testSplitOfAbc74(): unknown[] {
  const text: string = "abc";
  return [text.split(",")];
}
export function testSplitOfAbc75(): unknown[] {
  const text: string = "abc";
  return [text.split(",", 2)];
}
export function testSplitOfAbc76(): unknown[] {
  const text: string = "abc";
  return [text.split("")];
}
export function testSplitOfAbc77(): unknown[] {
  const text: string = "abc";
  return [text.split("b")];
}
export function testCharAtOfAbc78(): unknown[] {
  const text: string = "abc";
  return [text.charAt(1)];
}
export function testCharAtOfAbc79(): unknown[] {
  const text: string = "abc";
  return [text.charAt(-1)];
}
export function testAtOfAbc80(): unknown[] {
  const text: string = "abc";
  return [text.at(-1)];
}
export function testAtOfAbc81(): unknown[] {
  const text: string = "abc";
  return [text.at(0)];
}
export function testCharCodeAtOfAbc82(): unknown[] {
  const text: string = "abc";
  return [text.charCodeAt(1)];
}
export function testCodePointAtOfAbc83(): unknown[] {
  const text: string = "abc";
  return [text.codePointAt(1)];
}
export function testReplaceOfAbc84(): unknown[] {
  const text: string = "abc";
  return [text.replace("b", "[$&]")];
}
export function testReplaceAllOfAbc85(): unknown[] {
  const text: string = "abc";
  return [text.replaceAll(",", ";")];
}
export function testReplaceOfAbc86(): unknown[] {
  const text: string = "abc";
  return [text.replace("", "^")];
}
export function testLengthOfAccents87(): unknown[] {
  const text: string = "héllo wörld";
  return [text.length];
}
export function testSliceOfAccents88(): unknown[] {
  const text: string = "héllo wörld";
  return [text.slice()];
}
export function testSliceOfAccents89(): unknown[] {
  const text: string = "héllo wörld";
  return [text.slice(1)];
}
export function testSliceOfAccents90(): unknown[] {
  const text: string = "héllo wörld";
  return [text.slice(-2)];
}
export function testSliceOfAccents91(): unknown[] {
  const text: string = "héllo wörld";
  return [text.slice(1, -1)];
}
export function testSliceOfAccents92(): unknown[] {
  const text: string = "héllo wörld";
  return [text.slice(2, 1)];
}
export function testSliceOfAccents93(): unknown[] {
  const text: string = "héllo wörld";
  return [text.slice(1.5, 3.5)];
}
export function testSubstringOfAccents94(): unknown[] {
  const text: string = "héllo wörld";
  return [text.substring(1)];
}
export function testSubstringOfAccents95(): unknown[] {
  const text: string = "héllo wörld";
  return [text.substring(3, 1)];
}
export function testSubstringOfAccents96(): unknown[] {
  const text: string = "héllo wörld";
  return [text.substring(-1, 2)];
}
export function testIndexOfOfAccents97(): unknown[] {
  const text: string = "héllo wörld";
  return [text.indexOf("b")];
}
export function testIndexOfOfAccents98(): unknown[] {
  const text: string = "héllo wörld";
  return [text.indexOf("b", 2)];
}
export function testIndexOfOfAccents99(): unknown[] {
  const text: string = "héllo wörld";
  return [text.indexOf("")];
}
export function testLastIndexOfOfAccents100(): unknown[] {
  const text: string = "héllo wörld";
  return [text.lastIndexOf("b")];
}
export function testLastIndexOfOfAccents101(): unknown[] {
  const text: string = "héllo wörld";
  return [text.lastIndexOf("b", 1)];
}
export function testIncludesOfAccents102(): unknown[] {
  const text: string = "héllo wörld";
  return [text.includes("b")];
}
export function testIncludesOfAccents103(): unknown[] {
  const text: string = "héllo wörld";
  return [text.includes("b", 2)];
}
export function testStartsWithOfAccents104(): unknown[] {
  const text: string = "héllo wörld";
  return [text.startsWith("a")];
}
export function testStartsWithOfAccents105(): unknown[] {
  const text: string = "héllo wörld";
  return [text.startsWith("b", 1)];
}
export function testEndsWithOfAccents106(): unknown[] {
  const text: string = "héllo wörld";
  return [text.endsWith("c")];
}
export function testEndsWithOfAccents107(): unknown[] {
  const text: string = "héllo wörld";
  return [text.endsWith("b", 2)];
}
export function testPadStartOfAccents108(): unknown[] {
  const text: string = "héllo wörld";
  return [text.padStart(8)];
}
export function testPadStartOfAccents109(): unknown[] {
  const text: string = "héllo wörld";
  return [text.padStart(8, "*-")];
}
export function testPadEndOfAccents110(): unknown[] {
  const text: string = "héllo wörld";
  return [text.padEnd(8, ".")];
}
export function testRepeatOfAccents111(): unknown[] {
  const text: string = "héllo wörld";
  return [text.repeat(2)];
}
export function testTrimOfAccents112(): unknown[] {
  const text: string = "héllo wörld";
  return [text.trim()];
}
export function testTrimStartOfAccents113(): unknown[] {
  const text: string = "héllo wörld";
  return [text.trimStart()];
}
export function testTrimEndOfAccents114(): unknown[] {
  const text: string = "héllo wörld";
  return [text.trimEnd()];
}
export function testToUpperCaseOfAccents115(): unknown[] {
  const text: string = "héllo wörld";
  return [text.toUpperCase()];
}
export function testToLowerCaseOfAccents116(): unknown[] {
  const text: string = "héllo wörld";
  return [text.toLowerCase()];
}
export function testSplitOfAccents117(): unknown[] {
  const text: string = "héllo wörld";
  return [text.split(",")];
}
export function testSplitOfAccents118(): unknown[] {
  const text: string = "héllo wörld";
  return [text.split(",", 2)];
}
export function testSplitOfAccents119(): unknown[] {
  const text: string = "héllo wörld";
  return [text.split("")];
}
export function testSplitOfAccents120(): unknown[] {
  const text: string = "héllo wörld";
  return [text.split("b")];
}
export function testCharAtOfAccents121(): unknown[] {
  const text: string = "héllo wörld";
  return [text.charAt(1)];
}
export function testCharAtOfAccents122(): unknown[] {
  const text: string = "héllo wörld";
  return [text.charAt(-1)];
}
export function testAtOfAccents123(): unknown[] {
  const text: string = "héllo wörld";
  return [text.at(-1)];
}
export function testAtOfAccents124(): unknown[] {
  const text: string = "héllo wörld";
  return [text.at(0)];
}
export function testCharCodeAtOfAccents125(): unknown[] {
  const text: string = "héllo wörld";
  return [text.charCodeAt(1)];
}
export function testCodePointAtOfAccents126(): unknown[] {
  const text: string = "héllo wörld";
  return [text.codePointAt(1)];
}
export function testReplaceOfAccents127(): unknown[] {
  const text: string = "héllo wörld";
  return [text.replace("b", "[$&]")];
}
export function testReplaceAllOfAccents128(): unknown[] {
  const text: string = "héllo wörld";
  return [text.replaceAll(",", ";")];
}
export function testReplaceOfAccents129(): unknown[] {
  const text: string = "héllo wörld";
  return [text.replace("", "^")];
}
export function testLengthOfEmoji130(): unknown[] {
  const text: string = "a😀b";
  return [text.length];
}
export function testSliceOfEmoji131(): unknown[] {
  const text: string = "a😀b";
  return [text.slice()];
}
export function testSliceOfEmoji132(): unknown[] {
  const text: string = "a😀b";
  return [text.slice(1)];
}
export function testSliceOfEmoji133(): unknown[] {
  const text: string = "a😀b";
  return [text.slice(-2)];
}
export function testSliceOfEmoji134(): unknown[] {
  const text: string = "a😀b";
  return [text.slice(1, -1)];
}
export function testSliceOfEmoji135(): unknown[] {
  const text: string = "a😀b";
  return [text.slice(2, 1)];
}
export function testSliceOfEmoji136(): unknown[] {
  const text: string = "a😀b";
  return [text.slice(1.5, 3.5)];
}
export function testSubstringOfEmoji137(): unknown[] {
  const text: string = "a😀b";
  return [text.substring(1)];
}
export function testSubstringOfEmoji138(): unknown[] {
  const text: string = "a😀b";
  return [text.substring(3, 1)];
}
export function testSubstringOfEmoji139(): unknown[] {
  const text: string = "a😀b";
  return [text.substring(-1, 2)];
}
export function testIndexOfOfEmoji140(): unknown[] {
  const text: string = "a😀b";
  return [text.indexOf("b")];
}
export function testIndexOfOfEmoji141(): unknown[] {
  const text: string = "a😀b";
  return [text.indexOf("b", 2)];
}
export function testIndexOfOfEmoji142(): unknown[] {
  const text: string = "a😀b";
  return [text.indexOf("")];
}
export function testLastIndexOfOfEmoji143(): unknown[] {
  const text: string = "a😀b";
  return [text.lastIndexOf("b")];
}
export function testLastIndexOfOfEmoji144(): unknown[] {
  const text: string = "a😀b";
  return [text.lastIndexOf("b", 1)];
}
export function testIncludesOfEmoji145(): unknown[] {
  const text: string = "a😀b";
  return [text.includes("b")];
}
export function testIncludesOfEmoji146(): unknown[] {
  const text: string = "a😀b";
  return [text.includes("b", 2)];
}
export function testStartsWithOfEmoji147(): unknown[] {
  const text: string = "a😀b";
  return [text.startsWith("a")];
}
export function testStartsWithOfEmoji148(): unknown[] {
  const text: string = "a😀b";
  return [text.startsWith("b", 1)];
}
export function testEndsWithOfEmoji149(): unknown[] {
  const text: string = "a😀b";
  return [text.endsWith("c")];
}
export function testEndsWithOfEmoji150(): unknown[] {
  const text: string = "a😀b";
  return [text.endsWith("b", 2)];
}
export function testPadStartOfEmoji151(): unknown[] {
  const text: string = "a😀b";
  return [text.padStart(8)];
}
export function testPadStartOfEmoji152(): unknown[] {
  const text: string = "a😀b";
  return [text.padStart(8, "*-")];
}
export function testPadEndOfEmoji153(): unknown[] {
  const text: string = "a😀b";
  return [text.padEnd(8, ".")];
}
export function testRepeatOfEmoji154(): unknown[] {
  const text: string = "a😀b";
  return [text.repeat(2)];
}
export function testTrimOfEmoji155(): unknown[] {
  const text: string = "a😀b";
  return [text.trim()];
}
export function testTrimStartOfEmoji156(): unknown[] {
  const text: string = "a😀b";
  return [text.trimStart()];
}
export function testTrimEndOfEmoji157(): unknown[] {
  const text: string = "a😀b";
  return [text.trimEnd()];
}
export function testToUpperCaseOfEmoji158(): unknown[] {
  const text: string = "a😀b";
  return [text.toUpperCase()];
}
export function testToLowerCaseOfEmoji159(): unknown[] {
  const text: string = "a😀b";
  return [text.toLowerCase()];
}
export function testSplitOfEmoji160(): unknown[] {
  const text: string = "a😀b";
  return [text.split(",")];
}
export function testSplitOfEmoji161(): unknown[] {
  const text: string = "a😀b";
  return [text.split(",", 2)];
}
export function testSplitOfEmoji162(): unknown[] {
  const text: string = "a😀b";
  return [text.split("")];
}
export function testSplitOfEmoji163(): unknown[] {
  const text: string = "a😀b";
  return [text.split("b")];
}
export function testCharAtOfEmoji164(): unknown[] {
  const text: string = "a😀b";
  return [text.charAt(1)];
}
export function testCharAtOfEmoji165(): unknown[] {
  const text: string = "a😀b";
  return [text.charAt(-1)];
}
export function testAtOfEmoji166(): unknown[] {
  const text: string = "a😀b";
  return [text.at(-1)];
}
export function testAtOfEmoji167(): unknown[] {
  const text: string = "a😀b";
  return [text.at(0)];
}
export function testCharCodeAtOfEmoji168(): unknown[] {
  const text: string = "a😀b";
  return [text.charCodeAt(1)];
}
export function testCodePointAtOfEmoji169(): unknown[] {
  const text: string = "a😀b";
  return [text.codePointAt(1)];
}
export function testReplaceOfEmoji170(): unknown[] {
  const text: string = "a😀b";
  return [text.replace("b", "[$&]")];
}
export function testReplaceAllOfEmoji171(): unknown[] {
  const text: string = "a😀b";
  return [text.replaceAll(",", ";")];
}
export function testReplaceOfEmoji172(): unknown[] {
  const text: string = "a😀b";
  return [text.replace("", "^")];
}
export function testLengthOfSpaces173(): unknown[] {
  const text: string = "  pad  ";
  return [text.length];
}
export function testSliceOfSpaces174(): unknown[] {
  const text: string = "  pad  ";
  return [text.slice()];
}
export function testSliceOfSpaces175(): unknown[] {
  const text: string = "  pad  ";
  return [text.slice(1)];
}
export function testSliceOfSpaces176(): unknown[] {
  const text: string = "  pad  ";
  return [text.slice(-2)];
}
export function testSliceOfSpaces177(): unknown[] {
  const text: string = "  pad  ";
  return [text.slice(1, -1)];
}
export function testSliceOfSpaces178(): unknown[] {
  const text: string = "  pad  ";
  return [text.slice(2, 1)];
}
export function testSliceOfSpaces179(): unknown[] {
  const text: string = "  pad  ";
  return [text.slice(1.5, 3.5)];
}
export function testSubstringOfSpaces180(): unknown[] {
  const text: string = "  pad  ";
  return [text.substring(1)];
}
export function testSubstringOfSpaces181(): unknown[] {
  const text: string = "  pad  ";
  return [text.substring(3, 1)];
}
export function testSubstringOfSpaces182(): unknown[] {
  const text: string = "  pad  ";
  return [text.substring(-1, 2)];
}
export function testIndexOfOfSpaces183(): unknown[] {
  const text: string = "  pad  ";
  return [text.indexOf("b")];
}
export function testIndexOfOfSpaces184(): unknown[] {
  const text: string = "  pad  ";
  return [text.indexOf("b", 2)];
}
export function testIndexOfOfSpaces185(): unknown[] {
  const text: string = "  pad  ";
  return [text.indexOf("")];
}
export function testLastIndexOfOfSpaces186(): unknown[] {
  const text: string = "  pad  ";
  return [text.lastIndexOf("b")];
}
export function testLastIndexOfOfSpaces187(): unknown[] {
  const text: string = "  pad  ";
  return [text.lastIndexOf("b", 1)];
}
export function testIncludesOfSpaces188(): unknown[] {
  const text: string = "  pad  ";
  return [text.includes("b")];
}
export function testIncludesOfSpaces189(): unknown[] {
  const text: string = "  pad  ";
  return [text.includes("b", 2)];
}
export function testStartsWithOfSpaces190(): unknown[] {
  const text: string = "  pad  ";
  return [text.startsWith("a")];
}
export function testStartsWithOfSpaces191(): unknown[] {
  const text: string = "  pad  ";
  return [text.startsWith("b", 1)];
}
export function testEndsWithOfSpaces192(): unknown[] {
  const text: string = "  pad  ";
  return [text.endsWith("c")];
}
export function testEndsWithOfSpaces193(): unknown[] {
  const text: string = "  pad  ";
  return [text.endsWith("b", 2)];
}
export function testPadStartOfSpaces194(): unknown[] {
  const text: string = "  pad  ";
  return [text.padStart(8)];
}
export function testPadStartOfSpaces195(): unknown[] {
  const text: string = "  pad  ";
  return [text.padStart(8, "*-")];
}
export function testPadEndOfSpaces196(): unknown[] {
  const text: string = "  pad  ";
  return [text.padEnd(8, ".")];
}
export function testRepeatOfSpaces197(): unknown[] {
  const text: string = "  pad  ";
  return [text.repeat(2)];
}
export function testTrimOfSpaces198(): unknown[] {
  const text: string = "  pad  ";
  return [text.trim()];
}
export function testTrimStartOfSpaces199(): unknown[] {
  const text: string = "  pad  ";
  return [text.trimStart()];
}
export function testTrimEndOfSpaces200(): unknown[] {
  const text: string = "  pad  ";
  return [text.trimEnd()];
}
export function testToUpperCaseOfSpaces201(): unknown[] {
  const text: string = "  pad  ";
  return [text.toUpperCase()];
}
export function testToLowerCaseOfSpaces202(): unknown[] {
  const text: string = "  pad  ";
  return [text.toLowerCase()];
}
export function testSplitOfSpaces203(): unknown[] {
  const text: string = "  pad  ";
  return [text.split(",")];
}
export function testSplitOfSpaces204(): unknown[] {
  const text: string = "  pad  ";
  return [text.split(",", 2)];
}
export function testSplitOfSpaces205(): unknown[] {
  const text: string = "  pad  ";
  return [text.split("")];
}
export function testSplitOfSpaces206(): unknown[] {
  const text: string = "  pad  ";
  return [text.split("b")];
}
export function testCharAtOfSpaces207(): unknown[] {
  const text: string = "  pad  ";
  return [text.charAt(1)];
}
export function testCharAtOfSpaces208(): unknown[] {
  const text: string = "  pad  ";
  return [text.charAt(-1)];
}
export function testAtOfSpaces209(): unknown[] {
  const text: string = "  pad  ";
  return [text.at(-1)];
}
export function testAtOfSpaces210(): unknown[] {
  const text: string = "  pad  ";
  return [text.at(0)];
}
export function testCharCodeAtOfSpaces211(): unknown[] {
  const text: string = "  pad  ";
  return [text.charCodeAt(1)];
}
export function testCodePointAtOfSpaces212(): unknown[] {
  const text: string = "  pad  ";
  return [text.codePointAt(1)];
}
export function testReplaceOfSpaces213(): unknown[] {
  const text: string = "  pad  ";
  return [text.replace("b", "[$&]")];
}
export function testReplaceAllOfSpaces214(): unknown[] {
  const text: string = "  pad  ";
  return [text.replaceAll(",", ";")];
}
export function testReplaceOfSpaces215(): unknown[] {
  const text: string = "  pad  ";
  return [text.replace("", "^")];
}
export function testLengthOfCommas216(): unknown[] {
  const text: string = "a,b,,c";
  return [text.length];
}
export function testSliceOfCommas217(): unknown[] {
  const text: string = "a,b,,c";
  return [text.slice()];
}
export function testSliceOfCommas218(): unknown[] {
  const text: string = "a,b,,c";
  return [text.slice(1)];
}
export function testSliceOfCommas219(): unknown[] {
  const text: string = "a,b,,c";
  return [text.slice(-2)];
}
export function testSliceOfCommas220(): unknown[] {
  const text: string = "a,b,,c";
  return [text.slice(1, -1)];
}
export function testSliceOfCommas221(): unknown[] {
  const text: string = "a,b,,c";
  return [text.slice(2, 1)];
}
export function testSliceOfCommas222(): unknown[] {
  const text: string = "a,b,,c";
  return [text.slice(1.5, 3.5)];
}
export function testSubstringOfCommas223(): unknown[] {
  const text: string = "a,b,,c";
  return [text.substring(1)];
}
export function testSubstringOfCommas224(): unknown[] {
  const text: string = "a,b,,c";
  return [text.substring(3, 1)];
}
export function testSubstringOfCommas225(): unknown[] {
  const text: string = "a,b,,c";
  return [text.substring(-1, 2)];
}
export function testIndexOfOfCommas226(): unknown[] {
  const text: string = "a,b,,c";
  return [text.indexOf("b")];
}
export function testIndexOfOfCommas227(): unknown[] {
  const text: string = "a,b,,c";
  return [text.indexOf("b", 2)];
}
export function testIndexOfOfCommas228(): unknown[] {
  const text: string = "a,b,,c";
  return [text.indexOf("")];
}
export function testLastIndexOfOfCommas229(): unknown[] {
  const text: string = "a,b,,c";
  return [text.lastIndexOf("b")];
}
export function testLastIndexOfOfCommas230(): unknown[] {
  const text: string = "a,b,,c";
  return [text.lastIndexOf("b", 1)];
}
export function testIncludesOfCommas231(): unknown[] {
  const text: string = "a,b,,c";
  return [text.includes("b")];
}
export function testIncludesOfCommas232(): unknown[] {
  const text: string = "a,b,,c";
  return [text.includes("b", 2)];
}
export function testStartsWithOfCommas233(): unknown[] {
  const text: string = "a,b,,c";
  return [text.startsWith("a")];
}
export function testStartsWithOfCommas234(): unknown[] {
  const text: string = "a,b,,c";
  return [text.startsWith("b", 1)];
}
export function testEndsWithOfCommas235(): unknown[] {
  const text: string = "a,b,,c";
  return [text.endsWith("c")];
}
export function testEndsWithOfCommas236(): unknown[] {
  const text: string = "a,b,,c";
  return [text.endsWith("b", 2)];
}
export function testPadStartOfCommas237(): unknown[] {
  const text: string = "a,b,,c";
  return [text.padStart(8)];
}
export function testPadStartOfCommas238(): unknown[] {
  const text: string = "a,b,,c";
  return [text.padStart(8, "*-")];
}
export function testPadEndOfCommas239(): unknown[] {
  const text: string = "a,b,,c";
  return [text.padEnd(8, ".")];
}
export function testRepeatOfCommas240(): unknown[] {
  const text: string = "a,b,,c";
  return [text.repeat(2)];
}
export function testTrimOfCommas241(): unknown[] {
  const text: string = "a,b,,c";
  return [text.trim()];
}
export function testTrimStartOfCommas242(): unknown[] {
  const text: string = "a,b,,c";
  return [text.trimStart()];
}
export function testTrimEndOfCommas243(): unknown[] {
  const text: string = "a,b,,c";
  return [text.trimEnd()];
}
export function testToUpperCaseOfCommas244(): unknown[] {
  const text: string = "a,b,,c";
  return [text.toUpperCase()];
}
export function testToLowerCaseOfCommas245(): unknown[] {
  const text: string = "a,b,,c";
  return [text.toLowerCase()];
}
export function testSplitOfCommas246(): unknown[] {
  const text: string = "a,b,,c";
  return [text.split(",")];
}
export function testSplitOfCommas247(): unknown[] {
  const text: string = "a,b,,c";
  return [text.split(",", 2)];
}
export function testSplitOfCommas248(): unknown[] {
  const text: string = "a,b,,c";
  return [text.split("")];
}
export function testSplitOfCommas249(): unknown[] {
  const text: string = "a,b,,c";
  return [text.split("b")];
}
export function testCharAtOfCommas250(): unknown[] {
  const text: string = "a,b,,c";
  return [text.charAt(1)];
}
export function testCharAtOfCommas251(): unknown[] {
  const text: string = "a,b,,c";
  return [text.charAt(-1)];
}
export function testAtOfCommas252(): unknown[] {
  const text: string = "a,b,,c";
  return [text.at(-1)];
}
export function testAtOfCommas253(): unknown[] {
  const text: string = "a,b,,c";
  return [text.at(0)];
}
export function testCharCodeAtOfCommas254(): unknown[] {
  const text: string = "a,b,,c";
  return [text.charCodeAt(1)];
}
export function testCodePointAtOfCommas255(): unknown[] {
  const text: string = "a,b,,c";
  return [text.codePointAt(1)];
}
export function testReplaceOfCommas256(): unknown[] {
  const text: string = "a,b,,c";
  return [text.replace("b", "[$&]")];
}
export function testReplaceAllOfCommas257(): unknown[] {
  const text: string = "a,b,,c";
  return [text.replaceAll(",", ";")];
}
export function testReplaceOfCommas258(): unknown[] {
  const text: string = "a,b,,c";
  return [text.replace("", "^")];
}
export function testLengthOfDollars259(): unknown[] {
  const text: string = "$1$&b";
  return [text.length];
}
export function testSliceOfDollars260(): unknown[] {
  const text: string = "$1$&b";
  return [text.slice()];
}
export function testSliceOfDollars261(): unknown[] {
  const text: string = "$1$&b";
  return [text.slice(1)];
}
export function testSliceOfDollars262(): unknown[] {
  const text: string = "$1$&b";
  return [text.slice(-2)];
}
export function testSliceOfDollars263(): unknown[] {
  const text: string = "$1$&b";
  return [text.slice(1, -1)];
}
export function testSliceOfDollars264(): unknown[] {
  const text: string = "$1$&b";
  return [text.slice(2, 1)];
}
export function testSliceOfDollars265(): unknown[] {
  const text: string = "$1$&b";
  return [text.slice(1.5, 3.5)];
}
export function testSubstringOfDollars266(): unknown[] {
  const text: string = "$1$&b";
  return [text.substring(1)];
}
export function testSubstringOfDollars267(): unknown[] {
  const text: string = "$1$&b";
  return [text.substring(3, 1)];
}
export function testSubstringOfDollars268(): unknown[] {
  const text: string = "$1$&b";
  return [text.substring(-1, 2)];
}
export function testIndexOfOfDollars269(): unknown[] {
  const text: string = "$1$&b";
  return [text.indexOf("b")];
}
export function testIndexOfOfDollars270(): unknown[] {
  const text: string = "$1$&b";
  return [text.indexOf("b", 2)];
}
export function testIndexOfOfDollars271(): unknown[] {
  const text: string = "$1$&b";
  return [text.indexOf("")];
}
export function testLastIndexOfOfDollars272(): unknown[] {
  const text: string = "$1$&b";
  return [text.lastIndexOf("b")];
}
export function testLastIndexOfOfDollars273(): unknown[] {
  const text: string = "$1$&b";
  return [text.lastIndexOf("b", 1)];
}
export function testIncludesOfDollars274(): unknown[] {
  const text: string = "$1$&b";
  return [text.includes("b")];
}
export function testIncludesOfDollars275(): unknown[] {
  const text: string = "$1$&b";
  return [text.includes("b", 2)];
}
export function testStartsWithOfDollars276(): unknown[] {
  const text: string = "$1$&b";
  return [text.startsWith("a")];
}
export function testStartsWithOfDollars277(): unknown[] {
  const text: string = "$1$&b";
  return [text.startsWith("b", 1)];
}
export function testEndsWithOfDollars278(): unknown[] {
  const text: string = "$1$&b";
  return [text.endsWith("c")];
}
export function testEndsWithOfDollars279(): unknown[] {
  const text: string = "$1$&b";
  return [text.endsWith("b", 2)];
}
export function testPadStartOfDollars280(): unknown[] {
  const text: string = "$1$&b";
  return [text.padStart(8)];
}
export function testPadStartOfDollars281(): unknown[] {
  const text: string = "$1$&b";
  return [text.padStart(8, "*-")];
}
export function testPadEndOfDollars282(): unknown[] {
  const text: string = "$1$&b";
  return [text.padEnd(8, ".")];
}
export function testRepeatOfDollars283(): unknown[] {
  const text: string = "$1$&b";
  return [text.repeat(2)];
}
export function testTrimOfDollars284(): unknown[] {
  const text: string = "$1$&b";
  return [text.trim()];
}
export function testTrimStartOfDollars285(): unknown[] {
  const text: string = "$1$&b";
  return [text.trimStart()];
}
export function testTrimEndOfDollars286(): unknown[] {
  const text: string = "$1$&b";
  return [text.trimEnd()];
}
export function testToUpperCaseOfDollars287(): unknown[] {
  const text: string = "$1$&b";
  return [text.toUpperCase()];
}
export function testToLowerCaseOfDollars288(): unknown[] {
  const text: string = "$1$&b";
  return [text.toLowerCase()];
}
export function testSplitOfDollars289(): unknown[] {
  const text: string = "$1$&b";
  return [text.split(",")];
}
export function testSplitOfDollars290(): unknown[] {
  const text: string = "$1$&b";
  return [text.split(",", 2)];
}
export function testSplitOfDollars291(): unknown[] {
  const text: string = "$1$&b";
  return [text.split("")];
}
export function testSplitOfDollars292(): unknown[] {
  const text: string = "$1$&b";
  return [text.split("b")];
}
export function testCharAtOfDollars293(): unknown[] {
  const text: string = "$1$&b";
  return [text.charAt(1)];
}
export function testCharAtOfDollars294(): unknown[] {
  const text: string = "$1$&b";
  return [text.charAt(-1)];
}
export function testAtOfDollars295(): unknown[] {
  const text: string = "$1$&b";
  return [text.at(-1)];
}
export function testAtOfDollars296(): unknown[] {
  const text: string = "$1$&b";
  return [text.at(0)];
}
export function testCharCodeAtOfDollars297(): unknown[] {
  const text: string = "$1$&b";
  return [text.charCodeAt(1)];
}
export function testCodePointAtOfDollars298(): unknown[] {
  const text: string = "$1$&b";
  return [text.codePointAt(1)];
}
export function testReplaceOfDollars299(): unknown[] {
  const text: string = "$1$&b";
  return [text.replace("b", "[$&]")];
}
export function testReplaceAllOfDollars300(): unknown[] {
  const text: string = "$1$&b";
  return [text.replaceAll(",", ";")];
}
export function testReplaceOfDollars301(): unknown[] {
  const text: string = "$1$&b";
  return [text.replace("", "^")];
}
