// An object literal with methods whose member names hold letters outside ASCII (`caféCount`, `größe`)
// or letters Python reads in their NFKC form (full-width `ｔitle`): each is stored under the attribute
// its reads use (it kept the name as written, and the reads found nothing).

export function testUnicodeMembersOfLiteralsWithMethods(): unknown[] {
  const counter = {
    caféCount: 1,
    größe: 2,
    bump(): number {
      this.caféCount += this.größe;
      return this.caféCount;
    },
  };
  const page = {
    ｔitle: "T",
    render(): string {
      return this.ｔitle + "!";
    },
  };
  return [counter.bump(), counter.caféCount, Object.keys(counter), JSON.stringify(counter), page.render(), page.ｔitle, JSON.stringify(page)];
}
