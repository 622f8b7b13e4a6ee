// What CS1037, CS1046 and CS1047 leave alone, because the compiled code reads the value as it is:
// a class instance checked with `satisfies` (it keeps its own type), a type parameter without a
// data constraint, and data types, data-constrained generics and JavaScript's own functions given
// an object literal of the instance's fields.
interface Named {
  name: string;
}

class Person {
  constructor(readonly name: string) {}
  greet(): string {
    return `hello ${this.name}`;
  }
}

function nameOf<T extends Named>(named: T): string {
  return named.name;
}

function firstOf<T>(values: T[]): T | undefined {
  return values[0];
}

export function testSatisfiesKeepsTheInstance(): string {
  const person = new Person("ada") satisfies Named;
  return person.greet() + "/" + person.name;
}

export function testBuiltinsGivenTheFields(): string {
  const person = new Person("grace");
  return JSON.stringify({ name: person.name }) + person.greet();
}

export function testUnconstrainedGenericKeepsTheInstance(): string {
  const people = [new Person("alan"), new Person("barbara")];
  return firstOf(people)?.greet() ?? "none";
}

export function testDataGenericGivenTheFields(): string {
  const people = [new Person("edsger"), new Person("tony")];
  const names: Named[] = [];
  for (const person of people) {
    names.push({ name: person.name });
  }
  return names.map((named) => nameOf(named)).join(",") + "|" + nameOf({ name: people[0]!.name });
}

export function testBranchesOfLiterals(): string {
  const person = new Person("ken");
  const results: string[] = [];
  for (const flag of [true, false]) {
    const chosen: Named = flag ? { name: person.name } : { name: "nobody" };
    const fallback: Named = (flag ? undefined : { name: person.name }) ?? { name: "default" };
    results.push(`${chosen.name};${fallback.name}`);
  }
  return results.join("|");
}
