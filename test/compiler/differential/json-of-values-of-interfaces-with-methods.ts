// JSON.stringify of a value typed by an interface with a method no string, array, Map or Error has:
// only an object literal with that method (its data members printed, its functions left out) or an
// instance of one of the program's classes meets it, implementing the interface or of its shape, and
// each prints as Node prints it. (One whose candidate class cannot be printed, or whose method a
// library value has too, is refused: cs1017-json-of-class.)
interface Named {
  name: string;
  greet(): string;
}
class Dog implements Named {
  constructor(public name: string) {}
  greet(): string {
    return "woof";
  }
}
class Cat {
  lives = 9;
  constructor(public name: string) {}
  greet(): string {
    return "meow";
  }
}
export function testClassesAndLiterals(): string[] {
  const dog: Named = new Dog("rex");
  const literal: Named = {
    name: "lit",
    greet() {
      return "hi " + this.name;
    },
  };
  const all: Named[] = [dog, new Cat("tom"), literal];
  return [JSON.stringify(dog), JSON.stringify(all), JSON.stringify({ pets: all }, null, 2)];
}
interface Surfaced {
  surface(): number;
  label?: string | null;
}
class Square implements Surfaced {
  label: string | null = null;
  constructor(public side: number) {}
  surface(): number {
    return this.side ** 2;
  }
}
export function testOptionalMembers(): string[] {
  const shapes: Surfaced[] = [new Square(2), { surface: () => 1, label: null }, { surface: () => 2 }];
  return [JSON.stringify(shapes), JSON.stringify(shapes.map((shape) => shape.surface()))];
}
