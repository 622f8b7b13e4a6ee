// A class instance given for a type parameter constrained by a data-only type: the generic body
// reads the parameter's values as dicts (`named.name` is `named["name"]`), which a Python object is not.
class Person {
  constructor(readonly name: string) {}
  greet(): string {
    return `hello ${this.name}`;
  }
}

function nameOf<T extends { name: string }>(named: T): string {
  return named.name;
}

function namesOf<T extends { name: string }>(...named: T[]): string[] {
  return named.map((each) => each.name);
}

class Labelled<T extends { name: string }> {
  constructor(readonly value: T) {}
  label(): string {
    return this.value.name;
  }
}

export function inferred(): string {
  return nameOf(new Person("ada"));
}

export function explicit(person: Person): string {
  return nameOf<Person>(person);
}

export function rest(person: Person): string[] {
  return namesOf(person, person);
}

export function throughAConstructor(person: Person): string {
  return new Labelled(person).label();
}

export function inATypeReference(labelled: Labelled<Person>): string {
  return labelled.label();
}

// Fine: an object literal of the fields, and a type parameter without a data constraint.
function identity<T>(value: T): T {
  return value;
}

export function allowed(person: Person): string {
  return nameOf({ name: person.name }) + identity(person).greet();
}
