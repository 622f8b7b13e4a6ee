/**
 * Python 3.8's parser gives up on an expression nested about 90 brackets deep: the module fails to
 * import with a bare MemoryError ("s_push: parser stack overflow"). Measured on 3.8.18: nested
 * calls and lists fail at 99, `-(…)`, `not (…)` and conditionals at 94, lambdas at 89 (86 inside 15
 * nested blocks); 3.11 and 3.13 parse far deeper. Compiled code nests where TypeScript does not: a
 * chain `a - b + c - d …` of values the runtime adds is one helper call inside the next, as is a
 * `??` chain or a `/` chain. The printed module is scanned, outside its string literals, and a line
 * nested deeper than the limit is refused at the TypeScript line it came from.
 */
import type { SourceFile } from "ts-morph";
import { type Diagnostic, nestedTooDeep } from "../diagnostics";

const MOST_NESTED_BRACKETS = 80;

/** The first place in each printed statement nested past the limit, at its TypeScript line (`lineMap[i]` is Python line i + 1's). */
export function reportDeeplyNestedBrackets(text: string, lineMap: number[], sourceFile: SourceFile): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let depth = 0;
  let line = 0;
  let reported = false;
  let quote: string | undefined;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (quote !== undefined) {
      if (character === "\\") {
        index++;
      } else if (text.startsWith(quote, index)) {
        index += quote.length - 1;
        quote = undefined;
      } else if (character === "\n") {
        line++;
      }
      continue;
    }
    if (character === "\n") {
      line++;
    } else if (character === "#") {
      // A comment runs to the end of its line.
      const end = text.indexOf("\n", index);
      index = (end < 0 ? text.length : end) - 1;
    } else if (character === '"' || character === "'") {
      quote = text.startsWith(character.repeat(3), index) ? character.repeat(3) : character;
      index += quote.length - 1;
    } else if (character === "(" || character === "[" || character === "{") {
      depth++;
      if (depth > MOST_NESTED_BRACKETS && !reported) {
        reported = true;
        diagnostics.push(nestedTooDeep(sourceFile, lineMap[line] ?? 0, MOST_NESTED_BRACKETS));
      }
    } else if (character === ")" || character === "]" || character === "}") {
      depth--;
      if (depth === 0) {
        reported = false;
      }
    }
  }
  return diagnostics;
}
