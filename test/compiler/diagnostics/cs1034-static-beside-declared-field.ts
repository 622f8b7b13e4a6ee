// A `declare`d or abstract optional field sets no instance attribute: its read while unset would
// find a static member of its Python name in the class body (JavaScript reads undefined).
class Own {
  static size = 3;
  declare size?: number;
}

class Base {
  static limit = 10;
}

class Derived extends Base {
  declare limit?: number;
}

class Unset {
  declare label?: string;
}

class Later extends Unset {
  static label(): string {
    return "static";
  }
}

abstract class Shape {
  static sides = 0;
  abstract sides?: number;
}

// Stays compiled: a plain optional field is set to undefined by the constructor.
class Plain {
  static size = 3;
  size?: number;
}

export function main(): void {
  console.log(new Own().size, new Derived().limit, new Later().label, Shape.sides, new Plain().size);
}
