// Review 20: a callback's parameter typed unknown or any by a rest ((...args: unknown[]) => number) defaults to None, as undefined when a call leaves it out.
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unused-vars -- callbacks typed by `any`, with parameters they leave unread, are what these cases are about */
type Restful = (...args: unknown[]) => number;
function callRest(f: Restful): number[] {
  return [f(), f(1), f(1, 2)];
}
export function testUnknownRestCallback2(): number[] {
  return callRest((a) => 5);
}
type RestAny = (...args: any[]) => string;
function callRestAny(f: RestAny): string[] {
  return [f(), f(1)];
}
export function testAnyRest(): string[] {
  return callRestAny((a) => "x");
}
