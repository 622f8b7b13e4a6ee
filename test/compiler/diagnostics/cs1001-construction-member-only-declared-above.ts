// A subclass's field initializer calling an inherited method that reads a member the base only
// declares (`abstract`, `declare`), which the subclass defines after that initializer (review S56,
// c13, c17): Node reads undefined (NaN, "l:undefined"); Python raised TypeError or read None.
abstract class Doubling {
  abstract readonly later: number;
  twice(): number {
    return this.later * 2;
  }
}
class Doubled extends Doubling {
  a = this.twice();
  later = 5;
}
class Showing {
  declare readonly later: string | null;
  show(): string {
    return "l:" + this.later;
  }
}
class Shown extends Showing {
  a = this.show();
  override readonly later: string | null = "L";
}
export function testA(): unknown {
  return [new Doubled().a, new Shown().a];
}
