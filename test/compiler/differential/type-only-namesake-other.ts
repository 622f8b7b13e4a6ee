// Classes of type-only-namesakes.ts: this one is imported there as a value.
export class Shape {
  kind(): string {
    return "other module";
  }
}
