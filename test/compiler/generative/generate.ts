/**
 * Random, well-typed TypeScript programs for the generative differential test: seeded and
 * reproducible (the same seed gives the same program), built from templates so that a failing
 * program can be shrunk by replacing a piece with a smaller piece of the same type.
 *
 * A program is one exported function. It declares a variable of every type, runs random
 * statements over them (control flow, assignments, built-in calls with every arity, a class with a
 * getter, a setter and a method, object literals with methods, getters and setters, and what reviews
 * found bugs in: see the productions after STATEMENTS), and returns everything it can observe, so that any difference
 * in any step shows in the JSON of the result.
 */

import { FDLIBM_FUNCTIONS } from "../../../transpiler/src/builtins/fdlibm-functions";

export type Type = "number" | "string" | "boolean" | "number[]" | "string[]" | "map" | "record";

/** An expression: a template with `$0`, `$1`… holes filled by its arguments, in order. */
export interface Expression {
  type: Type;
  template: string;
  args: Expression[];
}

/** A statement: a template with `$0`… for expressions and `{0}`, `{1}` for blocks. */
export interface Statement {
  template: string;
  args: Expression[];
  blocks: Statement[][];
}

export interface Program {
  name: string;
  seed: number;
  body: Statement[];
}

/** mulberry32: small, fast, and the same sequence in every Node version. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  integer(limit: number): number {
    return Math.floor(this.next() * limit);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.integer(items.length)] as T;
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

const literal = (type: Type, template: string): Expression => ({ type, template, args: [] });
const node = (type: Type, template: string, ...args: Expression[]): Expression => ({ type, template, args });

const NUMBER_LITERALS = [
  "0",
  "1",
  "2",
  "3",
  "7",
  "10",
  "-1",
  "-3",
  "0.5",
  "1.5",
  "-2.25",
  "0.1",
  "100",
  "255",
  "-0",
  "2 ** 53",
  "Number.MAX_SAFE_INTEGER",
  "1e21",
  "NaN",
  "Infinity",
  "4294967296",
  "2147483647",
];
const STRING_LITERALS = [
  '""',
  '"a"',
  '"abc"',
  '"Hello"',
  '" pad "',
  '"a,b,c"',
  '"héllo"',
  '"😀x"',
  '"x😀y"',
  '"$&"',
  '"10"',
  '"-3.5"',
  '"0x1f"',
  '" 42px"',
  '"b"',
  '"ABC"',
  '"1e3"',
  '"\\t"',
  '"a\\nb\\n"',
  '"\\u017fK\\u212a"',
  '"1\\u0661"',
  // The halves of an emoji alone: joined in any order by the productions below, they must pair as in JavaScript.
  '"\\ud83d"',
  '"\\ude00"',
];

/**
 * Regular expressions, written into templates as literals: each one valid with and without `u`,
 * none refused by the compiler, none that backtracks for long. Flags are drawn at random.
 */
const REGEXP_PATTERNS = [
  "a",
  "[a-z]+",
  "\\d+",
  "\\w+",
  "\\s+",
  "\\W",
  "\\b",
  "\\B",
  ".",
  ".+?",
  "^",
  "$",
  "^a|b$",
  "(a)(b)?",
  "(?<w>[a-z])\\k<w>",
  "(?<first>\\w)(?<rest>\\w*)",
  "x*",
  "(?:)",
  "[^a-z]",
  "(?=a)",
  "(?<=b)",
  "(?<!a)b",
  "😀",
  "[😀é]",
  "é",
  "\\u00e9",
  "(\\d)(\\d)",
  "a{1,2}",
  "[A-Z]",
  "É",
  "ß",
  "σ",
  "\\p{L}",
  "\\n",
  ".$",
  "^.",
  "(a|ab)(c|bcd)(d*)",
  "(?:(x)|y)\\1",
  "[\\s,]+",
  "\\.",
  "k",
];
/** Expressions giving the first half of an emoji (alone or at the end), the second half, and ways to join two strings. */
const HIGH_HALVES = ['"\\ud83d"', '"😀".charAt(0)', "String.fromCharCode(0xd83d)", '"a😀".slice(0, 2)', '"😀x".substring(0, 1)'];
const LOW_HALVES = ['"\\ude00"', '("😀"[1] ?? "")', "String.fromCharCode(0xde00)", '"😀b".slice(1)', '("😀".at(-1) ?? "")'];
const HALF_JOINS = ["($0 + $1)", "`${$0}${$1}`", "$0.concat($1)", '[$0, $1].join("")', "$1.padStart(3, $0)", "$0.padEnd(2, $1)", '("_".replace("_", $0) + $1)'];

const REPLACEMENTS = ['"-"', '"[$&]"', '("$" + "1")', '("<$" + "2>")', '"$<w>"', '"$$"', '"$\'"', '"$`"', '""', '"😀"'];

/** Patterns with a group that may take no part: split() refuses them (undefined in a string[]). */
const OPTIONAL_GROUPS = new Set(["(a)(b)?", "(?:(x)|y)\\1"]);

function regexp(random: Random, global = random.chance(0.5), forSplit = false): string {
  const pattern = random.pick(forSplit ? REGEXP_PATTERNS.filter((candidate) => !OPTIONAL_GROUPS.has(candidate)) : REGEXP_PATTERNS);
  // A backreference under `i` is refused (JavaScript's case-insensitive comparison): no `i` there.
  // `\p{…}` is a property only with `u` (TypeScript refuses it without).
  const flags = ["i", "m", "s", "u"]
    .filter(
      (flag) =>
        (flag === "u" && pattern.includes("\\p")) ||
        // `\B` alone with `u` is refused (V8 tries it between an emoji's halves); a backreference under `i` too.
        (random.chance(0.3) && !(flag === "i" && /\\[k1]/.test(pattern)) && !(flag === "u" && pattern === "\\B")),
    )
    .join("");
  return `/${pattern}/${global ? "g" : ""}${flags}`;
}

/** Where generation is: the variables in scope by type, and how deep the expression is. */
interface Scope {
  variables: Record<Type, string[]>;
  /** Variables statements may assign (not loop variables: loops must end). */
  assignable: Record<Type, string[]>;
  depth: number;
  loopDepth: number;
  /** Labels of the loops around the statement: `break label` and `continue label` may name them. */
  labels: string[];
  counter: { next: number };
  /** Inside a switch on a getter: TypeScript narrows the getter's type in each case, so a second one there may not compile. */
  inGetterSwitch?: boolean;
}

function withVariable(scope: Scope, type: Type, name: string, assignable: boolean): Scope {
  return {
    ...scope,
    variables: { ...scope.variables, [type]: [...scope.variables[type], name] },
    assignable: assignable ? { ...scope.assignable, [type]: [...scope.assignable[type], name] } : scope.assignable,
  };
}

type Production = (random: Random, scope: Scope) => Expression;

function generate(type: Type, random: Random, scope: Scope): Expression {
  const variables = scope.variables[type];
  if (scope.depth >= 2 || random.chance(0.3)) {
    if (variables.length > 0 && random.chance(0.6)) {
      return literal(type, random.pick(variables));
    }
    return leaf(type, random);
  }
  const inner: Scope = { ...scope, depth: scope.depth + 1 };
  const production = random.pick(PRODUCTIONS[type]);
  return production(random, inner);
}

function leaf(type: Type, random: Random): Expression {
  switch (type) {
    case "number":
      return literal(type, random.pick(NUMBER_LITERALS));
    case "string":
      return literal(type, random.pick(STRING_LITERALS));
    case "boolean":
      return literal(type, random.pick(["true", "false"]));
    case "number[]":
      return literal(type, random.pick(["([] as number[])", "[1, 2, 3]", "[3, 1, 2]", "[-1, 0.5, 10]", "[NaN, 0, -0]", "[5]", "[2, 2, 1, 10, 9]"]));
    case "string[]":
      return literal(type, random.pick(["([] as string[])", '["a", "b"]', '["b", "a", "B", "10", "9"]', '["", "x"]', '["héllo", "😀"]']));
    case "map":
      return literal(
        type,
        random.pick(["new Map<string, number>()", 'new Map<string, number>([["a", 1], ["b", 2]])', 'new Map<string, number>([["2", 5], ["x", -1]])']),
      );
    case "record":
      return literal(type, `(${random.pick(["{}", "{ a: 1, b: 2 }", '{ "2": 1, z: 3, "1": 0 }', "{ x: -0.5 }"])} as Record<string, number>)`);
  }
}

const n = (random: Random, scope: Scope): Expression => generate("number", random, scope);
const s = (random: Random, scope: Scope): Expression => generate("string", random, scope);
const b = (random: Random, scope: Scope): Expression => generate("boolean", random, scope);
const na = (random: Random, scope: Scope): Expression => generate("number[]", random, scope);
const sa = (random: Random, scope: Scope): Expression => generate("string[]", random, scope);
const m = (random: Random, scope: Scope): Expression => generate("map", random, scope);
const r = (random: Random, scope: Scope): Expression => generate("record", random, scope);
/** A small count for repeat() and friends, which would make huge strings from large numbers. */
const small = (random: Random): Expression => literal("number", random.pick(["0", "1", "2", "3", "-1", "1.5"]));
/** pow's hard cases (0, -0, negative bases, halves, NaN, Infinity), besides any number expression. */
const base = (random: Random): Expression =>
  literal("number", random.pick(["0", "-0", "1", "2", "3", "-2", "0.5", "10", "-1", "NaN", "Infinity", "2 ** 53", "-8", "1.1"]));
const exponent = (random: Random): Expression =>
  literal("number", random.pick(["0", "1", "2", "3", "-1", "0.5", "-2", "-3", "1.5", "0.3", "Infinity", "NaN", "53"]));
/** The transcendental functions, which the runtime computes with V8's fdlibm (transpiler/runtime/js_fdlibm.py). */
const TRANSCENDENTAL = FDLIBM_FUNCTIONS;

/** A callback body over a fresh parameter of the element type. */
function lambda(random: Random, scope: Scope, parameterType: Type, resultType: Type): [string, Expression] {
  const parameter = `p${scope.counter.next++}`;
  const inner = withVariable({ ...scope, depth: scope.depth + 1 }, parameterType, parameter, false);
  return [parameter, generate(resultType, random, inner)];
}

function callback(type: Type, template: (parameter: string) => string, parameterType: Type, resultType: Type, receiver: Production): Production {
  return (random, scope) => {
    const [parameter, body] = lambda(random, scope, parameterType, resultType);
    return node(type, template(parameter), receiver(random, scope), body);
  };
}

const PRODUCTIONS: Record<Type, Production[]> = {
  number: [
    (random, scope) => node("number", "($0 + $1)", n(random, scope), n(random, scope)),
    (random, scope) => node("number", "($0 - $1)", n(random, scope), n(random, scope)),
    (random, scope) => node("number", "($0 * $1)", n(random, scope), n(random, scope)),
    (random, scope) => node("number", "($0 / $1)", n(random, scope), n(random, scope)),
    (random, scope) => node("number", "($0 % $1)", n(random, scope), n(random, scope)),
    (random, _scope) => node("number", "(($0) ** $1)", base(random), exponent(random)),
    (random, scope) => node("number", "-($0)", n(random, scope)),
    (random, scope) => node("number", `$0.search(${regexp(random)})`, s(random, scope)),
    (random, scope) => node("number", `Math.${random.pick(["floor", "ceil", "round", "trunc", "abs", "sqrt"])}($0)`, n(random, scope)),
    (random, _scope) => node("number", "Math.pow($0, $1)", base(random), exponent(random)),
    (random, scope) => node("number", "(($0) ** ($1))", n(random, scope), n(random, scope)),
    (random, scope) => node("number", "Math.pow($0, $1)", n(random, scope), n(random, scope)),
    (random, scope) => node("number", `Math.${random.pick(TRANSCENDENTAL)}($0)`, n(random, scope)),
    (random, scope) => node("number", "Math.atan2($0, $1)", n(random, scope), n(random, scope)),
    (random, scope) =>
      random.pick([
        node("number", "Math.min()"),
        node("number", "Math.max($0)", n(random, scope)),
        node("number", "Math.min($0, $1)", n(random, scope), n(random, scope)),
        node("number", "Math.max($0, $1, $2)", n(random, scope), n(random, scope), n(random, scope)),
      ]),
    (random, scope) => node("number", "Number($0)", s(random, scope)),
    (random, scope) => node("number", "parseInt($0)", s(random, scope)),
    (random, scope) => node("number", `parseInt($0, ${random.pick(["2", "10", "16", "36"])})`, s(random, scope)),
    (random, scope) => node("number", "parseFloat($0)", s(random, scope)),
    (random, scope) => node("number", "$0.length", s(random, scope)),
    (random, scope) => node("number", "$0.length", na(random, scope)),
    (random, scope) =>
      random.pick([
        node("number", "$0.indexOf($1)", s(random, scope), s(random, scope)),
        node("number", "$0.indexOf($1, $2)", s(random, scope), s(random, scope), n(random, scope)),
      ]),
    (random, scope) =>
      random.pick([
        node("number", "$0.lastIndexOf($1)", s(random, scope), s(random, scope)),
        node("number", "$0.lastIndexOf($1, $2)", s(random, scope), s(random, scope), n(random, scope)),
      ]),
    (random, scope) =>
      random.pick([
        node("number", "$0.indexOf($1)", na(random, scope), n(random, scope)),
        node("number", "$0.indexOf($1, $2)", na(random, scope), n(random, scope), n(random, scope)),
        node("number", "$0.lastIndexOf($1)", na(random, scope), n(random, scope)),
      ]),
    (random, scope) => node("number", "($0[$1] ?? -7)", na(random, scope), n(random, scope)),
    (random, scope) => node("number", "($0.get($1) ?? 0)", m(random, scope), s(random, scope)),
    (random, scope) => node("number", "$0.size", m(random, scope)),
    // Number keys as SameValueZero finds them: NaN finds NaN, -0 finds 0 (number expressions make both).
    (random, scope) =>
      random.pick([
        node("number", "(new Map<number, number>([[$0, 1], [$1, 2]]).get($2) ?? -1)", n(random, scope), n(random, scope), n(random, scope)),
        node("number", "new Set<number>([$0, $1, $2]).size", n(random, scope), n(random, scope), n(random, scope)),
        node("number", "[...new Set<number>([$0, $1])].reduce((total, item) => total + 1 / item, 0)", n(random, scope), n(random, scope)),
      ]),
    (random, scope) => node("number", "($0[$1] ?? 11)", r(random, scope), s(random, scope)),
    (random, scope) => node("number", "($0 ? $1 : $2)", b(random, scope), n(random, scope), n(random, scope)),
    callback("number", (p) => `$0.reduce((total, ${p}) => total + $1, 0)`, "number", "number", na),
    callback("number", (p) => `$0.findIndex((${p}) => $1)`, "number", "boolean", na),
    (random, scope) => node("number", "($0.find((item) => item > $1) ?? -1)", na(random, scope), n(random, scope)),
    () => node("number", "counter.value"),
    () => node("number", "counter.increment()"),
    // An object literal with methods, getters and setters (makeBox in the prelude), and fresh ones inline.
    (random) => node("number", random.pick(["box.amount", "box.doubled", "box.history.length"])),
    (random, scope) => node("number", "box.add($0)", n(random, scope)),
    (random, scope) =>
      node(
        "number",
        "({ a: $0, get twice() { return this.a * 2; }, plus(k: number) { return this.a + k + this.twice; } }).plus($1)",
        n(random, scope),
        n(random, scope),
      ),
    (random, scope) => node("number", "+($0)", s(random, scope)),
    // Code points, which JavaScript counts from the units: a joined pair is one.
    (random, scope) =>
      random.pick([node("number", "[...$0].length", s(random, scope)), node("number", "new Set([...$0, $1]).size", s(random, scope), s(random, scope))]),
    (random, scope) => {
      const name = random.pick(scope.assignable.number.length > 0 ? scope.assignable.number : ["counter.value"]);
      return name === "counter.value"
        ? node("number", "counter.increment()")
        : node("number", random.pick([`(${name}++)`, `(++${name})`, `(${name}--)`, `(${name} = $0)`, `(${name} += $0)`]), n(random, scope));
    },
    (random, scope) =>
      random.pick([node("number", "($0 | 0)", n(random, scope)), node("number", "($0 >>> 0)", n(random, scope)), node("number", "~($0)", n(random, scope))]),
    (random, scope) => node("number", `(($0) ${random.pick(["&", "|", "^", "<<", ">>", ">>>"])} (($1) as number))`, n(random, scope), n(random, scope)),
    (random, scope) =>
      random.pick([node("number", "Math.imul($0, $1)", n(random, scope), n(random, scope)), node("number", "Math.clz32($0)", n(random, scope))]),
  ],
  string: [
    // A Map or Set as text wherever it is: alone, inside an array, through unknown.
    (random, scope) =>
      random.pick([
        node("string", "String([$0, $1])", m(random, scope), na(random, scope)),
        node("string", "`${$0}|${new Set($1)}`", m(random, scope), sa(random, scope)),
        node("string", "JSON.stringify([$0 as unknown, $1])", m(random, scope), r(random, scope)),
      ]),
    (random) =>
      node("string", random.pick(["box.tag", "box.describe()", "JSON.stringify(box)", "Object.keys(box).join()", "JSON.stringify(Object.values(box))"])),
    (random, scope) =>
      node(
        "string",
        // In a `const` of its own: given straight to JSON.stringify (a parameter typed any) the literal's
        // `this` is typed any, and `this.s + this.n` is refused (CS1070). `n` is a number whatever $1's
        // type: `(x && -0)` is typed 0, and the setter's `this.n = v` was then no valid TypeScript
        // (programs 26,634 and 53,755 of the 100,000-program run of seed 20261208, TS2322).
        "((): string => { const shown = { s: $0, n: ($1) as number, get joined() { return this.s + this.n; }, m() { return this.s; }, set n2(v: number) { this.n = v; } }; return JSON.stringify(shown); })()",
        s(random, scope),
        n(random, scope),
      ),
    (random, scope) => node("string", "JSON.stringify({ ...pairOf($0, $1), extra: true })", s(random, scope), n(random, scope)),
    (random, scope) => node("string", "({ ...pairOf($0, $1) }).show()", s(random, scope), n(random, scope)),
    (random, scope) => node("string", "($0 + $1)", s(random, scope), s(random, scope)),
    (random, scope) => node("string", "($0 + $1)", s(random, scope), n(random, scope)),
    (random, scope) => node("string", "($0 + $1)", n(random, scope), s(random, scope)),
    (random, scope) => node("string", "`<${$0}|${$1}>`", n(random, scope), s(random, scope)),
    (random, scope) => node("string", "String($0)", n(random, scope)),
    (random, scope) => node("string", "String($0)", b(random, scope)),
    (random, scope) =>
      random.pick([
        node("string", "$0.slice()", s(random, scope)),
        node("string", "$0.slice($1)", s(random, scope), n(random, scope)),
        node("string", "$0.slice($1, $2)", s(random, scope), n(random, scope), n(random, scope)),
      ]),
    (random, scope) =>
      random.pick([
        node("string", "$0.substring($1)", s(random, scope), n(random, scope)),
        node("string", "$0.substring($1, $2)", s(random, scope), n(random, scope), n(random, scope)),
      ]),
    (random, scope) => node("string", `$0.${random.pick(["toUpperCase", "toLowerCase", "trim", "trimStart", "trimEnd"])}()`, s(random, scope)),
    (random, scope) =>
      random.pick([
        node("string", "$0.padStart($1)", s(random, scope), small(random)),
        node("string", "$0.padStart($1, $2)", s(random, scope), small(random), s(random, scope)),
        node("string", "$0.padEnd($1, $2)", s(random, scope), small(random), s(random, scope)),
      ]),
    (random, scope) => node("string", "$0.repeat($1)", s(random, scope), small(random)),
    (random, scope) => node("string", "$0.charAt($1)", s(random, scope), n(random, scope)),
    (random, scope) => node("string", '($0[$1] ?? "?")', s(random, scope), n(random, scope)),
    (random, scope) => random.pick([node("string", "$0.join()", na(random, scope)), node("string", "$0.join($1)", sa(random, scope), s(random, scope))]),
    (random, scope) =>
      random.pick([
        node("string", "$0.replace($1, $2)", s(random, scope), s(random, scope), s(random, scope)),
        node("string", "$0.replaceAll($1, $2)", s(random, scope), s(random, scope), s(random, scope)),
      ]),
    (random, scope) =>
      random.pick([
        node("string", "JSON.stringify($0)", na(random, scope)),
        node("string", "JSON.stringify($0)", r(random, scope)),
        node("string", "JSON.stringify($0)", s(random, scope)),
        node("string", "JSON.stringify($0, null, 2)", sa(random, scope)),
      ]),
    (random, scope) => node("string", '($0[$1] ?? "none")', sa(random, scope), n(random, scope)),
    (random, scope) =>
      random.pick([
        node("string", `$0.replace(${regexp(random)}, $1)`, s(random, scope), literal("string", random.pick(REPLACEMENTS))),
        node("string", `$0.replace(${regexp(random)}, $1)`, s(random, scope), s(random, scope)),
        node("string", `$0.replaceAll(${regexp(random, true)}, $1)`, s(random, scope), literal("string", random.pick(REPLACEMENTS))),
        node("string", `$0.replace(${regexp(random)}, (match: string, ...rest: unknown[]) => JSON.stringify([match, rest]))`, s(random, scope)),
        node("string", `String(${regexp(random)}.exec($0))`, s(random, scope)),
        node("string", `JSON.stringify($0.match(${regexp(random)}))`, s(random, scope)),
        node("string", "$0.concat($1, $2)", s(random, scope), s(random, scope), s(random, scope)),
      ]),
    (random, scope) => node("string", "($0 ? $1 : $2)", b(random, scope), s(random, scope), s(random, scope)),
    (random, scope) => node("string", "String($0)", na(random, scope)),
    (random, scope) =>
      random.pick([
        node("string", "($0).toFixed($1)", n(random, scope), literal("number", random.pick(["0", "1", "2", "5"]))),
        node("string", "($0).toPrecision($1)", n(random, scope), literal("number", random.pick(["1", "2", "4", "8"]))),
        node("string", "($0 | 0).toString($1)", n(random, scope), literal("number", random.pick(["2", "16", "36"]))),
      ]),
    (random, scope) => node("string", '[...$0].map(String).join("/")', na(random, scope)),
    // Code units that may be halves of an emoji, and texts split into units and joined back.
    (random, scope) =>
      random.pick([
        node("string", "String.fromCharCode($0, $1)", literal("number", random.pick(["0xd83d", "0xde00", "65", "0x1f600"])), n(random, scope)),
        node("string", '$0.split("").reverse().join("")', s(random, scope)),
        node("string", '$0.split("").join($1)', s(random, scope), s(random, scope)),
        node("string", '"x😀y".slice($0, 2).concat($1)', small(random), s(random, scope)),
      ]),
    // A high half and a low half (or any text on one side) joined in one of the ways strings are joined.
    (random, scope) => {
      const high = random.chance(0.7) ? literal("string", random.pick(HIGH_HALVES)) : s(random, scope);
      const low = random.chance(0.7) ? literal("string", random.pick(LOW_HALVES)) : s(random, scope);
      return node("string", random.pick(HALF_JOINS), high, low);
    },
    (random, scope) => {
      const name = scope.assignable.string.length > 0 ? random.pick(scope.assignable.string) : undefined;
      // A literal only: text += text in nested loops would grow exponentially (cheap ropes in V8, copies in Python).
      return name === undefined ? s(random, scope) : node("string", `(${name} += $0)`, leaf("string", random));
    },
  ],
  boolean: [
    (random, scope) =>
      node("boolean", `(($0 as number) ${random.pick(["<", "<=", ">", ">=", "===", "!=="])} ($1 as number))`, n(random, scope), n(random, scope)),
    (random, scope) => node("boolean", `(($0 as string) ${random.pick(["<", ">=", "===", "!=="])} $1)`, s(random, scope), s(random, scope)),
    (random, scope) => node("boolean", "!$0", b(random, scope)),
    (random, scope) => node("boolean", `($0 ${random.pick(["&&", "||"])} $1)`, b(random, scope), b(random, scope)),
    (random, scope) =>
      random.pick([
        node("boolean", "$0.includes($1)", s(random, scope), s(random, scope)),
        node("boolean", "$0.includes($1, $2)", s(random, scope), s(random, scope), n(random, scope)),
      ]),
    (random, scope) =>
      random.pick([
        node("boolean", "$0.startsWith($1)", s(random, scope), s(random, scope)),
        node("boolean", "$0.startsWith($1, $2)", s(random, scope), s(random, scope), n(random, scope)),
      ]),
    (random, scope) =>
      random.pick([
        node("boolean", "$0.endsWith($1)", s(random, scope), s(random, scope)),
        node("boolean", "$0.endsWith($1, $2)", s(random, scope), s(random, scope), n(random, scope)),
      ]),
    (random, scope) => node("boolean", "$0.includes($1)", na(random, scope), n(random, scope)),
    (random, scope) => node("boolean", "$0.includes($1)", sa(random, scope), s(random, scope)),
    (random, scope) => node("boolean", "$0.has($1)", m(random, scope), s(random, scope)),
    (random, scope) => node("boolean", "($0 in $1)", s(random, scope), r(random, scope)),
    (random, scope) => node("boolean", `Number.${random.pick(["isInteger", "isFinite", "isNaN", "isSafeInteger"])}($0)`, n(random, scope)),
    (random, scope) => node("boolean", "isNaN($0)", n(random, scope)),
    (random, scope) => node("boolean", "Boolean($0)", n(random, scope)),
    (random, scope) => node("boolean", "Boolean($0)", s(random, scope)),
    (random, scope) => node("boolean", "(Number($0) ? true : false)", n(random, scope)),
    (random, scope) => node("boolean", `${regexp(random)}.test($0)`, s(random, scope)),
    (random, scope) => node("boolean", `(${regexp(random)}.exec($0) === null)`, s(random, scope)),
    callback("boolean", (p) => `$0.some((${p}) => $1)`, "number", "boolean", na),
    callback("boolean", (p) => `$0.every((${p}) => $1)`, "string", "boolean", sa),
  ],
  "number[]": [
    (random, scope) => node("number[]", "[$0, $1]", n(random, scope), n(random, scope)),
    (random, scope) =>
      random.pick([
        node("number[]", "$0.slice($1)", na(random, scope), n(random, scope)),
        node("number[]", "$0.slice($1, $2)", na(random, scope), n(random, scope), n(random, scope)),
      ]),
    (random, scope) => node("number[]", "$0.concat($1)", na(random, scope), na(random, scope)),
    (random, scope) => node("number[]", "[...$0, $1]", na(random, scope), n(random, scope)),
    callback("number[]", (p) => `$0.map((${p}) => $1)`, "number", "number", na),
    // Closures made inside a callback: each keeps its own item.
    callback("number[]", (p) => `$0.map((${p}) => (): number => $1).map((make) => make())`, "number", "number", na),
    // Our own higher-order function, given callbacks that declare fewer parameters than it passes.
    callback("number[]", (p) => `mapAll($0, (${p}) => $1)`, "number", "number", na),
    (random, scope) => node("number[]", "mapAll($0, () => $1)", na(random, scope), n(random, scope)),
    (random, scope) => node("number[]", "mapAll($0, halfOf)", na(random, scope)),
    callback("number[]", (p) => `$0.filter((${p}) => $1)`, "number", "boolean", na),
    callback("number[]", (p) => `$0.map((${p}) => $1)`, "string", "number", sa),
    (random, scope) => node("number[]", "[...$0].sort()", na(random, scope)),
    (random, scope) => node("number[]", "[...$0].sort(byText)", na(random, scope)),
    (random, scope) => node("number[]", "[...$0].reverse()", na(random, scope)),
    (random, scope) => node("number[]", "Object.values($0)", r(random, scope)),
    (random, scope) => node("number[]", "[...$0.values()]", m(random, scope)),
  ],
  "string[]": [
    (random, scope) => node("string[]", "[$0]", s(random, scope)),
    (random, scope) =>
      random.pick([
        node("string[]", "$0.split($1)", s(random, scope), s(random, scope)),
        node("string[]", "$0.split($1, $2)", s(random, scope), s(random, scope), small(random)),
      ]),
    (random, scope) =>
      random.pick([
        node("string[]", `$0.split(${regexp(random, undefined, true)})`, s(random, scope)),
        node("string[]", `$0.split(${regexp(random, undefined, true)}, $1)`, s(random, scope), small(random)),
        node("string[]", `Array.from($0.matchAll(${regexp(random, true)}), (found) => \`\${found.index}:\${found.join("|")}\`)`, s(random, scope)),
      ]),
    (random, scope) => node("string[]", "Object.keys($0)", r(random, scope)),
    (random, scope) => node("string[]", "[...$0.keys()]", m(random, scope)),
    callback("string[]", (p) => `$0.map((${p}) => $1)`, "number", "string", na),
    callback("string[]", (p) => `$0.filter((${p}) => $1)`, "string", "boolean", sa),
    (random, scope) => node("string[]", "[...$0].sort()", sa(random, scope)),
    (random, scope) => node("string[]", "$0.slice($1)", sa(random, scope), n(random, scope)),
  ],
  map: [
    (random, scope) => node("map", "new Map<string, number>([[$0, $1]])", s(random, scope), n(random, scope)),
    // A copy of another Map (its entries, not its keys' characters).
    (random, scope) => node("map", "new Map($0)", m(random, scope)),
  ],
  record: [
    (random, scope) => node("record", "({ [$0]: $1 } as Record<string, number>)", s(random, scope), n(random, scope)),
    (random, scope) => node("record", "({ ...$0, k: $1 } as Record<string, number>)", r(random, scope), n(random, scope)),
  ],
};

type StatementProduction = (random: Random, scope: Scope) => Statement | undefined;

const statement = (template: string, args: Expression[], blocks: Statement[][] = []): Statement => ({ template, args, blocks });

function target(type: Type, random: Random, scope: Scope): string | undefined {
  const candidates = scope.assignable[type];
  return candidates.length === 0 ? undefined : random.pick(candidates);
}

function block(random: Random, scope: Scope, count: number): Statement[] {
  const statements: Statement[] = [];
  for (let index = 0; index < count; index++) {
    const generated = randomStatement(random, scope);
    if (generated !== undefined) {
      statements.push(generated);
    }
  }
  return statements;
}

/** `break label` or `continue label` to one of the loops around, under a condition. */
function jump(random: Random, scope: Scope): Statement {
  return statement(`if ($0 as boolean) {\n${random.pick(["break", "continue"])} ${random.pick(scope.labels)};\n}`, [b(random, scope)]);
}

const STATEMENTS: StatementProduction[] = [
  (random, scope) => {
    const name = target("number", random, scope);
    return name === undefined ? undefined : statement(`${name} = $0;`, [n(random, scope)]);
  },
  (random, scope) => {
    const name = target("number", random, scope);
    return name === undefined ? undefined : statement(`${name} ${random.pick(["+=", "-=", "*=", "/=", "%="])} $0;`, [n(random, scope)]);
  },
  (random, scope) => {
    const name = target("number", random, scope);
    return name === undefined ? undefined : statement(`${name}${random.pick(["++", "--"])};`, []);
  },
  (random, scope) => {
    const name = target("string", random, scope);
    return name === undefined ? undefined : statement(`${name} = (${name} + $0).slice(-200);`, [random.chance(0.5) ? s(random, scope) : n(random, scope)]);
  },
  (random, scope) => {
    const name = target("string", random, scope);
    return name === undefined ? undefined : statement(`${name} = $0.slice(0, 200);`, [s(random, scope)]);
  },
  (random, scope) => {
    const name = target("string", random, scope);
    return name === undefined ? undefined : statement(`${name} ${random.pick(["||=", "&&="])} $0.slice(0, 200);`, [s(random, scope)]);
  },
  (random, scope) => {
    const name = target("number", random, scope);
    return name === undefined ? undefined : statement(`${name} ${random.pick(["|=", "&=", "^=", "<<=", ">>=", ">>>=", "||=", "&&="])} $0;`, [n(random, scope)]);
  },
  (random, scope) => {
    const name = target("boolean", random, scope);
    return name === undefined ? undefined : statement(`${name} = $0;`, [b(random, scope)]);
  },
  (random, scope) => statement("numbers.push($0);", [n(random, scope)]),
  (random, scope) =>
    random.pick([
      statement("numbers.pop();", []),
      statement("numbers.shift();", []),
      statement("numbers.unshift($0);", [n(random, scope)]),
      statement("numbers.reverse();", []),
    ]),
  (random, scope) =>
    random.pick([
      statement("numbers.splice($0, $1);", [n(random, scope), small(random)]),
      statement("numbers.splice($0);", [n(random, scope)]),
      statement("numbers.splice($0, 0, $1);", [n(random, scope), n(random, scope)]),
    ]),
  (_random, _scope) => statement("numbers.sort(byText);", []),
  (random, scope) => statement("numbers = $0.slice(0, 50);", [na(random, scope)]),
  (random, scope) => statement("words.push($0);", [s(random, scope)]),
  (random, scope) => statement("words = $0.slice(-50);", [sa(random, scope)]),
  (_random, _scope) => statement("words.sort();", []),
  (random, scope) => statement("counts.set($0, $1);", [s(random, scope), n(random, scope)]),
  (random, scope) => statement("counts.delete($0);", [s(random, scope)]),
  (random, scope) => statement("record[$0] = $1;", [s(random, scope), n(random, scope)]),
  (random, scope) => statement("counter.value = $0;", [n(random, scope)]),
  (random, scope) => statement("box.reset = $0;", [n(random, scope)]),
  (random, scope) => statement("box.tag = $0;", [s(random, scope)]),
  (random, scope) => statement("box.add($0);", [n(random, scope)]),
  (random, scope) => statement("box.amount = $0;", [n(random, scope)]),
  () => statement("counter.increment();", []),
  (random, scope) =>
    statement(
      "if ($0 as boolean) {\n{0}\n} else {\n{1}\n}",
      [b(random, scope)],
      [block(random, scope, 1 + random.integer(2)), block(random, scope, random.integer(2))],
    ),
  (random, scope) => {
    if (scope.loopDepth >= 2) {
      return undefined;
    }
    const variable = `i${scope.counter.next++}`;
    const inner = withVariable({ ...scope, loopDepth: scope.loopDepth + 1 }, "number", variable, false);
    return statement(
      `for (let ${variable} = 0; ${variable} < ${random.pick(["0", "1", "3"])}; ${variable}++) {\n{0}\n}`,
      [],
      [block(random, inner, 1 + random.integer(2))],
    );
  },
  (random, scope) => {
    if (scope.loopDepth >= 2) {
      return undefined;
    }
    const variable = `x${scope.counter.next++}`;
    const label = random.chance(0.5) ? `loop${scope.counter.next++}` : undefined;
    const inner = withVariable(
      { ...scope, loopDepth: scope.loopDepth + 1, labels: label === undefined ? scope.labels : [...scope.labels, label] },
      "number",
      variable,
      false,
    );
    // Over an array, or over a generator (closed early when a jump leaves the loop).
    const iterable = random.chance(0.5) ? "[...$0]" : "halves([...$0])";
    const body = block(random, inner, 1 + random.integer(2));
    if (inner.labels.length > 0 && random.chance(0.5)) {
      body.splice(random.integer(body.length + 1), 0, jump(random, inner));
    }
    return statement(`${label === undefined ? "" : `${label}: `}for (const ${variable} of ${iterable}) {\n{0}\n}`, [na(random, scope)], [body]);
  },
  (random, scope) => (scope.labels.length === 0 ? undefined : jump(random, scope)),
  (random, scope) => (scope.labels.length === 0 ? undefined : jump(random, scope)),
  (random, scope) => {
    if (scope.loopDepth >= 2) {
      return undefined;
    }
    const variable = `w${scope.counter.next++}`;
    const inner = withVariable({ ...scope, loopDepth: scope.loopDepth + 1 }, "string", variable, false);
    return statement(`for (const ${variable} of [...$0]) {\n{0}\n}`, [sa(random, scope)], [block(random, inner, 1 + random.integer(2))]);
  },
  (random, scope) => {
    if (scope.loopDepth >= 2) {
      return undefined;
    }
    const guard = `g${scope.counter.next++}`;
    const inner = { ...scope, loopDepth: scope.loopDepth + 1 };
    return statement(
      `let ${guard} = 0;\nwhile (($0 as boolean) && ${guard} < 4) {\n${guard}++;\n{0}\n}`,
      [b(random, scope)],
      [block(random, inner, 1 + random.integer(2))],
    );
  },
  (random, scope) => {
    const error = `error${scope.counter.next++}`;
    const thrown = random.pick(["Error", "RangeError", "TypeError", "NamedError"]);
    const read = random.pick([`${error}.message`, `${error}.name`, `String(${error})`, `\`\${${error}.name}|\${${error}}\``]);
    // The message is cut as the text is: a message built from the text (`text.split("").join(sep)`)
    // grows it twentyfold a turn, past Node's 2^29 − 24 string units by the sixth (program 70,884 of
    // seed 20261208: RangeError "Invalid string length" in Node, a 1.5-gigabyte string in Python, the
    // documented limit), not a difference of the compiler's.
    return statement(
      `try {\n{0}\nif ($0 as boolean) {\nthrow new ${thrown}($1);\n}\n} catch (${error}) {\ntext = (${error} instanceof Error ? ${read} : "?").slice(0, 200) + text.slice(0, 100);\n{1}\n}`,
      [b(random, scope), s(random, scope)],
      [block(random, scope, 1), block(random, scope, random.integer(2))],
    );
  },
  (random, scope) => {
    if (scope.loopDepth >= 2) {
      return undefined;
    }
    // A loop over the Map that changes it: JavaScript's iteration is live (deleted entries skipped, added ones reached).
    const key = `k${scope.counter.next++}`;
    const entry = `v${scope.counter.next++}`;
    const guard = `g${scope.counter.next++}`;
    const inner = withVariable(withVariable({ ...scope, loopDepth: scope.loopDepth + 1 }, "string", key, false), "number", entry, false);
    const change = random.pick([
      statement(`counts.delete(${key});`, []),
      // Keys made from keys are cut short: a key built from the last one each time would grow without bound.
      statement(`counts.set((${key} + "+").slice(-20), ${entry} + 1);`, []),
      statement("counts.set($0.slice(0, 20), $1);", [s(random, inner), n(random, inner)]),
      statement("counts.delete($0);", [s(random, inner)]),
      statement("counts.clear();", []),
    ]);
    const body = block(random, inner, random.integer(2));
    body.splice(random.integer(body.length + 1), 0, change);
    return statement(`let ${guard} = 0;\nfor (const [${key}, ${entry}] of counts) {\nif (${guard}++ > 12) {\nbreak;\n}\n{0}\n}`, [], [body]);
  },
  (random, scope) =>
    statement(
      "switch ($0 as number) {\ncase 0:\n{0}\nbreak;\ncase 1:\ncase 2:\n{1}\nbreak;\ndefault:\n{2}\n}",
      [n(random, scope)],
      [block(random, scope, 1), block(random, scope, 1), block(random, scope, random.integer(2))],
    ),
];

/*
 * What adversarial reviews found bugs in, which the productions above never made: getters with a
 * side effect read by `??`, `||`, `&&`, `switch`, `?.` and templates (ticker.reads shows a second
 * read); `#private` members per class across a hierarchy, statics, `super` and accessor overrides;
 * closures made in loops and called after; logical and compound assignments on every kind of
 * target, also as values; Map and Set copies, walks that change them, number keys; labelled jumps,
 * try/finally leaving loops, default parameters, optional calls, spread arguments and nested
 * destructuring defaults. Every statement here writes what it saw into `seen`.
 */
const SHAPES = ["plain", "square", "mixed"];
const fresh = (scope: Scope, prefix: string): string => `${prefix}${scope.counter.next++}`;

PRODUCTIONS.number.push(
  // A getter read once by each operator, also inside an optional chain.
  (random, scope) =>
    random.pick([
      node("number", "(ticker.next ?? $0)", n(random, scope)),
      node("number", "(ticker.maybe ?? $0)", n(random, scope)),
      node("number", "(ticker.parity || $0)", n(random, scope)),
      node("number", "(ticker.maybe || $0)", n(random, scope)),
      node("number", "(ticker.parity && $0)", n(random, scope)),
      node("number", "((ticker.maybe && $0) ?? -2)", n(random, scope)),
    ]),
  (random, scope) =>
    random.pick([
      node("number", "(ticker.self?.next ?? -5)"),
      node("number", "(ticker.self?.plus($0) ?? -4)", n(random, scope)),
      node("number", "(ticker.self?.maybe ?? $0)", n(random, scope)),
      node("number", "ticker.next"),
    ]),
  // Classes with #names of their own, statics, super calls and overridden accessor pairs.
  (random, scope) =>
    random.pick([
      node("number", `${random.pick(SHAPES)}.size`),
      node("number", `${random.pick(SHAPES)}.bump($0)`, n(random, scope)),
      node("number", "square.own()"),
      node("number", "(Shape.made + Square.squares * 100)"),
      node("number", "Shape.create().bump($0)", n(random, scope)),
    ]),
  // Logical and compound assignments as values, on locals, properties, record entries, array elements and fields.
  (random, scope) =>
    random.pick([
      node("number", "(optional ??= $0)", n(random, scope)),
      // Only a variable may be assigned inside an expression (CS1013): properties and elements are assigned by statements below.
      // value and other once declared (their own initializers come first).
      scope.assignable.number.includes("other")
        ? assignedAsValue("other", random.pick(["+=", "-=", "*=", "||=", "&&=", "??="]), (operator) =>
            n(random, rightOfNullishAssignment(scope, "other", operator)),
          )
        : node("number", "(optional ||= $0)", n(random, scope)),
      node("number", `accumulator.${random.pick(["add", "scale"])}($0)`, n(random, scope)),
      scope.assignable.number.includes("value")
        ? assignedAsValue("value", random.pick(["??=", "||=", "&&=", "**="]), (operator) =>
            random.chance(0.5) ? exponent(random) : n(random, rightOfNullishAssignment(scope, "value", operator)),
          )
        : node("number", "((optional &&= $0) ?? -8)", n(random, scope)),
    ]),
  // Map and Set copies and number keys (NaN, -0).
  (random, scope) =>
    random.pick([
      node("number", "new Map($0).size", m(random, scope)),
      node("number", "new Set($0).size", sa(random, scope)),
      node("number", "(new Map(keyed).get($0)?.length ?? -1)", n(random, scope)),
      node("number", "(keyed.has($0) ? keyed.size : -keyed.size)", n(random, scope)),
      node("number", "new Set(walked).size"),
    ]),
  // Spread arguments, into a rest parameter and into Math.
  (random, scope) =>
    random.pick([
      node("number", "sumAll(...$0)", na(random, scope)),
      node("number", "sumAll($0, ...$1)", n(random, scope), na(random, scope)),
      node("number", "Math.max(...$0)", na(random, scope)),
      node("number", "Math.min($0, ...$1, $2)", n(random, scope), na(random, scope), n(random, scope)),
    ]),
);

PRODUCTIONS.string.push(
  (random, scope) =>
    random.pick([
      node("string", "(ticker.title ?? $0)", s(random, scope)),
      node("string", "(ticker.title || $0)", s(random, scope)),
      node("string", '((ticker.title && $0) ?? "n")', s(random, scope)),
      node("string", '`${ticker.next}:${ticker.maybe ?? "u"}:${ticker.title}:${ticker.maybe}`'),
      node("string", '(ticker.self?.title ?? "gone")'),
    ]),
  (random) => node("string", random.pick([`${random.pick(SHAPES)}.describe()`, "new Square().describe()", "Shape.create().describe()"])),
  (random, scope) =>
    random.pick([
      node("string", "accumulator.take($0)", n(random, scope)),
      node("string", "accumulator.describe()"),
      node("string", "(label ??= $0)", s(random, scope)),
      scope.assignable.string.includes("text")
        ? node("string", `(text ${random.pick(["||=", "&&=", "??="])} $0)`, leaf("string", random))
        : node("string", '(label || "l")'),
    ]),
  (random, scope) =>
    random.pick([
      node("string", "JSON.stringify([...$0])", m(random, scope)),
      node("string", "JSON.stringify(Array.from($0.values()))", m(random, scope)),
      node("string", "JSON.stringify(Array.from($0))", m(random, scope)),
      node("string", "[...new Set(new Set($0))].join()", sa(random, scope)),
      node("string", "JSON.stringify([...keyed].map(([key, entry]) => [1 / key, entry]))"),
    ]),
);

PRODUCTIONS.boolean.push((random, scope) =>
  // Inside a switch on a getter TypeScript has narrowed it to the case's value: no other value may be compared with it there.
  scope.inGetterSwitch === true
    ? node("boolean", "walked.has($0)", n(random, scope))
    : random.pick([
        node("boolean", "(ticker.parity === 1 || ticker.next > $0)", n(random, scope)),
        // `< 1`, not `=== 0`: a narrowing to 0 made a later `ticker.parity === 1` in the same
        // expression a TS2367 error (6 of the 100,000 programs of seeds 20261202 and 20261203).
        node("boolean", "((ticker.maybe ?? 0) > 2 && ticker.parity < 1)"),
        node("boolean", "walked.has($0)", n(random, scope)),
      ]),
);

PRODUCTIONS["number[]"].push((random, scope) =>
  random.pick([
    node("number[]", "Array.from(keyed.keys())"),
    node("number[]", "[...$0, ...$1]", na(random, scope), na(random, scope)),
    node("number[]", "[...new Set($0)]", na(random, scope)),
  ]),
);

/**
 * The scope of the right side of `name operator …`. TypeScript types a variable that is never nullish
 * as `never` on the right of its own `??=`, so an arithmetic assignment of it there does not compile
 * (TS2322: seed 20261210, program 37,492 wrote `value ??= (value += value)`).
 */
function rightOfNullishAssignment(scope: Scope, name: string, operator: string): Scope {
  return operator === "??="
    ? { ...scope, assignable: { ...scope.assignable, number: scope.assignable.number.filter((variable) => variable !== name) } }
    : scope;
}

/** `(name operator right)`, a variable's assignment kept as a value; the right side is made knowing the operator. */
function assignedAsValue(name: string, operator: string, right: (operator: string) => Expression): Expression {
  return node("number", `(${name} ${operator} $0)`, right(operator));
}

/** A target of a compound or logical assignment, and an operator for it that TypeScript allows there. */
function assignment(random: Random, scope: Scope): [string, string, Expression] {
  const choice = random.integer(6);
  if (choice === 0) {
    return ["optional", random.pick(["??=", "||=", "&&="]), n(random, scope)];
  }
  if (choice === 1) {
    const operator = random.pick(["+=", "-=", "*=", "**=", "|=", "&=", "<<=", "??=", "||=", "&&="]);
    const target = random.pick(["slots.a", "other"]);
    return [target, operator, operator === "**=" ? exponent(random) : n(random, rightOfNullishAssignment(scope, target, operator))];
  }
  if (choice === 2) {
    return [random.pick(['tallies["a"]', "tallies.b", `tallies[${random.pick(['"c"', "pick"])}]`]), random.pick(["??=", "||=", "&&="]), n(random, scope)];
  }
  if (choice === 3) {
    return [`cells[${random.pick(["0", "1", "2", "at"])}]`, random.pick(["??=", "||=", "&&="]), n(random, scope)];
  }
  if (choice === 4) {
    return ["slots.b", random.pick(["??=", "||=", "&&="]), n(random, scope)];
  }
  return [`${random.pick(SHAPES)}.size`, random.pick(["+=", "-=", "*=", "||=", "??="]), n(random, scope)];
}

STATEMENTS.push(
  // A switch on a getter reads it once; compound assignments read a getter on their right once.
  (random, scope) =>
    scope.inGetterSwitch === true
      ? undefined
      : statement(
          `switch (${random.pick(["ticker.next", "ticker.parity"])}) {\ncase 1:\n{0}\nbreak;\ncase 2:\ncase 3:\n{1}\nbreak;\ndefault:\n{2}\n}\nseen.push(String(ticker.reads));`,
          [],
          [
            block(random, { ...scope, inGetterSwitch: true }, 1),
            block(random, { ...scope, inGetterSwitch: true }, 1),
            block(random, { ...scope, inGetterSwitch: true }, random.integer(2)),
          ],
        ),
  (random) =>
    statement(
      random.pick([
        "value += ticker.next;",
        "other -= ticker.parity;",
        "optional ??= ticker.next;",
        "label ||= ticker.title;",
        "slots.a *= ticker.next;",
        "tallies.a ||= ticker.parity;",
        "cells[at] ??= ticker.next;",
        "accumulator.add(ticker.next);",
      ]) + "\nseen.push(`reads ${ticker.reads}`);",
      [],
    ),
  // Logical and compound assignments, as statements and as a value kept.
  (random, scope) => {
    const [name, operator, operand] = assignment(random, scope);
    // Kept as a value: a variable only (CS1013), and no bitwise or ** operator (refused as a value).
    return random.chance(0.5) || !["optional", "other"].includes(name) || !["+=", "-=", "*=", "??=", "||=", "&&="].includes(operator)
      ? statement(`${name} ${operator} $0;`, [operand])
      : statement(`const ${fresh(scope, "assigned")} = (${name} ${operator} $0);\nseen.push(String(assigned${scope.counter.next - 1}));`, [operand]);
  },
  (random, scope) =>
    random.pick([
      statement(`${random.pick(SHAPES)}.size = $0;`, [n(random, scope)]),
      statement("optional = $0 ? undefined : $1;", [b(random, scope), n(random, scope)]),
      statement("label = $0 ? null : $1;", [b(random, scope), s(random, scope)]),
      statement("slots.c ||= $0;", [s(random, scope)]),
      statement("slots.c &&= $0;", [s(random, scope)]),
      statement('pick = $0 ? "a" : "c";', [b(random, scope)]),
      statement(`at = ${random.pick(["0", "1", "2"])};`, []),
    ]),
  // Closures made in a loop, called after it: each keeps its iteration's variables.
  (random, scope) => {
    if (scope.loopDepth >= 2) {
      return undefined;
    }
    const made = fresh(scope, "made");
    const local = fresh(scope, "local");
    const kind = random.integer(3);
    const variable = fresh(scope, kind === 0 ? "i" : kind === 1 ? "x" : "g");
    const outer = { ...scope, loopDepth: scope.loopDepth + 1 };
    // The while loop's counter changes after the closures are made (refused if they capture it): only its body copy is in scope.
    const withLoop = withVariable(outer, "number", kind === 2 ? `copy${variable}` : variable, false);
    const inner = withVariable(withLoop, "number", local, false);
    const body = block(random, inner, random.integer(2));
    // The while loop's counter changes after the capture (refused): its closures keep a body copy of it.
    const captured = kind === 2 ? `copy${variable}` : variable;
    const capture = `${made}.push(() => \`\${${captured}}:\${${local}}:\${$1}\`);`;
    const header =
      kind === 0
        ? `for (let ${variable} = 0; ${variable} < 3; ${variable}++) {`
        : kind === 1
          ? `for (${random.pick(["const", "let"])} ${variable} of [...$2]) {`
          : `let ${variable} = 0;\nwhile (${variable} < 3) {\nconst copy${variable} = ${variable};`;
    const step = kind === 2 ? `\n${variable}++;` : "";
    return statement(
      `const ${made}: (() => string)[] = [];\n${header}\nconst ${local} = $0;\n${capture}\n{0}${step}\n}\nseen.push(${made}.map((make) => make()).join());`,
      [generate("number", random, withLoop), generate("number", random, inner), na(random, scope)],
      [body],
    );
  },
  // Labelled jumps out of nested loops.
  (random, scope) => {
    if (scope.loopDepth >= 1) {
      return undefined;
    }
    const label = fresh(scope, "outer");
    const index = fresh(scope, "i");
    const item = fresh(scope, "x");
    const inner = withVariable(withVariable({ ...scope, loopDepth: 2, labels: [...scope.labels, label] }, "number", index, false), "number", item, false);
    return statement(
      `${label}: for (let ${index} = 0; ${index} < 3; ${index}++) {\nfor (const ${item} of [...$0]) {\nif ($1 as boolean) {\ncontinue ${label};\n}\nif ($2 as boolean) {\nbreak ${label};\n}\n{0}\nseen.push(\`\${${index}}/\${${item}}\`);\n}\n}`,
      [na(random, scope), b(random, inner), b(random, inner)],
      [block(random, inner, random.integer(2))],
    );
  },
  // try/finally left by return, break and continue inside a loop.
  (random, scope) => {
    const name = fresh(scope, "attempt");
    const index = fresh(scope, "i");
    const inner = withVariable({ ...scope, loopDepth: 2, labels: [] }, "number", index, false);
    return statement(
      `const ${name} = (limit: number): string => {\nlet trail = "";\nfor (let ${index} = 0; ${index} < 4; ${index}++) {\ntry {\nif (${index} === limit) {\nreturn \`\${trail}r\${${index}}\`;\n}\nif ($0 as boolean) {\nbreak;\n}\nif (${index} % 2 === 1) {\ncontinue;\n}\ntrail += "b";\n} finally {\ntrail += \`f\${${index}}\`;\n}\n}\nreturn trail;\n};\nseen.push(${name}($1), ${name}($2));`,
      [b(random, inner), small(random), literal("number", random.pick(["2", "5", "0"]))],
    );
  },
  // Default parameters that read earlier ones; optional calls on what may be undefined; nested destructuring defaults.
  (random, scope) => {
    const name = fresh(scope, "defaults");
    return statement(
      `const ${name} = (first: number, second: number = first * 2, third: string = \`\${first}+\${second}\`): string => \`\${third}=\${first + second}\`;\nseen.push(${name}($0), ${name}($1, $2), ${name}($3, $4, $5));`,
      [n(random, scope), n(random, scope), n(random, scope), n(random, scope), n(random, scope), s(random, scope)],
    );
  },
  (random, scope) => {
    const maybeBox = fresh(scope, "maybeBox");
    const maybeTicker = fresh(scope, "maybeTicker");
    return statement(
      `const ${maybeBox}: ReturnType<typeof makeBox> | undefined = $0 ? box : undefined;\nconst ${maybeTicker}: Ticker | undefined = $1 ? ticker : undefined;\nseen.push(String(${maybeBox}?.add($2) ?? "none"), String(${maybeBox}?.describe()), String(${maybeTicker}?.plus($3)), String(${maybeTicker}?.self === undefined));`,
      [b(random, scope), b(random, scope), n(random, scope), n(random, scope)],
    );
  },
  (random, scope) => {
    const source = fresh(scope, "source");
    const [a, bName, c, p, q] = ["a", "b", "c", "p", "q"].map((prefix) => fresh(scope, prefix)) as [string, string, string, string, string];
    return statement(
      `const ${source}: { a?: number; inner?: { b?: number; c?: string } } = $0 ? { a: $1, inner: $2 ? {} : { c: $3 } } : {};\nconst { a: ${a} = $4, inner: { b: ${bName} = ${a} + 1, c: ${c} = "c" } = { b: 7 } } = ${source};\nconst [${p} = 5, ${q} = ${p} * 2] = $5;\nseen.push(\`\${${a}}/\${${bName}}/\${${c}}/\${${p}}/\${${q}}\`);`,
      [b(random, scope), n(random, scope), b(random, scope), s(random, scope), n(random, scope), na(random, scope)],
    );
  },
  // Map and Set: copies apart from their source, walks that change them, forEach, number keys.
  (random, scope) =>
    random.pick([
      statement(`keyed.set($0, $1);\nseen.push(String(keyed.size));`, [n(random, scope), s(random, scope)]),
      statement(`keyed.delete($0);`, [n(random, scope)]),
      statement(`if (walked.size < 30) {\nwalked.add($0);\n}`, [n(random, scope)]),
      statement(`walked.delete($0);`, [n(random, scope)]),
    ]),
  (random, scope) => {
    if (scope.loopDepth >= 2) {
      return undefined;
    }
    const guard = fresh(scope, "g");
    const key = fresh(scope, "k");
    const entry = fresh(scope, "v");
    const inner = withVariable(withVariable({ ...scope, loopDepth: scope.loopDepth + 1 }, "number", key, false), "string", entry, false);
    const change = random.pick([
      statement(`keyed.set(${key} + 1, (${entry} + "+").slice(-8));`, []),
      statement("keyed.delete($0);", [n(random, inner)]),
      statement("keyed.set($0, $1);", [n(random, inner), s(random, inner)]),
      statement(`keyed.delete(${key});\nkeyed.set(${key}, ${entry});`, []),
    ]);
    const body = block(random, inner, random.integer(2));
    body.splice(random.integer(body.length + 1), 0, change);
    return statement(
      `let ${guard} = 0;\nfor (const [${key}, ${entry}] of keyed) {\nif (${guard}++ > 8) {\nbreak;\n}\n{0}\n}\nseen.push(\`\${keyed.size}:\${[...keyed.keys()].map((key) => 1 / key).join()}\`);`,
      [],
      [body],
    );
  },
  (random, scope) => {
    const guard = fresh(scope, "g");
    const item = fresh(scope, "x");
    const inner = withVariable({ ...scope, loopDepth: 2 }, "number", item, false);
    const change = random.pick([
      statement(`walked.add((${item} * 2) % 40);`, []),
      statement(`walked.delete(${item} + 1);`, []),
      statement("walked.delete($0);", [n(random, inner)]),
      statement(`walked.delete(${item});\nwalked.add(${item});`, []),
    ]);
    return statement(
      `let ${guard} = 0;\nfor (const ${item} of walked) {\nif (${guard}++ > 8) {\nbreak;\n}\n{0}\n}\nseen.push(\`\${walked.size}:\${[...walked].join()}\`);`,
      [],
      [[change]],
    );
  },
  (random, scope) => {
    const copy = fresh(scope, "copy");
    return random.pick([
      statement(
        `const ${copy} = new Map(counts);\n${copy}.set($0, $1);\ncounts.delete($2);\nseen.push(\`\${${copy}.size}/\${counts.size}/\${JSON.stringify([...${copy}])}\`);`,
        [s(random, scope), n(random, scope), s(random, scope)],
      ),
      statement(
        `const ${copy} = new Set(walked);\n${copy}.add($0);\nwalked.delete($1);\nseen.push(\`\${${copy}.size}/\${walked.size}/\${Array.from(${copy}.values()).join()}\`);`,
        [n(random, scope), n(random, scope)],
      ),
      // An array of a Map's keys walked by forEach (forEach on the Map itself is made further down).
      statement('Array.from(keyed.keys()).forEach((key) => {\nseen.push(`${1 / key}=${keyed.get(key) ?? "-"}`);\n});', []),
    ]);
  },
);

/*
 * Forms the compiler refused, or got wrong until reviews found them, that the productions above
 * never made: compound and logical assignments whose target's key or receiver runs code (a
 * counting getter, a counting call, an object's own toString() in a template, a receiver from a
 * getter), getters read through an interface or an abstract property (also where they push onto
 * the array a callback walks), Array.from over a Map's views whose mapper changes the Map, and Maps
 * and Sets passed where an Iterable is declared. Each prints its counters after, so that a key,
 * receiver or getter evaluated twice shows.
 */
const COMPOUND = ["+=", "-=", "*=", "|=", "??=", "||=", "&&="];
/** A key of `slotted` that runs code each time it is evaluated. */
function slotKey(random: Random, scope: Scope): [string, Expression[]] {
  return random.pick<[string, Expression[]]>([
    ["ticker.slot", []],
    ["keyOf($0)", [small(random)]],
    ['(SLOT_NAMES[source.next % 3] ?? "a")', []],
    ['(SLOT_NAMES[leveled.level] ?? "c")', []],
    ['(SLOT_NAMES[Math.abs($0 | 0) % 3] ?? "b")', [n(random, scope)]],
  ]);
}
const COUNTERS = "seen.push(`${JSON.stringify(slotted)} ${ticker.reads} ${keyCalls} ${source.describe()} ${counting.reads}`);";

STATEMENTS.push(
  // A key that runs code, under every compound and logical operator and ++/--.
  (random, scope) => {
    const [key, args] = slotKey(random, scope);
    const shift = (text: string): string => text.replace(/\$(\d+)/g, (_match, position: string) => `$${Number(position) + 1}`);
    const form = random.integer(COMPOUND.length + 2);
    if (form >= COMPOUND.length) {
      return statement(`${form === COMPOUND.length ? `slotted[${key}]++` : `--slotted[${key}]`};\n${COUNTERS}`, args);
    }
    return statement(`slotted[${shift(key)}] ${COMPOUND[form]} $0;\n${COUNTERS}`, [n(random, scope), ...args]);
  },
  // A key from an object's own counting toString(), in a template; a receiver from a counting getter.
  (random, scope) =>
    random.pick([
      statement(
        `tallies[${random.pick(["`${named}`", "`k${named}`", "`${named}${named}`"])}] ${random.pick(["??=", "||=", "&&="])} $0;\nseen.push(\`\${JSON.stringify(tallies)} \${named.shown}\`);`,
        [n(random, scope)],
      ),
      statement(`tallies[\`\${named}\`]! ${random.pick(["+=", "-=", "*="])} $0;\nseen.push(\`\${JSON.stringify(tallies)} \${named.shown}\`);`, [
        n(random, scope),
      ]),
      statement(`holder.box.count ${random.pick(["+=", "-=", "*=", "|=", "||=", "&&="])} $0;\nseen.push(\`\${holder.inner.count} \${holder.reads}\`);`, [
        n(random, scope),
      ]),
      statement(
        `${random.pick(["holder.box.count++", "++holder.box.count", "holder.box.count--"])};\nseen.push(\`\${holder.inner.count} \${holder.reads}\`);`,
        [],
      ),
      statement("holder.box.maybe ??= $0;\nseen.push(`${holder.inner.maybe} ${holder.reads}`);", [n(random, scope)]),
      statement("holder.box.text ||= $0.slice(0, 10);\nseen.push(`${holder.inner.text} ${holder.reads}`);", [s(random, scope)]),
    ]),
  // A switch on a getter behind an interface or an abstract property reads it once.
  (random, scope) =>
    scope.inGetterSwitch === true
      ? undefined
      : statement(
          `switch (${random.pick(["source.next", "leveled.level"])}) {\ncase 0:\n{0}\nbreak;\ncase 1:\ncase 2:\n{1}\nbreak;\ndefault:\n{2}\n}\n${COUNTERS}`,
          [],
          [
            block(random, { ...scope, inGetterSwitch: true }, 1),
            block(random, { ...scope, inGetterSwitch: true }, 1),
            block(random, { ...scope, inGetterSwitch: true }, random.integer(2)),
          ],
        ),
  (random, scope) =>
    statement(
      `cells[${random.pick(["source.next % 3", "leveled.level", 'keyOf(0) === "a" ? 0 : 2'])}] ${random.pick(["??=", "||=", "&&="])} $0;\nseen.push(\`\${JSON.stringify(cells)} \${source.describe()} \${counting.reads} \${keyCalls}\`);`,
      [n(random, scope)],
    ),
  // Array.from over a Map's keys, values or entries, its mapper changing the Map (a bounded number of times: the walk is live).
  (random, scope) => {
    const guard = fresh(scope, "g");
    const key = fresh(scope, "k");
    const entry = fresh(scope, "v");
    const view = random.integer(3);
    // Only the mapper's own parameters are in scope in its body (the keys' mapper has no entry, the values' no key).
    const withKey = view === 1 ? { ...scope, loopDepth: 2 } : withVariable({ ...scope, loopDepth: 2 }, "string", key, false);
    const inner = view === 0 ? withKey : withVariable(withKey, "number", entry, false);
    const changes =
      view === 1
        ? [`counts.set(String(${entry}).slice(0, 20), ${entry} + 1);`, "counts.delete($0);", "counts.set($0.slice(0, 20), $1);", "counts.clear();"]
        : [
            `counts.set((${key} + "+").slice(-20), $1);`,
            `counts.delete(${key});`,
            "counts.delete($0);",
            "counts.set($0.slice(0, 20), $1);",
            `counts.delete(${key});\ncounts.set(${key}, $1);`,
          ];
    const change = random.pick(changes);
    const [parameter, result] = view === 0 ? [key, key] : view === 1 ? [entry, `String(${entry})`] : [`[${key}, ${entry}]`, `\`\${${key}}=\${${entry}}\``];
    return statement(
      `const ${guard} = { calls: 0 };\nseen.push(JSON.stringify(Array.from(counts.${["keys", "values", "entries"][view]}(), (${parameter}) => {\nif (${guard}.calls < 10) {\n${guard}.calls += 1;\n${change}\n}\nreturn ${result};\n})));\nseen.push(JSON.stringify([...counts]));`,
      [s(random, inner), n(random, inner)],
    );
  },
  (random, scope) => {
    const guard = fresh(scope, "g");
    const key = fresh(scope, "k");
    const view = random.pick(["keys", "entries"]);
    const parameter = view === "keys" ? key : `[${key}]`;
    return statement(
      `const ${guard} = { calls: 0 };\nseen.push(JSON.stringify(Array.from(keyed.${view}(), (${parameter}) => {\nif (${guard}.calls < 10) {\n${guard}.calls += 1;\n${random.pick([`keyed.set(${key} + 1, "k");`, `keyed.delete(${key});`, "keyed.delete($0);"])}\n}\nreturn 1 / ${key};\n})));`,
      [n(random, scope)],
    );
  },
);

/**
 * A read of a getter behind an interface or an abstract property. Inside a switch on one, TypeScript
 * has narrowed it to the case's value (`0`): `as number` widens it again, or `{ a: leveled.level ?? v }`
 * has a member typed `0` that a later `pair.a -= 1` may not change (TS2322: seed 20261203, program 81,604).
 */
function getterRead(random: Random, scope: Scope): string {
  const read = random.pick(["source.next", "leveled.level"]);
  return scope.inGetterSwitch === true ? `(${read} as number)` : read;
}

PRODUCTIONS.number.push(
  // Getters behind an interface or an abstract property, read once by each operator and in callbacks that walk the array the getter grows.
  (random, scope) =>
    random.pick([
      node("number", `(${getterRead(random, scope)} ?? $0)`, n(random, scope)),
      node("number", `(${getterRead(random, scope)} || $0)`, n(random, scope)),
      node("number", `(${getterRead(random, scope)} && $0)`, n(random, scope)),
      node("number", "source.next"),
      node("number", `items.reduce((total, item) => total + item * ${random.pick(["source.next", "leveled.level"])}, $0)`, n(random, scope)),
      node("number", "items.findIndex((item) => item === source.next)"),
    ]),
  // Maps and Sets given where an Iterable is declared.
  (random, scope) =>
    random.pick([
      node("number", "totalOf($0)", m(random, scope)),
      node("number", "totalOf(new Map($0))", m(random, scope)),
      node("number", "numbersOf(walked).length"),
      node("number", "spreadOf(new Set($0)).length", na(random, scope)),
    ]),
);

PRODUCTIONS["number[]"].push((random, scope) =>
  random.pick([
    node("number[]", `items.map((item) => item + ${random.pick(["source.next", "leveled.level"])})`),
    node("number[]", "items.filter((item) => item > source.next)"),
    node("number[]", "items.map((item) => (source.next ?? item) || $0)", n(random, scope)),
    node("number[]", "numbersOf($0)", random.chance(0.5) ? literal("number[]", "walked") : na(random, scope)),
    node("number[]", "numbersOf(new Set($0))", na(random, scope)),
    node("number[]", "spreadOf(walked)"),
    node("number[]", "spreadOf($0).map(([, entry]) => entry)", m(random, scope)),
  ]),
);

PRODUCTIONS["string[]"].push((random, scope) =>
  random.pick([
    node("string[]", "keysOf($0)", m(random, scope)),
    node("string[]", "spreadOf(new Set($0))", sa(random, scope)),
    node("string[]", "spreadOf(keyed).map(([key, entry]) => `${1 / key}:${entry}`)"),
    node("string[]", "spreadOf($0).map(([key, entry]) => key + entry)", m(random, scope)),
  ]),
);

/*
 * What the last review rounds found miscompiled, which the productions above never made (each a
 * family, each reached in several per cent of programs): spreads of conditionals, of `??` and `||`
 * operands and of what may be undefined, also as call arguments; assignment targets whose receiver
 * or key the value changes (`cur.items[cur.index] = step()`, `rec[key] += bump()`), destructured
 * variables assigned while a closure writes them, `?? 0` on optional properties and `-x!`; classes
 * whose static initializers read other statics and call static methods, static blocks, private
 * statics, field initializers that read `this`, subclasses; names with double underscores; Set
 * and Map views walked while the collection changes, `forEach` on them; closures made in loops
 * whose `let` changes before and after the capture, function expressions writing outer
 * variables; getters that log each call, read in conditions, `??`, `?.`, comparisons and templates.
 */

/** A fresh name with the counter inside it, so that a name may also end with the underscores. */
const freshInside = (scope: Scope, before: string, after: string): string => `${before}${scope.counter.next++}${after}`;

// Spreads of conditionals, `??`/`||` operands and what may be undefined; calls with spread arguments.
STATEMENTS.push((random, scope) => {
  const maybe = fresh(scope, "maybe");
  const list = fresh(scope, "list");
  const form = random.pick([
    "JSON.stringify({ ...($0 ? { a: $1, b: $2 } : { c: $1 }), d: 1 })",
    `JSON.stringify({ ...(${maybe} ?? {}), e: $1 })`,
    `JSON.stringify({ ...${maybe} })`,
    `JSON.stringify({ z: $1, ...${maybe}, a: $1 })`,
    `JSON.stringify({ ...(${maybe} ?? { a: $1, b: $2 }) })`,
    // `as boolean`: a literal `false` there would make the operand `false`, which TypeScript refuses to spread (TS2698).
    `JSON.stringify({ ...(($0 as boolean) && ${maybe}) })`,
    `JSON.stringify({ ...($0 ? ${maybe} : undefined), f: 0 })`,
    `JSON.stringify({ ...($0 ? record : {}), ...(${maybe} || {}) })`,
    `JSON.stringify([...(${list} || [])])`,
    `JSON.stringify([...(${list} ?? [$1])])`,
    "JSON.stringify([...($0 ? $3 : [])])",
    `JSON.stringify([$1, ...($0 ? [] : $3), ...(${list} || $3)])`,
    `String(sumAll(...(${list} ?? []), ...($0 ? $3 : [$1])))`,
    `String(Math.max($1, ...(${list} || [])))`,
    `String(Math.min(...(${list} ?? $3), $1))`,
    `String(new Set([...(${list} ?? []), ...$3]).size)`,
    `[...(${maybe}?.b || "ab")].join("|")`,
    // A string's concat() with spread arguments is refused (CS1008): join an array with spreads.
    `[$2, ...($0 ? words : []), ...(${maybe}?.b ?? "-")].join("")`,
  ]);
  return statement(
    `const ${maybe}: { a: number; b: string } | undefined = $4 ? { a: $5, b: $6 } : undefined;\nconst ${list}: number[] | undefined = $7 ? $3 : undefined;\nseen.push(${form});`,
    [b(random, scope), n(random, scope), s(random, scope), na(random, scope), b(random, scope), n(random, scope), s(random, scope), b(random, scope)],
  );
});
PRODUCTIONS["number[]"].push((random, scope) =>
  random.pick([
    node("number[]", "[...($0 ? $1 : [])]", b(random, scope), na(random, scope)),
    // `||` on an array literal is an error (TS2872, always truthy): on an array that may be undefined.
    node("number[]", "[...(($0.length > 1 ? $0 : undefined) || $1), ...($2 ? [] : $1)]", na(random, scope), na(random, scope), b(random, scope)),
    node("number[]", "[$0, ...($1.length > 2 ? $1 : [])]", n(random, scope), na(random, scope)),
  ]),
);

// Targets whose receiver or key the value changes: JavaScript evaluates the target's parts first.
STATEMENTS.push((random, scope) => {
  // Kinds 1 and 2 make closures that assign `let` variables: inside a loop those are the body's
  // per-iteration variables, which a closure may not assign (CS1001, documented).
  const kind = scope.loopDepth > 0 ? random.pick([0, 3, 4]) : random.integer(5);
  if (kind === 0) {
    const cursor = fresh(scope, "cursor");
    const step = fresh(scope, "step");
    const change = random.pick([
      `${cursor}.index = (${cursor}.index + 1) % 4;`,
      `${cursor}.index = (${cursor}.index + 1) % 4;\n${cursor}.items = [...${cursor}.items, -1].slice(-4);`,
      `${cursor}.items = [9, 8, 7, 6];`,
    ]);
    const target = random.pick([`${cursor}.items[${cursor}.index]`, `${cursor}.items[${step}() % 4]`]);
    const operator = random.pick(["=", "+=", "-=", "*=", "||=", "&&=", "??="]);
    // An element may be missing under noUncheckedIndexedAccess: arithmetic on it needs `!`.
    const bang = ["+=", "-=", "*="].includes(operator) ? "!" : "";
    return statement(
      `const ${cursor} = { items: [$0, $1, 0, 4], index: 0, steps: 0 };\nconst ${step} = (): number => {\n${cursor}.steps += 1;\n${change}\nreturn ${cursor}.index * 10 + ${cursor}.steps;\n};\n${target}${bang} ${operator} ${step}();\nseen.push(JSON.stringify(${cursor}));`,
      [n(random, scope), n(random, scope)],
    );
  }
  if (kind === 1) {
    const key = fresh(scope, "key");
    const table = fresh(scope, "table");
    const bump = fresh(scope, "bump");
    const change = random.pick([
      `${key} = ${key} === "a" ? "b" : "c";`,
      `${key} = "c";\n${table} = { a: 50, b: 60, c: 70 };`,
      `${table}[${key}] = $1;`,
      `${table} = { ...${table}, a: -1 };`,
    ]);
    const operator = random.pick(["=", "+=", "-=", "*=", "||=", "&&=", "??="]);
    const bang = ["+=", "-=", "*="].includes(operator) ? "!" : "";
    return statement(
      `let ${key} = ${random.pick(['"a"', '"b"'])};\nlet ${table}: Record<string, number> = { a: 1, b: 2, c: 3 };\nconst ${bump} = (): number => {\n${change}\nreturn $0;\n};\n${table}[${key}]${bang} ${operator} ${bump}();\nseen.push(\`\${${key}} \${JSON.stringify(${table})}\`);`,
      [n(random, scope), n(random, scope)],
    );
  }
  if (kind === 2) {
    const [first, second, writer, pair] = ["da", "db", "writer", "pair"].map((prefix) => fresh(scope, prefix)) as [string, string, string, string];
    const assignment = random.pick([
      `[${first}, ${second}] = [${second}, ${first} + ${writer}()];`,
      `[${first}, ${second}] = [${writer}(), ${first}];`,
      `({ left: ${first}, right: ${second} } = { left: ${second} + ${writer}(), right: ${first} });`,
      `[${pair}.a, ${pair}.b] = [${pair}.b, ${pair}.a + ${writer}()];`,
      `[${first}, ${pair}.a] = [${pair}.a, ${writer}()];`,
    ]);
    // Typed: a value narrowed to literals (`ticker.parity || …` in `case 2: case 3:`) would make the
    // variables `2 | 3`, and the swap's sum an error (TS2322, seed 20261207 program 2,524).
    return statement(
      `let [${first}, ${second}]: [number, number] = [$0, $1];\nconst ${pair}: { a: number; b: number } = { a: $2, b: 0 };\nconst ${writer} = (): number => {\n${first} += 1;\n${second} *= 2;\n${pair}.a -= 1;\nreturn ${first} + ${second};\n};\n${assignment}\nseen.push(\`\${${first}} \${${second}} \${JSON.stringify(${pair})}\`);`,
      [n(random, scope), n(random, scope), n(random, scope)],
    );
  }
  if (kind === 3) {
    const tally = fresh(scope, "tally");
    const bag = fresh(scope, "bag");
    return statement(
      `const ${tally}: { hits?: number; misses?: number } = $0 ? { hits: $1 } : {};\nconst ${bag}: Record<string, number | undefined> = {};\n${random.pick([
        `${tally}.hits = (${tally}.hits ?? 0) + $2;`,
        `${tally}.hits ??= 0;\n${tally}.hits += $2;`,
        `${tally}.hits = ${tally}.hits ?? 0;\n${tally}.hits -= $2;`,
      ])}\n${tally}.misses = (${tally}.misses ?? 0) + 1;\n${bag}[$3] = (${bag}[$3] ?? 0) + $2;\n${bag}[$3] = (${bag}[$3] ?? 0) + 1;\n${tally}.hits! ${random.pick(["+=", "*=", "-="])} $2;\nseen.push(\`\${JSON.stringify(${tally})} \${JSON.stringify(${bag})} \${-${tally}.hits!} \${-${tally}.misses!}\`);`,
      [b(random, scope), n(random, scope), n(random, scope), s(random, scope)],
    );
  }
  const maybe = fresh(scope, "negated");
  return statement(
    `const ${maybe}: number | undefined = $0 ? $1 : undefined;\nif (${maybe} !== undefined) {\nseen.push(String(-${maybe}!), String(1 / -${maybe}!), String(-${maybe}! * 2 - -${maybe}!));\n}\nseen.push(String(-(slots.b ?? $2)), optional === undefined ? "u" : String(-optional!));`,
    [b(random, scope), n(random, scope), n(random, scope)],
  );
});

// Classes declared in the program: statics read earlier statics and call static methods, a
// private static counter, a static block, field initializers reading `this`, and a subclass.
STATEMENTS.push((random, scope) => {
  if (scope.loopDepth > 0) {
    // A class declared in a loop body that reads the iteration's variables is refused (documented).
    return undefined;
  }
  const base = fresh(scope, "Local");
  const derived = fresh(scope, "Derived");
  const made = fresh(scope, "instances");
  const self = random.chance(0.5) ? "this" : base;
  // The compiler refuses `this` anywhere in a static field's initializer, even an object literal's
  // own (a finding, /tmp/gen31/FINDINGS.md): an initializer without it.
  let first = n(random, scope);
  for (let attempt = 0; attempt < 5 && printExpression(first).includes("this"); attempt++) {
    first = n(random, scope);
  }
  if (printExpression(first).includes("this")) {
    first = leaf("number", random);
  }
  return statement(
    `class ${base} {\nprivate static _count = $1;\nstatic first = $0;\nstatic second = ${base}.first * 2 + ${base}.bump();\nstatic __seen: string[] = [];\nstatic third = ${base}.bump() + ${base}.second;\nstatic {\n${self}.__seen.push(\`block \${${self}.first} \${${self}._count}\`);\n${self}._count += 1;\n}\nstatic bump(): number {\n${base}._count += 1;\nreturn ${base}._count;\n}\nstatic count(): number {\nreturn ${base}._count;\n}\nreadonly id = ${base}.bump();\nlabel = \`\${this.id}:\${${base}.first}\`;\nsize = this.label.length + this.id;\nvalue__ = this.size * 2;\n}\nclass ${derived} extends ${base} {\nstatic extra = ${base}.third + ${derived}.first + ${derived}.count();\ntag = \`\${this.label}/\${this.size}\`;\n__weight = this.tag.length + this.value__;\n}\nconst ${made} = [new ${base}(), new ${derived}(), new ${base}()];\nseen.push(JSON.stringify(${made}.map((item) => [item.id, item.label, item.size, item.value__])), \`\${${base}.second} \${${base}.third} \${${derived}.extra} \${${base}.count()} \${${base}.__seen.join()} \${new ${derived}().__weight}\`);`,
    [first, small(random)],
  );
});
STATEMENTS.push((random, scope) =>
  random.pick([
    statement(`seen.push(new ${random.pick(["Registry", "SubRegistry"])}().describe(), String(Registry.count() + Registry.__total));`, []),
    statement("Registry.__total += $0;\nseen.push(`${Registry.__total} ${Registry.next()} ${SubRegistry.extra}`);", [n(random, scope)]),
    statement("const $1 = new SubRegistry();\n$1.label = $0;\nseen.push($1.describe(), String(Registry.count()));".replace(/\$1/g, fresh(scope, "sub")), [
      s(random, scope),
    ]),
  ]),
);

// Names with double underscores: variables, parameters, properties, methods and accessors.
STATEMENTS.push((random, scope) => {
  const total = freshInside(scope, "__total", "");
  const joined = freshInside(scope, "a", "__b");
  const parameter = freshInside(scope, "value", "__");
  const holder = freshInside(scope, "holder", "__");
  const inner = withVariable(scope, "number", total, true);
  return random.pick([
    statement(
      `let ${total} = $0;\nconst ${joined} = (${parameter}: number, __step: number): number => ${parameter} * 2 + __step;\nconst ${holder} = { __count: $1, x__y: 2, bump__(k: number): number {\nthis.__count += k;\nreturn this.__count;\n}, get __view(): string {\nreturn \`\${this.__count}/\${this.x__y}\`;\n} };\n${total} = ${joined}(${total}, ${holder}.bump__($2));\n${total} += ${holder}.__count;\nseen.push(\`\${${total}} \${${holder}.__view} \${JSON.stringify(${holder})} \${Object.keys(${holder}).join()}\`);`,
      [n(random, scope), n(random, scope), n(random, scope)],
    ),
    statement(
      `const ${holder} = new DoubleUnder();\nlet ${total} = ${holder}.__bump($0);\n${holder}.a__b += ${total};\n${holder}.value__ ??= $1;\nseen.push(${holder}.__state, String(DoubleUnder.__made), String(${holder}.__bump(${total})));`,
      [n(random, scope), n(random, scope)],
    ),
    statement(`record[${random.pick(['"__total"', '"a__b"', '"value__"', '"__x"'])}] = $0;\nseen.push(JSON.stringify(record));`, [n(random, scope)]),
    statement(
      `let ${total} = $0;\nfunction ${joined}(${parameter}: number): number {\nreturn ${parameter} + 1;\n}\nfor (let __i = 0; __i < 2; __i++) {\n${total} = ${joined}(${total}) + $1;\n}\nseen.push(String(${total}));`,
      // Inside a loop, `let total` is the iteration's own variable: a callback in $1 that captured it
      // before `total = …` changed it is refused (CS1001), so there $1 does not read it (seed 20261209, program 26,941).
      [n(random, scope), generate("number", random, scope.loopDepth > 0 ? scope : inner)],
    ),
  ]);
});

// Set and Map views walked while the collection changes (add, delete, clear); Array.from and
// spreads of views; forEach with changes.
STATEMENTS.push((random, scope) => {
  if (scope.loopDepth >= 2) {
    return undefined;
  }
  const guard = fresh(scope, "g");
  const item = fresh(scope, "x");
  const kind = random.integer(4);
  const after = "seen.push(`${walked.size}:${[...walked].join()}|${[...keyed.keys()].map((key) => 1 / key).join()}=${[...keyed.values()].join()}`);";
  if (kind === 0) {
    const inner = withVariable({ ...scope, loopDepth: scope.loopDepth + 1 }, "number", item, false);
    const [view, binding] = random.pick([
      ["walked", item],
      ["walked.keys()", item],
      ["walked.values()", item],
      ["keyed.keys()", item],
    ]);
    const set = view.startsWith("walked");
    const change = random.pick(
      set
        ? [
            `walked.add((${item} * 2) % 40);`,
            `walked.delete(${item});`,
            `walked.delete(${item} + 1);`,
            `if (${item} > 1) {\nwalked.clear();\n}\nwalked.add(${item} + 10);`,
            "walked.clear();",
            `walked.delete(${item});\nwalked.add(${item});`,
            `seen.push([...walked.values()].join(), String(Array.from(walked.keys()).length));\nwalked.add(${item} + 1);`,
          ]
        : [
            `keyed.set(${item} + 1, "n");`,
            `keyed.delete(${item});`,
            "keyed.clear();",
            `keyed.delete(${item});\nkeyed.set(${item}, "again");`,
            `seen.push(Array.from(keyed.entries()).length + "/" + [...keyed.values()].join());\nkeyed.set(${item} * 2, "d");`,
          ],
    );
    const body = block(random, inner, random.integer(2));
    body.splice(random.integer(body.length + 1), 0, statement(change, []));
    return statement(`let ${guard} = 0;\nfor (const ${binding} of ${view}) {\nif (${guard}++ > 8) {\nbreak;\n}\n{0}\n}\n${after}`, [], [body]);
  }
  if (kind === 1) {
    const entry = fresh(scope, "v");
    const change = random.pick([
      `keyed.set(${item} + 1, (${entry} + "+").slice(-8));`,
      `keyed.delete(${item});`,
      "keyed.clear();",
      `keyed.delete($0);`,
      `keyed.delete(${item});\nkeyed.set(${item}, ${entry});`,
    ]);
    const view = random.pick([`for (const ${entry} of keyed.values())`, `for (const [${item}, ${entry}] of keyed.entries())`]);
    // Over the values only the value is in scope: its changes name a key of their own.
    const changed = view.includes("values()") ? change.replace(new RegExp(`\\b${item}\\b`, "g"), `${entry}.length`) : change;
    return statement(`let ${guard} = 0;\n${view} {\nif (${guard}++ > 8) {\nbreak;\n}\n${changed}\n}\n${after}`, [n(random, scope)]);
  }
  if (kind === 2) {
    const calls = fresh(scope, "calls");
    const form = random.pick([
      `Array.from(walked.${random.pick(["values", "keys"])}(), (${item}) => {\nif (${calls}.count < 8) {\n${calls}.count += 1;\n${random.pick([`walked.add(${item} + 1);`, `walked.delete(${item} + 1);`, "walked.clear();", `walked.delete(${item});`])}\n}\nreturn ${item} * 2;\n})`,
      `Array.from(walked, (${item}) => {\nif (${calls}.count < 8) {\n${calls}.count += 1;\nwalked.add((${item} * 3) % 20);\n}\nreturn ${item};\n})`,
      `[...walked.values(), ...walked.keys()].map((${item}) => {\nif (${calls}.count < 4) {\n${calls}.count += 1;\nwalked.delete(${item});\n}\nreturn ${item};\n})`,
      `Array.from(keyed.values(), (${item}) => {\nif (${calls}.count < 8) {\n${calls}.count += 1;\nkeyed.set(${item}.length, ${item} + "!");\n}\nreturn ${item};\n})`,
    ]);
    return statement(`const ${calls} = { count: 0 };\nseen.push(JSON.stringify(${form}));\n${after}`, []);
  }
  const calls = fresh(scope, "calls");
  const entry = fresh(scope, "v");
  return random.pick([
    statement(
      `const ${calls} = { count: 0 };\nwalked.forEach((${item}) => {\nif (${calls}.count < 8) {\n${calls}.count += 1;\n${random.pick([`walked.add((${item} * 2) % 30);`, `walked.delete(${item} + 1);`, "walked.clear();", `walked.delete(${item});\nwalked.add(${item});`])}\n}\nseen.push(String(${item}));\n});\n${after}`,
      [],
    ),
    statement(
      `const ${calls} = { count: 0 };\nkeyed.forEach((${entry}, ${item}) => {\nif (${calls}.count < 8) {\n${calls}.count += 1;\n${random.pick([`keyed.set(${item} + 1, (${entry} + "+").slice(-8));`, `keyed.delete(${item});`, "keyed.clear();", "keyed.delete($0);"])}\n}\nseen.push(\`\${1 / ${item}}=\${${entry}}\`);\n});\n${after}`,
      [n(random, scope)],
    ),
    statement(
      `const ${calls} = { count: 0 };\ncounts.forEach((${entry}, ${item}, all) => {\nif (${calls}.count < 8) {\n${calls}.count += 1;\n${random.pick([`all.delete(${item});`, `all.set((${item} + "+").slice(-10), ${entry} + 1);`, "all.clear();", "counts.set($0.slice(0, 10), 1);"])}\n}\nseen.push(\`\${${item}}=\${${entry}}\`);\n});\nseen.push(JSON.stringify([...counts]));`,
      [s(random, scope)],
    ),
  ]);
});

// Closures made in loops and called after them, over a loop `let` changed before and after the
// capture; function expressions that write outer variables.
STATEMENTS.push((random, scope) => {
  // Not inside another loop: there the closures' writes to the sum would write a variable of the
  // outer loop's body, a per-iteration binding, which is refused (CS1001, documented).
  if (scope.loopDepth >= 1) {
    return undefined;
  }
  const made = fresh(scope, "made");
  const sum = fresh(scope, "sum");
  const variable = fresh(scope, "i");
  const local = fresh(scope, "inner");
  const outer = { ...scope, loopDepth: scope.loopDepth + 1 };
  const kind = random.integer(5);
  const call = `seen.push(${made}.map((make) => make()).join(), String(${sum}));`;
  const declare = `const ${made}: (() => number)[] = [];\nlet ${sum} = $0;`;
  if (kind === 0) {
    // A change after the capture is refused (CS1001, documented): the loop's `let` changes before
    // it, and the incrementor changes the next iteration's copy.
    const before = random.pick([`${variable} += 1;`, `${variable}++;`, `${variable} *= 2;`, `if (${variable} % 2 === 1) {\n${variable} += 2;\n}`]);
    const after = random.pick([`${sum} += ${variable};`, "", `${sum} *= 2;`]);
    const capture = random.pick([
      `${made}.push(() => ${variable});`,
      `${made}.push(() => ${variable} * 10 + ${sum});`,
      `${made}.push(() => {\n${sum} += ${variable};\nreturn ${sum};\n});`,
    ]);
    const body = block(random, withVariable(outer, "number", variable, false), random.integer(2));
    return statement(
      `${declare}\nfor (let ${variable} = 0; ${variable} < 5; ${variable}++) {\n${before}\n${capture}\n${after}\n{0}\n}\n${call}`,
      [n(random, scope)],
      [body],
    );
  }
  if (kind === 1) {
    const capture = random.pick([
      `${made}.push(() => ${variable});`,
      `${made}.push(() => ${variable} + ${sum});`,
      `${made}.push(function (): number {\n${sum} += 1;\nreturn ${variable} * ${sum};\n});`,
    ]);
    return statement(
      `${declare}\nfor (let ${variable} of [...$1]) {\n${variable} = ${variable} * 2;\n${variable} += 1;\n${capture}\n${sum} += ${variable};\n}\n${call}`,
      [n(random, scope), na(random, scope)],
    );
  }
  if (kind === 2) {
    const counter = fresh(scope, "w");
    const capture = random.pick([
      `${made}.push(() => ${local});`,
      `${made}.push(() => {\n${sum} += ${local};\nreturn ${sum};\n});`,
      `${made}.push(function (): number {\nreturn ${local} * 2;\n});`,
    ]);
    return statement(
      `${declare}\nlet ${counter} = 0;\nwhile (${counter} < 3) {\nlet ${local} = ${counter} * 10 + $1;\n${local} += 1;\n${capture}\n${counter}++;\n}\n${call}`,
      [n(random, scope), n(random, scope)],
    );
  }
  if (kind === 3) {
    const add = fresh(scope, "add");
    const twice = fresh(scope, "twice");
    return statement(
      `${declare}\nconst ${add} = function (step: number): number {\n${sum} += step;\nreturn ${sum};\n};\nconst ${twice} = function named(step: number): number {\nreturn ${add}(step) + ${add}(step);\n};\n${made}.push(() => ${add}(1));\nseen.push(String(${add}($1)), String(${twice}($2)), String(${sum}));\n${call}`,
      [n(random, scope), n(random, scope), n(random, scope)],
    );
  }
  // A closure in a for…of body that changes the outer total, over the body's own `let` changed before it.
  return statement(
    `${declare}\nfor (const ${variable} of [...$1]) {\nlet ${local} = ${variable};\n${local} *= 2;\n${made}.push(() => {\n${sum} += ${local};\nreturn ${local} + ${sum};\n});\n${sum} -= 1;\n}\n${call}\n${call}`,
    [n(random, scope), na(random, scope)],
  );
});

// Getters that log each call, read in conditions, `??`, `?.`, comparisons, templates and truthiness tests.
PRODUCTIONS.number.push((random, scope) =>
  random.pick([
    node("number", "(gauge.maybe ?? $0)", n(random, scope)),
    node("number", "(gauge.child?.reading ?? $0)", n(random, scope)),
    node("number", "(gauge.child?.maybe ?? -1)"),
    node("number", "(gauge.ready ? $0 : gauge.reading)", n(random, scope)),
    // Read once: a second read of a getter that TypeScript narrowed by the first is outside the
    // subset (docs/typescript-subset.md, "Type assertions are promises").
    // `reading ?? 0`, not `reading` narrowed by the test: TypeScript does not narrow in code it finds
    // unreachable (`false ? … : …`), and refused the program (TS18048, seed 20261206 program 1,267).
    node("number", "((reading) => (reading ? (reading ?? 0) * 2 : $0))(gauge.maybe)", n(random, scope)),
    node("number", "(gauge.name ? gauge.name.length : $0)", n(random, scope)),
    node("number", "(gauge.reading || $0)", n(random, scope)),
    node("number", "((gauge.maybe && $0) ?? 3)", n(random, scope)),
  ]),
);
PRODUCTIONS.boolean.push((random, scope) =>
  random.pick([
    node("boolean", "(gauge.reading > $0)", n(random, scope)),
    node("boolean", "(gauge.maybe === undefined)"),
    node("boolean", "(gauge.reading === gauge.reading)"),
    node("boolean", "!gauge.name"),
    node("boolean", "Boolean(gauge.label)"),
    node("boolean", "(gauge.child?.ready ?? false)"),
    node("boolean", "(gauge.ready && $0)", b(random, scope)),
    node("boolean", "((gauge.maybe ?? 0) >= $0)", n(random, scope)),
    // Not `label !== undefined && label.length`: in code TypeScript finds unreachable (`false ? … : …`)
    // it does not narrow, and refused the program (TS18048, seed 20261205 program 1,341).
    node("boolean", '((gauge.label ?? "").length > 2)'),
    node("boolean", "(gauge.name < $0)", s(random, scope)),
  ]),
);
PRODUCTIONS.string.push((random, scope) =>
  random.pick([
    // As text, each read is asserted back to the getter's declared type: inside \`if (gauge.maybe)\`
    // TypeScript would take a second read to be a number, which is its unsound corner (Node prints
    // "undefined" where the compiled code follows the narrowed type; docs/typescript-subset.md).
    node("string", "`${gauge.name}|${gauge.maybe as number | undefined}|${gauge.label as string | undefined}`"),
    node("string", "(gauge.label ?? $0)", s(random, scope)),
    node("string", "(gauge.label || $0)", s(random, scope)),
    node("string", '(gauge.child?.name ?? "none")'),
    node("string", '`${gauge.ready ? "y" : "n"}${gauge.reading}`'),
    node("string", "String(gauge.maybe as number | undefined)"),
  ]),
);
STATEMENTS.push((random, scope) => {
  const condition = random.pick(["gauge.maybe", "gauge.label", "!gauge.reading", "gauge.ready", "gauge.child?.maybe", "gauge.name && gauge.ready"]);
  if (random.chance(0.3) && scope.loopDepth < 2) {
    const guard = fresh(scope, "g");
    return statement(
      `let ${guard} = 0;\nwhile (${condition} && ${guard} < 3) {\n${guard}++;\n{0}\n}\nseen.push(gauge.log.join(""));`,
      [],
      [block(random, { ...scope, loopDepth: scope.loopDepth + 1 }, 1)],
    );
  }
  return statement(
    `if (${condition}) {\n{0}\n} else {\n{1}\n}\nseen.push(gauge.log.join(""));`,
    [],
    [block(random, scope, 1 + random.integer(2)), block(random, scope, random.integer(2))],
  );
});

function randomStatement(random: Random, scope: Scope): Statement | undefined {
  return random.pick(STATEMENTS)(random, { ...scope, depth: 0 });
}

const VARIABLES: [string, Type, string][] = [
  ["value", "number", "number"],
  ["other", "number", "number"],
  ["text", "string", "string"],
  ["flag", "boolean", "boolean"],
  ["numbers", "number[]", "number[]"],
  ["words", "string[]", "string[]"],
  ["counts", "map", "Map<string, number>"],
  ["record", "record", "Record<string, number>"],
];

export function generateProgram(seed: number, index: number): Program {
  const random = new Random(seed);
  let scope: Scope = {
    variables: { number: [], string: [], boolean: [], "number[]": [], "string[]": [], map: [], record: [] },
    assignable: { number: [], string: [], boolean: [], "number[]": [], "string[]": [], map: [], record: [] },
    depth: 0,
    loopDepth: 0,
    labels: [],
    counter: { next: 0 },
  };
  const body: Statement[] = [];
  for (const [name, type, annotation] of VARIABLES) {
    body.push(statement(`let ${name}: ${annotation} = $0;`, [generate(type, random, scope)]));
    scope = withVariable(scope, type, name, true);
  }
  body.push(...block(random, scope, 2 + random.integer(4)));
  return { name: `testProgram${index}`, seed, body };
}

export function printExpression(expression: Expression): string {
  return expression.template.replace(/\$(\d+)/g, (_match, position: string) => printExpression(expression.args[Number(position)] as Expression));
}

export function printStatements(statements: Statement[], indent: string): string {
  return statements
    .map((item) => {
      // One pass over both kinds of placeholder: a second pass for the blocks would also fill a
      // `{0}` inside a printed expression (the template literal `${0}`), as a 100,000-program run found.
      const text = item.template.replace(/\$(\d+)|\{(\d+)\}/g, (_match, argument: string | undefined, block: string | undefined) =>
        argument !== undefined ? printExpression(item.args[Number(argument)] as Expression) : printStatements(item.blocks[Number(block)] ?? [], ""),
      );
      return text
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line) => indent + line)
        .join("\n");
    })
    .join("\n");
}

/** What every program may use: a comparator, and a class with a getter, a setter, a method, a private field. */
export const PRELUDE = `// A consistent order even with NaN: JavaScript leaves the result of an inconsistent comparator to the engine.
function byText(left: number, right: number): number {
  return String(left) < String(right) ? -1 : String(left) > String(right) ? 1 : 0;
}
// A generator with a finally block: the count of closings shows when a loop left it early.
let closings = 0;
function* halves(items: number[]): Generator<number> {
  try {
    for (const item of items) {
      yield item / 2;
    }
  } finally {
    closings++;
  }
}
// An object literal with data, methods, getters, a setter alone and a getter/setter pair.
function makeBox(start: number, label: string) {
  return {
    amount: start,
    label,
    history: [] as number[],
    add(step: number): number {
      this.amount += step;
      if (this.history.length < 20) {
        this.history.push(step);
      }
      return this.amount;
    },
    get doubled(): number {
      return this.amount * 2;
    },
    set reset(next: number) {
      this.amount = next;
      this.history = [];
    },
    get tag(): string {
      return \`\${this.label}:\${this.amount}\`;
    },
    set tag(next: string) {
      this.label = next.slice(0, 40);
    },
    describe(): string {
      return \`\${this.tag}/\${this.history.length}\`;
    },
  };
}
// Spread copies getters as data and methods that then see the copy.
function pairOf(key: string, count: number) {
  return {
    key,
    count,
    get both(): string {
      return this.key + this.count;
    },
    show(): string {
      return \`\${this.key}=\${this.count}\`;
    },
  };
}
// Called with more arguments than its callbacks may declare, as JavaScript allows.
function mapAll(items: number[], step: (item: number, index: number, all: number[]) => number): number[] {
  const results: number[] = [];
  for (let index = 0; index < items.length && index < 50; index++) {
    results.push(step(items[index] ?? 0, index, items));
  }
  return results;
}
function halfOf(item: number): number {
  return item / 2;
}
// An Error subclass that names itself, and one that inherits its name.
class NamedError extends Error {
  override name = "NamedError";
}
// Getters with a side effect: every read counts, so a getter read twice shows in \`reads\`.
class Ticker {
  reads = 0;
  get next(): number {
    this.reads += 1;
    return this.reads;
  }
  get maybe(): number | undefined {
    this.reads += 1;
    return this.reads % 2 === 0 ? undefined : this.reads;
  }
  get title(): string | null {
    this.reads += 1;
    return this.reads % 3 === 0 ? null : \`t\${this.reads}\`;
  }
  get parity(): number {
    this.reads += 1;
    return this.reads % 2;
  }
  get self(): Ticker | undefined {
    this.reads += 1;
    return this.reads % 2 === 0 ? undefined : this;
  }
  get slot(): "a" | "b" | "c" {
    this.reads += 1;
    return this.reads % 3 === 0 ? "c" : this.reads % 3 === 1 ? "a" : "b";
  }
  plus(step: number): number {
    return this.reads + step;
  }
  // A private member makes the class nominal: no other module's Ticker (every module has one) or
  // literal of its shape may stand for it, so a static initializer's \`ticker.self?.plus()\` is
  // followed, not refused as code the compiler cannot see.
  private touch(): number {
    return this.reads;
  }
}
// A base and a subclass, each with a #x and a #secret() of its own, statics, super calls and an
// overridden getter/setter pair.
class Shape {
  static made = 0;
  #x = 1;
  constructor() {
    Shape.made++;
  }
  static create(): Shape {
    return new Shape();
  }
  #secret(): number {
    return this.#x * 10;
  }
  get size(): number {
    return this.#x;
  }
  set size(next: number) {
    this.#x = next;
  }
  bump(step: number): number {
    this.#x += step;
    return this.#x;
  }
  describe(): string {
    return \`shape \${this.#x} \${this.#secret()}\`;
  }
}
class Square extends Shape {
  static squares = 0;
  #x = 100;
  constructor() {
    super();
    Square.squares++;
  }
  #secret(): number {
    return this.#x + 0.5;
  }
  override get size(): number {
    return this.#x + super.size;
  }
  override set size(next: number) {
    this.#x = next * 2;
    super.size = next;
  }
  own(): number {
    return this.#x;
  }
  override describe(): string {
    return \`square \${this.#x} \${this.#secret()} \${super.describe()}\`;
  }
}
// Compound and logical assignments to fields through this, also kept as values.
class Accumulator {
  total = 0;
  best: number | undefined = undefined;
  note: string | null = null;
  bits = 0;
  add(step: number): number {
    this.total += step;
    this.best ??= step;
    this.note ||= \`n\${step}\`;
    this.bits |= step;
    return this.total;
  }
  scale(factor: number): number {
    this.total *= factor;
    this.bits ^= factor;
    this.bits <<= 1;
    this.total **= factor > 0 && factor < 3 ? factor : 1;
    this.best &&= factor;
    return this.best ?? -1;
  }
  take(step: number): string {
    this.note ??= "fresh";
    const previous = this.note;
    this.total -= step;
    this.best ||= step;
    return previous + this.total;
  }
  describe(): string {
    return \`\${this.total}|\${this.best}|\${this.note}|\${this.bits}\`;
  }
}
// A rest parameter, given spread arguments.
function sumAll(...items: number[]): number {
  let sum = 0;
  for (const item of items) {
    sum += item;
  }
  return sum;
}
class Counter {
  private count: number;
  constructor(start: number) {
    this.count = start;
  }
  get value(): number {
    return this.count;
  }
  set value(next: number) {
    this.count = next;
  }
  increment(): number {
    this.count++;
    return this.count;
  }
}
// Targets whose key or receiver runs code (each counts, so a second evaluation shows): a key from
// a call, a key from an object's own toString() in a template, a receiver from a getter.
type Slot = "a" | "b" | "c";
const SLOT_NAMES: Slot[] = ["a", "b", "c"];
let keyCalls = 0;
function keyOf(step: number): Slot {
  keyCalls += 1;
  return SLOT_NAMES[Math.abs(keyCalls + step) % 3] ?? "a";
}
class Named {
  shown = 0;
  constructor(readonly base: string) {}
  toString(): string {
    this.shown += 1;
    return this.base;
  }
}
class Holder {
  reads = 0;
  readonly inner = { count: 1, maybe: undefined as number | undefined, text: "" };
  get box(): { count: number; maybe: number | undefined; text: string } {
    this.reads += 1;
    return this.inner;
  }
}
// Getters behind an interface and an abstract property: read through the declared type, they count
// as the class's own; next also pushes onto the array callbacks may be walking.
interface Source {
  readonly next: number;
  describe(): string;
}
class CountingSource implements Source {
  reads = 0;
  constructor(private readonly items: number[]) {}
  get next(): number {
    this.reads += 1;
    if (this.items.length < 12) {
      this.items.push(this.reads);
    }
    return this.reads % 3 === 0 ? 0 : this.reads;
  }
  describe(): string {
    return \`source \${this.reads}\`;
  }
}
abstract class Level {
  abstract readonly level: number;
  describe(): string {
    return \`level \${this.level}\`;
  }
}
class CountingLevel extends Level {
  reads = 0;
  get level(): number {
    this.reads += 1;
    return this.reads % 2;
  }
}
// Maps and Sets given where an Iterable is declared.
function totalOf(pairs: Iterable<[string, number]>): number {
  let sum = 0;
  for (const [, entry] of pairs) {
    sum += entry;
  }
  return sum;
}
function keysOf(pairs: Iterable<[string, number]>): string[] {
  return Array.from(pairs, ([key]) => key);
}
function spreadOf<T>(items: Iterable<T>): T[] {
  return [...items];
}
function numbersOf(items: Iterable<number>): number[] {
  return Array.from(items);
}

// Statics whose initializers read earlier statics and call static methods, a private static
// counter, static blocks, field initializers reading \`this\` and earlier fields, and a subclass.
class Registry {
  static base = 2;
  // Before the initializers that call triple(), which pushes to it (Node throws at load otherwise).
  static readonly trail: string[] = [];
  static doubled = Registry.base * 2;
  static tripled = Registry.triple(Registry.doubled);
  private static _count = 0;
  static __total = Registry.tripled + 1;
  // Static fields come before the static blocks (CS1001 otherwise).
  static late = Registry.next() * 10;
  static {
    Registry.trail.push(\`block \${Registry.doubled} \${Registry._count}\`);
    Registry._count += 1;
  }
  static triple(value: number): number {
    Registry.trail.push(\`triple \${value}\`);
    return value * 3;
  }
  static next(): number {
    Registry._count += 1;
    return Registry._count;
  }
  // A static getter is refused (CS1001): a static method.
  static count(): number {
    return Registry._count;
  }
  static reset(): void {
    Registry._count = 0;
    Registry.__total = 0;
  }
  readonly id = Registry.next();
  label = \`r\${this.id}\`;
  size = this.label.length + Registry.doubled;
  describe(): string {
    return \`\${this.id}/\${this.label}/\${this.size}\`;
  }
}
class SubRegistry extends Registry {
  static extra = Registry.count() + SubRegistry.base;
  static {
    SubRegistry.trail.push(\`sub \${SubRegistry.extra}\`);
  }
  tag = \`\${this.label}:\${this.size}\`;
  weight = this.tag.length * Registry.count();
  override describe(): string {
    return \`\${super.describe()}|\${this.tag}|\${this.weight}\`;
  }
}
const REGISTRY_START = [Registry.doubled, Registry.tripled, Registry.__total, Registry.late, Registry.count(), SubRegistry.extra, Registry.trail.join()].join();
// Members named with double underscores.
class DoubleUnder {
  static __made = 0;
  __count = 0;
  private __hidden = 1;
  a__b = 2;
  value__: number | undefined = undefined;
  constructor() {
    DoubleUnder.__made += 1;
  }
  __bump(step: number): number {
    this.__count += step;
    this.__hidden *= 2;
    return this.__count + this.__hidden;
  }
  get __state(): string {
    return \`\${this.__count}/\${this.__hidden}/\${this.a__b}/\${this.value__}\`;
  }
}
// Getters that run code: each logs its call, so a getter read twice, or not at all, shows.
class Gauge {
  readonly log: string[] = [];
  private level = 0;
  private note(name: string): void {
    if (this.log.length < 80) {
      this.log.push(name);
    }
    this.level += 1;
  }
  get reading(): number {
    this.note("r");
    return this.level % 3;
  }
  get maybe(): number | undefined {
    this.note("m");
    return this.level % 2 === 0 ? undefined : this.level;
  }
  get name(): string {
    this.note("n");
    return this.level % 4 === 0 ? "" : \`g\${this.level}\`;
  }
  get ready(): boolean {
    this.note("y");
    return this.level % 2 === 1;
  }
  get child(): Gauge | undefined {
    this.note("c");
    return this.level % 3 === 0 ? undefined : this;
  }
  get label(): string | undefined {
    this.note("l");
    return this.level % 3 === 1 ? undefined : \`L\${this.level}\`;
  }
}
`;

/** What a program returns: every variable, 1 / each number so that -0 shows, and the code points of the text (halves of an emoji that met are one). */
const OBSERVE =
  'return [value, other, 1 / value, 1 / other, text, text.length, [...text].length, flag, numbers, words, [...counts], record, Object.keys(record), counter.value, closings, JSON.stringify(box), seen, ticker.reads, plain.describe(), square.describe(), mixed.describe(), Shape.made, Square.squares, optional ?? "none", label ?? "none", [slots.a, slots.b ?? "none", slots.c], tallies, cells, accumulator.describe(), [...walked].map((item) => 1 / item), [...keyed].map(([key, entry]) => [1 / key, entry]), keyCalls, named.shown, holder.reads, [holder.inner.count, holder.inner.maybe ?? "none", holder.inner.text], slotted, items, source.describe(), counting.reads, gauge.log.join(""), REGISTRY_START, Registry.count(), Registry.__total, Registry.trail.length, DoubleUnder.__made];';

export function printProgram(program: Program): string {
  return `export function ${program.name}(): unknown[] {\n  closings = 0;\n  const counter = new Counter(1);\n  const box = makeBox(1, "b");\n  Shape.made = 0;\n  Square.squares = 0;\n  const seen: string[] = [];\n  const ticker = new Ticker();\n  const plain = new Shape();\n  const square = new Square();\n  const mixed: Shape = new Square();\n  let optional: number | undefined = undefined as number | undefined;\n  let label: string | null = null as string | null;\n  const slots: { a: number; b?: number; c: string | null } = { a: 1, c: null };\n  const tallies: Record<string, number> = { a: 1, b: 0, c: -0 };\n  let pick = "a";\n  const cells: number[] = [1, 0, NaN];\n  let at = 1;\n  const accumulator = new Accumulator();\n  const walked = new Set<number>([1, 2, 3]);\n  const keyed = new Map<number, string>([[NaN, "nan"], [0, "zero"], [2, "two"]]);\n  keyCalls = 0;\n  const named = new Named("b");\n  const holder = new Holder();\n  const slotted: Record<Slot, number> = { a: 1, b: 0, c: -0 };\n  const items: number[] = [1, 2, 3];\n  const source: Source = new CountingSource(items);\n  const counting = new CountingLevel();\n  const leveled: Level = counting;\n  const gauge = new Gauge();\n  Registry.reset();\n  DoubleUnder.__made = 0;\n${printStatements(program.body, "  ")}\n  ${OBSERVE}\n}\n`;
}

export function printModule(programs: Program[]): string {
  return `// Generated by test/compiler/generative/generate.ts.\n${PRELUDE}\n${programs.map(printProgram).join("\n")}`;
}
