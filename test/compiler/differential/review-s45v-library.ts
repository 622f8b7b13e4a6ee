// The module of const-computed-keys.ts's imported key and of static-method-read-imported.ts's classes.
export const KEY = "imported";
export class Base {
  static tag = "b";
  static make(): string {
    return "plain";
  }
}
export class Sub extends Base {
  static override tag = "s";
  static override make(): string {
    return "sub:" + this.tag;
  }
}
