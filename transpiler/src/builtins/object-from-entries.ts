/**
 * `Object.fromEntries(entries)`. TypeScript types the result `any` where the entries are not typed as
 * pairs of a property key and a value: `string[][]` from `line.split("=")`, whose line without "="
 * gives a value that is undefined where the record's type says it is not (Python raised IndexError),
 * or a key that may be undefined (`[row.label, row.count]` of an optional label), which JavaScript
 * writes as "undefined" and Python, where None is null and undefined alike, wrote as "null". Both
 * are refused; typed pairs compile to `js_object_from_entries`.
 */
import type { CallExpression } from "ts-morph";
import type { TransformContext } from "../context";
import type * as py from "../python/ast";
import { call } from "../python/build";
import { unsupportedBuiltin } from "../diagnostics";

export function transformObjectFromEntries(args: py.Expression[], context: TransformContext, node: CallExpression): py.Expression {
  if (node.getType().isAny()) {
    context.report(
      unsupportedBuiltin(
        node,
        '`Object.fromEntries` of entries that are not pairs of a string or number key and a value (TypeScript types the result `any`: a line without "=" of `line.split("=")` gives a missing value, undefined where the record\'s type says it is not; a key that may be undefined is "undefined" in JavaScript, and None is null and undefined alike)',
        'make each entry such a pair: `lines.map((line): [string, string] => { const [key = "", value = ""] = line.split("="); return [key, value]; })`, `[row.label ?? "none", row.count]`',
      ),
    );
  }
  return call(context.useRuntime("js_object_from_entries"), args.slice(0, 1));
}
