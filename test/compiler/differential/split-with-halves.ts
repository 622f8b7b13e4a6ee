// split by a separator holding a lone half of an emoji beside a whole one: JavaScript matches UTF-16 units
// (found by the generative test: "\ud83d😀".split("\ud83d😀") gave one piece where Node gives two).
const high = "\ud83d";
const text = "x" + high + "😀y" + high + "😀";
export function testSplitByHalfAndEmoji(): string[][] {
  return [text.split(high + "😀"), text.split(high + "😀", 1), (high + "😀").split(high + "😀")];
}
export function testSplitByEveryMixedSeparator(): string[][] {
  return [high, "😀", "\ude00", high + "\ude00", "\ude00" + high, "y" + high].map((separator) => text.split(separator));
}
