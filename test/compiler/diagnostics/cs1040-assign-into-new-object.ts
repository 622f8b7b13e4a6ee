// `Object.assign({}, source)` where the source's type has methods but is not an object literal's
// own: it may be a class instance, whose own properties (the ones JavaScript copies) are its fields,
// not its methods or getters, and are attributes of a Python object. Refused with what to write.
interface Greeter {
  name: string;
  greet(): string;
}

class Person implements Greeter {
  name = "p";
  greet(): string {
    return "hi " + this.name;
  }
}

export function copyOfInterfaceValue(g: Greeter): string {
  const copy = Object.assign({}, g);
  return copy.name;
}

export function copyOfInstance(): string {
  const copy = Object.assign({}, new Person());
  return copy.name;
}

// An object literal's own type with methods is copied exactly (a JsObject, as `{ ...o }` is).
export function copyOfLiteral(): number {
  const o = {
    n: 1,
    m(): number {
      return this.n;
    },
  };
  return Object.assign({}, o).m();
}
