/**
 * Abstract accessors compile to nothing, as in JavaScript: a subclass's field or parameter property
 * then holds the value (review 18: a Python property for the abstract pair took every write and read
 * None, and an abstract getter's generated setter raised TypeError at the field's first write).
 */
abstract class Setting {
  abstract get value(): number;
  abstract set value(next: number);
  show(): string {
    return `value ${this.value}`;
  }
}

class Stored extends Setting {
  value = 4;
}

class Computed extends Setting {
  private stored = 1;
  get value(): number {
    return this.stored * 10;
  }
  set value(next: number) {
    this.stored = next;
  }
}

abstract class Shape {
  abstract get area(): number;
  describe(): string {
    return `area ${this.area}`;
  }
}

class Square extends Shape {
  area = 4;
}

class Circle extends Shape {
  constructor(readonly area: number) {
    super();
  }
}

class Measured extends Shape {
  get area(): number {
    return 9;
  }
}

export function testFieldImplementsAbstractPair(): string[] {
  const stored = new Stored();
  const before = stored.show();
  stored.value = 6;
  return [before, stored.show(), String(stored.value)];
}

export function testAccessorsImplementAbstractPair(): unknown[] {
  const computed: Setting = new Computed();
  computed.value = 7;
  return [computed.show(), computed.value];
}

export function testFieldsAndGetterImplementAbstractGetter(): unknown[] {
  const shapes: Shape[] = [new Square(), new Circle(2.5), new Measured()];
  const square = new Square();
  square.area = 16;
  return [shapes.map((shape) => shape.describe()), shapes.map((shape) => shape.area), square.describe()];
}

// A static getter without a setter, written through a type that has a setter (`typeof Config`, whose
// static pair the subclass's getter hides): TypeError, as in Node (review 18: Python raised
// AttributeError, which a catch saw as another error).
class Config {
  static stored = 3;
  static get level(): number {
    return Config.stored;
  }
  static set level(value: number) {
    Config.stored = value;
  }
}

export class Fixed extends Config {
  static override get level(): number {
    return 30;
  }
}

function writeLevel(kind: typeof Config, value: number): string {
  try {
    kind.level = value;
    return `wrote ${Config.stored}, reads ${kind.level}`;
  } catch (error) {
    // The message's end names the class by its JavaScript source text, which depends on the tool that emitted it.
    return error instanceof TypeError ? `TypeError: ${error.message.slice(0, error.message.indexOf("{")).trim()}` : "another error";
  }
}

export function testStaticGetterOnlyWrittenThroughTheBaseType(): string[] {
  Config.stored = 3;
  return [writeLevel(Config, 5), writeLevel(Fixed, 9), String(Config.stored), String(Fixed.level)];
}
