// An optional chain compared with a literal (`token?.kind === "op"`) is `token is not None and
// token["kind"] == "op"` (`!==`: `is None or … !=`), which type checkers narrow for the operands after
// it; each gives the bool Node gives, for a missing link at every depth, literals on either side,
// texts, numbers and booleans, and a receiver evaluated once.
interface Token {
  kind: "op" | "number";
  op?: string;
  value?: number;
  next?: Token;
  done?: boolean;
}

const tokens: (Token | undefined)[] = [
  { kind: "op", op: "*" },
  { kind: "number", value: 2, next: { kind: "op", op: "+", done: true } },
  undefined,
  { kind: "op", op: "-", next: { kind: "number", value: 0 } },
];

export function testComparisonsOfEachToken(): unknown[] {
  return tokens.map((token) => [
    token?.kind === "op" && token.op === "*",
    token?.kind !== "op" || token.op !== "-",
    "number" === token?.kind,
    token?.value === 2,
    token?.value !== 0,
    token?.next?.kind === "op",
    token?.next?.kind !== "number",
    token?.next?.done === true,
    token?.next?.done !== true,
    token?.next?.value === 0,
  ]);
}

export function testReceiverEvaluatedOnce(): unknown[] {
  let calls = 0;
  const at = (index: number): Token | undefined => {
    calls++;
    return tokens[index];
  };
  const seen = [at(0)?.kind === "op", at(2)?.kind === "op", at(3)?.next?.kind !== "op", at(1)?.next?.op === "+"];
  return [seen, calls];
}

export function testInLoopConditions(): unknown[] {
  const queue: Token[] = [
    { kind: "op", op: "*" },
    { kind: "op", op: "/" },
    { kind: "number", value: 3 },
  ];
  let position = 0;
  const peek = (): Token | undefined => queue[position];
  const ops: string[] = [];
  for (let token = peek(); token?.kind === "op" && (token.op === "*" || token.op === "/"); token = peek()) {
    ops.push(token.op);
    position++;
  }
  let token = peek();
  while (token?.kind !== "op" && token !== undefined) {
    ops.push(String(token.value));
    position++;
    token = peek();
  }
  return [ops, position];
}

export function testNegatedAndAsValues(): unknown[] {
  return tokens.map((token) => {
    const isOp = token?.kind === "op";
    return [
      !(token?.kind === "op"),
      !(token?.next?.kind !== "op"),
      token?.kind === "op" ? "op" : "other",
      Number(token?.value === 2) + 1,
      `${token?.kind === "number"}`,
      [isOp, typeof isOp, isOp === true],
      tokens.length > 0 && token?.kind === "op",
      token?.kind === "number" || token?.next?.kind === "op",
    ];
  });
}

// Tested against None (`!match?.groups`, `a?.b === undefined`, `== null`): a skipped chain is None,
// `match is None or match.groups is None`, which type checkers narrow for what follows.
interface Parsed {
  groups?: Record<string, string>;
}

export function testChainsTestedForNone(): unknown[] {
  const results: (Parsed | undefined)[] = [undefined, {}, { groups: { a: "1" } }];
  return results.map((parsed) => {
    const seen: unknown[] = [];
    if (!parsed?.groups) {
      seen.push("none");
    } else {
      seen.push(Object.keys(parsed.groups).length);
    }
    seen.push(parsed?.groups === undefined, parsed?.groups !== undefined, parsed?.groups == null, parsed?.groups != null);
    seen.push(parsed?.groups?.["a"] === undefined, !parsed?.groups?.["a"], parsed?.groups ? "has" : "lacks");
    const value = parsed?.groups == null ? "n" : (parsed.groups["a"] ?? "missing");
    return [...seen, value];
  });
}
