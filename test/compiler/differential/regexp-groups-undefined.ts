// A named group that took no part in a match is a key of `groups` whose value is undefined: JSON
// leaves it out, `in` and `Object.keys` see it, and reading it gives undefined (exec, match,
// matchAll and the groups argument of a replace callback alike).

const EITHER = /(?<first>x)|(?<second>y)/;

export function testExecGroupsJsonLeavesTheUnmatchedGroupOut(): unknown[] {
  const match = EITHER.exec("y");
  const groups = match?.groups;
  return [JSON.stringify(groups), JSON.stringify(match?.groups, null, 2), Object.keys(groups ?? {}), "first" in (groups ?? {}), groups?.first === undefined];
}

export function testMatchGroupsNestedInJson(): string {
  const match = "y".match(EITHER);
  return JSON.stringify({ groups: match?.groups, list: [match?.groups], index: match?.index });
}

export function testMatchAllGroupsEachMatch(): string[] {
  return [..."xyx".matchAll(/(?<first>x)|(?<second>y)/g)].map((found) => JSON.stringify(found.groups));
}

export function testGroupsVariableFromMatchAll(): string[] {
  const printed: string[] = [];
  for (const found of "yx".matchAll(/(?<first>x)|(?<second>y)/g)) {
    const groups = found.groups;
    printed.push(JSON.stringify(groups), String(groups !== undefined && "second" in groups));
  }
  return printed;
}

export function testReplaceCallbackGroupsArgument(): string {
  return "xy".replace(
    /(?<first>x)|(?<second>y)/g,
    (matched: string, first: string, second: string, offset: number, input: string, groups: Record<string, string>) =>
      [matched, offset, input.length, JSON.stringify(groups), Object.keys(groups).join("+"), groups["first"] ?? "-"].join(" "),
  );
}

export function testReplaceCallbackRestArguments(): string {
  return "xy".replace(/(?<first>x)|(?<second>y)/g, (...args: unknown[]) => `${args[0] as string}:${JSON.stringify(args[args.length - 1])};`);
}

export function testGroupsReadByNameWithFallback(): string[] {
  const match = /(?<year>\d{4})-(?<month>\d\d)?/.exec("2024-");
  const groups = match?.groups;
  return [groups?.year ?? "none", groups?.month ?? "none", JSON.stringify(groups)];
}
