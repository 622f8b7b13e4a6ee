// Review 20: a textbook BitSet (words[Math.floor(i / 32)] |= 1 << (i % 32)) and its bit 0.
// A bitset and a Bloom filter over 32-bit words.
class BitSet {
  private words: number[];
  constructor(readonly size: number) {
    this.words = new Array<number>(Math.ceil(size / 32)).fill(0);
  }
  set(i: number): void {
    this.words[Math.floor(i / 32)]! |= 1 << (i % 32);
  }
  clear(i: number): void {
    this.words[Math.floor(i / 32)]! &= ~(1 << (i % 32));
  }
  has(i: number): boolean {
    return (this.words[Math.floor(i / 32)]! & (1 << (i % 32))) !== 0;
  }
  count(): number {
    let c = 0;
    for (let w of this.words) {
      while (w) {
        w &= w - 1;
        c++;
      }
    }
    return c;
  }
}

function fnv(s: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

class Bloom {
  private bits: BitSet;
  constructor(
    private size: number,
    private hashes: number,
  ) {
    this.bits = new BitSet(size);
  }
  add(s: string): void {
    for (let i = 0; i < this.hashes; i++) this.bits.set(fnv(s, i) % this.size);
  }
  mightHave(s: string): boolean {
    for (let i = 0; i < this.hashes; i++) if (!this.bits.has(fnv(s, i) % this.size)) return false;
    return true;
  }
  get fill(): number {
    return this.bits.count() / this.size;
  }
}

export function testBitSet(): unknown {
  const b = new BitSet(100);
  for (const i of [0, 1, 31, 32, 63, 64, 99]) b.set(i);
  b.clear(1);
  b.clear(50);
  return { has: [0, 1, 31, 32, 33, 99].map((i) => b.has(i)), count: b.count() };
}

export function testBloom(): unknown {
  const f = new Bloom(256, 3);
  const words = ["apple", "banana", "cherry", "date", "elderberry"];
  words.forEach((w) => f.add(w));
  return { all: words.every((w) => f.mightHave(w)), others: ["fig", "grape", "kiwi", "lemon"].map((w) => f.mightHave(w)), fill: f.fill.toFixed(4) };
}
