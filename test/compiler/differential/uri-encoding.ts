// encodeURIComponent, encodeURI, decodeURIComponent, decodeURI and URIError: the fixed examples
// cover each rule of ECMA-262's Encode and Decode; the seeded ones throw thousands of random texts
// (every UTF-8 length, lone and paired surrogates) and random percent sequences at both sides.
class AddressError extends URIError {
  constructor(message: string) {
    super(message);
    this.name = "AddressError";
  }
}
function attempt(run: () => string): string {
  try {
    return run();
  } catch (error) {
    if (error instanceof URIError) {
      return `${error.name}: ${error.message} ${String(error)}`;
    }
    return "other";
  }
}
export function testEncodeComponent(): string[] {
  return ["a b&c=d/é", "😀 ok", "-_.!~*'()", ";/?:@&=+$,#", "", "ü\u0000\u007f\u0080\u07ff\u0800\uffff", "%41"].map((text) => encodeURIComponent(text));
}
export function testEncodeValues(): string[] {
  return [encodeURIComponent(12.5), encodeURIComponent(true), encodeURIComponent(1e21), encodeURIComponent(-0)];
}
export function testEncodeUri(): string[] {
  return ["http://x.y/a b?q=1&r=é#frag", "[::1]", "😀;,/?:@&=+$#"].map((text) => encodeURI(text));
}
export function testLoneSurrogates(): string[] {
  return [
    attempt(() => encodeURIComponent("\ud800")),
    attempt(() => encodeURIComponent("a\udc00")),
    attempt(() => encodeURI("\ud83d")),
    attempt(() => encodeURIComponent("\ud83d" + "\ude00")),
    attempt(() => encodeURIComponent(String.fromCharCode(0xd83d, 0xde00))),
  ];
}
export function testDecode(): string[] {
  return ["a%20b", "%C3%A9%c3%a9", "%F0%9F%98%80", "%2F%2f%23", "100%25", "plain", "", "%41%42%43", "😀%20"].map((text) =>
    attempt(() => decodeURIComponent(text)),
  );
}
export function testDecodeUri(): string[] {
  return ["%2F%2f%23%3B%3A%40%26%3D%2B%24%2C%3F", "%20%C3%A9", "%41"].map((text) => attempt(() => decodeURI(text)));
}
export function testMalformed(): string[] {
  return [
    "%",
    "%4",
    "%G1",
    "a%2",
    "%C3",
    "%C3%",
    "%C3%2",
    "%C3%41",
    "%80",
    "%C0%80",
    "%ED%A0%80",
    "%F4%90%80%80",
    "%F8%80%80%80%80",
    "%E2%82",
    "%E2%82%AC",
    "%FF",
    "%c1%bf",
    "%e0%80%80",
    "%F0%8F%BF%BF",
  ].map((text) => attempt(() => decodeURIComponent(text)));
}
export function testSubclass(): string[] {
  const error = new AddressError("bad");
  const plain = new URIError("plain");
  return [
    String(error instanceof URIError),
    String(error instanceof Error),
    error.name,
    String(error),
    String(plain),
    plain.name,
    String(plain instanceof URIError),
    String(new RangeError("r") instanceof URIError),
  ];
}
export function testRoundTrip(): boolean[] {
  const texts = ["a b", "é😀", "100%", "x=1&y=2", "\u0000\u00ff\uffff"];
  return texts.map((text) => decodeURIComponent(encodeURIComponent(text)) === text && decodeURI(encodeURI(text)) === text);
}
export function testAsCallback(): string[] {
  return ["a b", "c/d"].map(encodeURIComponent);
}
export function testLength(): number[] {
  return [decodeURIComponent("%F0%9F%98%80").length, decodeURIComponent("%F0%9F%98%80").charCodeAt(1), encodeURIComponent("😀").length];
}

/** A small seeded generator (mulberry32), the same in Node and, compiled, in Python. */
function randomNumbers(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const CODE_RANGES = [0x20, 0x80, 0x800, 0xd800, 0xe000, 0x10000, 0x110000];

function randomText(next: () => number): string {
  let text = "";
  const length = Math.floor(next() * 6);
  for (let index = 0; index < length; index++) {
    const range = Math.floor(next() * (CODE_RANGES.length - 1));
    const low = CODE_RANGES[range] ?? 0;
    const high = CODE_RANGES[range + 1] ?? 0;
    const code = low + Math.floor(next() * (high - low));
    text += next() < 0.3 ? "%;/#é "[Math.floor(next() * 6)] : String.fromCodePoint(code);
  }
  return text;
}

function randomPercents(next: () => number): string {
  const pieces = [
    "%C3%A9",
    "%E2%82%AC",
    "%F0%9F%98%80",
    "%3B",
    "b",
    "%",
    "%C3",
    "%A9",
    "%E2",
    "%82",
    "%AC",
    "%F0",
    "%9F",
    "%98",
    "%80",
    "%ED",
    "%BF",
    "%2F",
    "%2f",
    "%25",
    "%7",
    "%G0",
    "a",
    "%C0",
    "%F4",
    "%90",
  ];
  let text = "";
  const length = 1 + Math.floor(next() * 5);
  for (let index = 0; index < length; index++) {
    text += pieces[Math.floor(next() * pieces.length)] ?? "";
  }
  return text;
}

function outcome(run: () => string): string {
  try {
    return run();
  } catch (error) {
    return error instanceof URIError ? `!${error.message}` : "other";
  }
}

export function testRandomTextsEncoded(): string[] {
  const next = randomNumbers(20261204);
  const results: string[] = [];
  for (let round = 0; round < 1500; round++) {
    const text = randomText(next);
    results.push(`${outcome(() => encodeURIComponent(text))} ${outcome(() => encodeURI(text))}`);
  }
  return results;
}

export function testRandomPercentsDecoded(): string[] {
  const next = randomNumbers(7);
  const results: string[] = [];
  for (let round = 0; round < 1500; round++) {
    const text = randomPercents(next);
    results.push(`${outcome(() => decodeURIComponent(text))} ${outcome(() => decodeURI(text))}`);
  }
  return results;
}

export function testRandomRoundTrips(): number {
  const next = randomNumbers(99);
  let agreeing = 0;
  for (let round = 0; round < 1500; round++) {
    const text = randomText(next);
    const encoded = outcome(() => encodeURIComponent(text));
    if (!encoded.startsWith("!") && decodeURIComponent(encoded) === text) {
      agreeing++;
    }
  }
  return agreeing;
}
