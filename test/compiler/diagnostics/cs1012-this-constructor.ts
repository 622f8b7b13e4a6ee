// `this.constructor` read for anything but its name (which compiles: class-names-of-instances) is
// refused: a compared class, a static reached through it.
export class Shape {
  static unit(): Shape {
    return new Shape();
  }
  isPlain(): boolean {
    return this.constructor === Shape;
  }
  copy(): Shape {
    return (this.constructor as typeof Shape).unit();
  }
}
