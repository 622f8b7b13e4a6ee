/**
 * What to call a construct no visitor compiles, in the words a TypeScript developer uses, with what to
 * write instead: `MetaProperty` (ts-morph's name for `new.target`) told the reader nothing.
 */
import type { Node } from "ts-morph";
import { type Diagnostic, unsupportedConstruct, unsupportedSyntax } from "../diagnostics";

const READABLE: Partial<Record<string, { name: string; instead: string }>> = {
  MetaProperty: {
    name: "`new.target` (or `import.meta`), other than `new.target.name` in a class's constructor",
    instead:
      "`new.target.name` in the constructor compiles (the name of the class `new` was given, a subclass's too); to test the class, write `this instanceof Square`",
  },
  TaggedTemplateExpression: {
    name: "a tagged template (such as String.raw)",
    instead: 'call a function with the texts and the values (`tag(["a", "b"], x)`), or write a plain string with the escapes doubled (`"a\\\\nb"`)',
  },
  ClassExpression: { name: "a class expression (`const Point = class { … }`)", instead: "declare the class (`class Point { … }`)" },
  VoidExpression: { name: "`void`", instead: "write `undefined`, or the expression as its own statement" },
  DebuggerStatement: { name: "`debugger`", instead: "remove it" },
  WithStatement: { name: "`with`", instead: "name the object" },
  // `super.v += 1`, `super.v ??= x`, `const s = super`: only `super.name` reads, `super.name = v`, `super.method()` and `super()` compile.
  SuperKeyword: {
    name: "`super` here (a compound or logical assignment to `super.name`, or `super` as a value)",
    instead: "read `super.name` into a variable, then write `super.name = …`",
  },
  BigIntLiteral: {
    name: "a BigInt (`10n`)",
    instead: "numbers are exact integers up to 2^53 (`Number.MAX_SAFE_INTEGER`); keep larger ones as strings of digits, or split them into parts",
  },
  // `#secret in other`: a brand check.
  PrivateIdentifier: { name: "`#name in value` (a brand check)", instead: "test `value instanceof TheClass`" },
};

/** CS1001 for a construct no visitor compiles, named as a TypeScript developer knows it when it can be. */
export function unsupportedConstructAt(node: Node, role: "expression" | "statement"): Diagnostic {
  const readable = READABLE[node.getKindName()];
  return readable === undefined ? unsupportedSyntax(node, `the ${role} ${node.getKindName()}`) : unsupportedConstruct(node, readable.name, readable.instead);
}
