// Review 21: an object literal in parentheses where a type with methods is expected (an arrow's
// expression body, `(n): Rule => ({ … })`, a `return ({ … })`, `const r: Rule = ({ … })`) is built
// as an object, as it is without them (and so is one with `satisfies Rule`): it was refused (CS1051)
// with advice it already followed.
interface Rule {
  name: string;
  applies(x: number): boolean;
}
const make = (name: string): Rule => ({ name, applies: (x) => x > 1 });
function returned(name: string): Rule {
  return { name, applies: (x) => x > 10 };
}
function returnedInParentheses(name: string): Rule {
  // prettier-ignore
  return ({ name, applies: (x) => x < 0 });
}
export function testFactoryArrow(): unknown[] {
  const rule = make("a");
  return [rule.name, rule.applies(2), rule.applies(1)];
}
export function testReturnInParentheses(): unknown[] {
  return [returned("b").applies(11), returnedInParentheses("c").applies(-1), returnedInParentheses("c").name];
}
export function testDeclarationInParentheses(): unknown[] {
  // prettier-ignore
  const rule: Rule = ({ name: "d", applies: (x) => x === 3 });
  return [rule.name, rule.applies(3)];
}
export function testCallbackReturningRule(): unknown[] {
  const rules = ["e", "f"].map((name): Rule => ({ name, applies: (x) => x % 2 === 0 }));
  return rules.map((rule) => [rule.name, rule.applies(4), rule.applies(5)]);
}
export function testSatisfies(): unknown[] {
  const rule: Rule = { name: "g", applies: (x) => x > 5 } satisfies Rule;
  const used = ((candidate: Rule) => candidate.applies(6))({ name: "h", applies: (x) => x > 5 });
  return [rule.name, rule.applies(6), used];
}
