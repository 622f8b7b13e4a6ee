// `Object.keys`, `values` and `entries` of a class instance: the compiled code lists a dict's or an
// object literal's keys, not a Python object's attributes.
class Person {
  constructor(readonly name: string) {}
  greet(): string {
    return `hello ${this.name}`;
  }
}

export function keys(person: Person): string[] {
  return Object.keys(person);
}

export function values(person: Person | undefined): number {
  return person === undefined ? 0 : Object.values(person).length + Object.entries(person).length;
}

// Fine: an object literal of the fields, a Record.
export function allowed(person: Person, counts: Record<string, number>): number {
  return Object.keys({ name: person.name }).length + Object.keys(counts).length;
}
