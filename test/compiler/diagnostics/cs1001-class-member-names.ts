// Members Python would act on (dunders) and valueOf, which the compiled + < Number() do not call.
export class Key {
  constructor(readonly id: number) {}
  __eq__(other: unknown): boolean {
    return other instanceof Key;
  }
  __hash__(): number {
    return 1;
  }
  valueOf(): number {
    return this.id;
  }
  toString(): string {
    return `Key ${this.id}`;
  }
}
