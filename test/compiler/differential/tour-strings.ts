// String methods whose Python twins differ at the edges.
export function testStringsTour(): string[] {
  const text = "  Hello, World  ";
  const out: string[] = [];
  out.push(text.trim(), text.trim().toUpperCase(), text.trim().toLowerCase());
  out.push("a,b,c,d".split(",", 2).join("|"), "abc".split("").join("-"), "a,b".split(";").join("|"));
  out.push("aaa".replace("a", "b"), "aaa".replaceAll("a", "b"), "cost: 5".replace("5", "$$5 ($&)"));
  out.push("7".padStart(3, "0"), "ab".padEnd(5, "xy"), "abc".padStart(2, "0"));
  out.push("abcdef".slice(-2), "abcdef".slice(1, -1), "abcdef".substring(4, 1), "abcdef".substring(-3, 2));
  out.push(String("banana".indexOf("an")), String("banana".indexOf("an", 2)), String("banana".indexOf("x")));
  out.push(String("banana".includes("nan")), String("banana".startsWith("ban")), String("banana".endsWith("na")));
  out.push("abc".charAt(1), `[${"abc".charAt(5)}]`, "ab".repeat(3), String("héllo".length));
  out.push(`${true} ${false} ${null} ${1.5} ${[1, 2, 3]}`);
  out.push("x" + 1 + 2, 1 + 2 + "x");
  const words: string[] = ["pear", "Apple", "banana", "apple"];
  words.sort();
  out.push(words.join(","));
  return out;
}
