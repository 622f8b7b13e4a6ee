// A `?.` that finds null or undefined skips the whole rest of its chain (`user?.tags.map(f)`,
// `u?.profile!.nick`), for property and element reads, calls, built-in methods of strings, arrays
// and Maps, array callbacks, user methods and `!` inside the chain.

interface Profile {
  nick?: string;
  friends: string[];
}
interface User {
  name: string;
  tags: string[];
  scores: Map<string, number>;
  profile: Profile | undefined;
  greet: (who: string) => string;
}
class Account {
  calls = 0;
  constructor(readonly owner: string) {}
  describe(): string {
    this.calls++;
    return `acct ${this.owner}`;
  }
  get inner(): Account {
    this.calls++;
    return this;
  }
}

function makeUser(): User {
  return {
    name: "ann",
    tags: ["a", "bc"],
    scores: new Map([["a", 1]]),
    profile: { nick: "annie", friends: ["bob"] },
    greet: (who) => `hi ${who}`,
  };
}

function builtIns(u: User | undefined): unknown[] {
  return [
    u?.tags.join(","),
    u?.name.toUpperCase(),
    u?.tags.includes("a"),
    u?.tags.slice(1),
    u?.tags.indexOf("bc"),
    u?.scores.get("a"),
    u?.scores.has("a"),
    u?.scores.size,
    u?.name.trim(),
    u?.name.split(""),
    u?.name.replace(/a/g, "b"),
    u?.name.length,
    u?.tags.length,
    u?.tags[1],
    u?.name[0],
    u?.greet("x"),
  ];
}

export function testBuiltInMethodsAfterOptionalLink(): unknown[] {
  return [builtIns(makeUser()), builtIns(undefined)];
}

function callbacks(u: User | undefined): unknown[] {
  const upper = u?.tags.map((t) => t.toUpperCase());
  const seen: string[] = [];
  u?.tags.forEach((t) => seen.push(t));
  return [upper, u?.tags.filter((t) => t === "a"), u?.tags.some((t) => t === "a"), u?.tags.find((t) => t.length > 1), seen];
}

export function testArrayCallbacksAfterOptionalLink(): unknown[] {
  return [callbacks(makeUser()), callbacks(undefined)];
}

export function testCallbackThatShortensArrayAfterOptionalLink(): unknown[] {
  const make = (): { items: number[] } => ({ items: [1, 2, 3] });
  const run = (box: { items: number[] } | undefined, same: { items: number[] }): unknown => {
    const result = box?.items.map((x) => {
      if (x === 1) {
        same.items.pop();
      }
      return x * 2;
    });
    return result === undefined ? "none" : [result.length, JSON.stringify(result)];
  };
  const box = make();
  return [run(box, box), run(undefined, make())];
}

function nonNull(u: User | undefined): unknown[] {
  return [u?.profile!.nick, u?.name!.length, u?.profile!.friends.length, u?.profile!.friends[0]!.toUpperCase()];
}

export function testNonNullInsideChain(): unknown[] {
  return [nonNull(makeUser()), nonNull(undefined)];
}

export function testUserMethodsAndGettersAfterOptionalLink(): unknown[] {
  const account = new Account("ann");
  const holder: { inner: Account } | undefined = { inner: account };
  const none = undefined as { inner: Account } | undefined;
  const missing = undefined as Account | undefined;
  return [holder?.inner.describe(), none?.inner.describe(), missing?.inner.inner.describe(), account?.inner.inner.describe(), account.calls];
}

export function testRestOfChainIsNotEvaluated(): unknown[] {
  const log: string[] = [];
  const key = (k: string): string => {
    log.push(k);
    return k;
  };
  const none = undefined as Record<string, string[]> | undefined;
  const some: Record<string, string[]> | undefined = { a: ["x", "y"] };
  const arrays = undefined as string[][] | undefined;
  return [none?.[key("a")]![0]!.length, some?.[key("a")]![1]!.length, arrays?.[0]![key("i").length]!.length, log];
}

export function testSeveralOptionalLinksInOneChain(): unknown[] {
  const users: (User | undefined)[] = [makeUser(), undefined, { ...makeUser(), profile: undefined }];
  return users.map((u) => [u?.profile?.friends.join("+"), u?.profile?.nick!.toUpperCase(), u?.tags?.[0]?.toUpperCase()]);
}

export function testOptionalCallThenMember(): unknown[] {
  const getUser = (present: boolean): User | undefined => (present ? makeUser() : undefined);
  const maybeFunction = undefined as (() => User) | undefined;
  const someFunction: (() => User) | undefined = makeUser;
  return [getUser(true)?.name.length, getUser(false)?.name.length, maybeFunction?.().name.length, someFunction?.().tags.join("-")];
}

export function testStatementCallsAfterOptionalLink(): unknown[] {
  const some: { items: number[]; scores: Map<string, number> } | undefined = { items: [1], scores: new Map() };
  const none = undefined as { items: number[]; scores: Map<string, number> } | undefined;
  some?.items.push(2);
  none?.items.push(2);
  some?.scores.set("a", 1);
  none?.scores.set("a", 1);
  some?.items.reverse();
  none?.items.sort();
  return [some.items, [...some.scores.entries()], none];
}
