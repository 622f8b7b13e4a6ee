// A comprehension's iterable that holds a callback whose code needs `:=` (a `||` or `??` that reads
// its left once): CPython refuses `:=` inside a lambda there too, so the module failed to import
// (review 19: the multi-key sort idiom `[...people].sort((a, b) => a.age - b.age || …).map(f)`).

interface Person {
  name: string;
  age: number;
  team?: string;
}

const people: Person[] = [
  { name: "bo", age: 2, team: "x" },
  { name: "al", age: 0 },
  { name: "cy", age: 2 },
  { name: "di", age: 1, team: "y" },
];

export function testSortByTwoKeysThenMap(): string[] {
  return [...people].sort((a, b) => a.age - b.age || (a.name < b.name ? -1 : 1)).map((person) => person.name);
}

export function testWalkOfASortedCopy(): string[] {
  const out: string[] = [];
  for (const person of people
    .slice()
    .sort((a, b) => b.age - a.age || (a.name < b.name ? -1 : 1))
    .filter((person) => person.age > 0)) {
    out.push(person.name);
  }
  return out;
}

export function testFallbacksInTheReceiversCallback(): unknown[] {
  const teams = people.map((person) => person.team ?? "none").filter((team) => team !== "x");
  const anyOld = people.map((person) => person.age || -1).some((age) => age < 0);
  return [teams, anyOld];
}
