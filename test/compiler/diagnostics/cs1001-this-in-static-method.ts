// `new this()` in a static method means the class it is called on (a subclass too): naming the class
// would change that, so the message names a factory that takes the class.
export class Shape {
  static create(): Shape {
    return new this();
  }
  name(): string {
    return "shape";
  }
}
