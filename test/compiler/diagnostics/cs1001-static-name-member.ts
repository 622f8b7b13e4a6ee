// A static member named `name` or `length` replaces the class's own, which JavaScript gives every
// class (a subclass too, where Python's subclass would find the base's member), and which
// `new.target.name` and `this.constructor.name` read (review S45R, G8).
export class Custom {
  static name = "custom";
  static length = 2;
  readonly made: string;
  constructor() {
    this.made = new.target.name;
  }
}
