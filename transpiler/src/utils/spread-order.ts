/**
 * Spreads read where they stand on every Python. CPython 3.8 builds `[*xs, f()]`, `g(*xs, f())` and
 * `{**s, "k": f()}` by evaluating every operand first (the spread only as a reference) and unpacking
 * them all at the end (BUILD_LIST_UNPACK, BUILD_MAP_UNPACK); 3.9 unpacks each in place, as
 * JavaScript does. So on 3.8 `[...xs, xs.push(3)]` held the pushed 3. Where an element after a spread
 * runs code, the spread is copied where it stands instead: `list(xs)`, `dict(s)`, calls made in place on every version.
 */
import type * as py from "../python/ast";
import { call, name } from "../python/build";
import { isSideEffectFree } from "./temporaries";

/** An element whose evaluation runs no code of the program's, told from the Python alone (a display's elements carry no TypeScript node to ask; see runsNoCode). */
function displayRunsNoCode(expression: py.Expression): boolean {
  switch (expression.kind) {
    case "Name":
    case "Constant":
    case "Attribute":
      return isSideEffectFree(expression);
    case "List":
    case "Tuple":
      return expression.elements.every(displayRunsNoCode);
    case "Dict":
      return expression.entries.every((entry) => entry.key !== undefined && displayRunsNoCode(entry.key) && displayRunsNoCode(entry.value));
    case "Unary":
      return displayRunsNoCode(expression.operand);
    case "Boolean":
      return expression.operands.every(displayRunsNoCode);
    case "Conditional":
      return displayRunsNoCode(expression.test) && displayRunsNoCode(expression.body) && displayRunsNoCode(expression.orElse);
    default:
      return false;
  }
}

const isCopy = (value: py.Expression, copier: string): boolean => value.kind === "Call" && value.callee.kind === "Name" && value.callee.id === copier;

/** The elements of a list, a tuple or a call's arguments, each `*spread` before an element that runs code copied in place. */
export function spreadsInPlace(elements: py.Expression[]): py.Expression[] {
  let laterRunsCode = false;
  const settled = [...elements];
  for (let index = settled.length - 1; index >= 0; index--) {
    const element = settled[index];
    if (element.kind === "Starred") {
      if (laterRunsCode && !isCopy(element.value, "list")) {
        settled[index] = { ...element, value: call(name("list"), [element.value]) };
      }
      laterRunsCode = true; // unpacking a spread runs code (an iterator, a getter)
    } else if (!displayRunsNoCode(element)) {
      laterRunsCode = true;
    }
  }
  return settled;
}

/** A dict display's entries, each `**spread` before an entry that runs code copied in place. */
export function dictSpreadsInPlace(entries: py.DictEntry[]): py.DictEntry[] {
  let laterRunsCode = false;
  const settled = [...entries];
  for (let index = settled.length - 1; index >= 0; index--) {
    const entry = settled[index];
    if (entry.key === undefined) {
      // (A call may return a live object of the program's, `{ ...this.defaults(), n: next() }`: only dict() is a copy.)
      if (laterRunsCode && !isCopy(entry.value, "dict")) {
        settled[index] = { key: undefined, value: call(name("dict"), [entry.value]) };
      }
      laterRunsCode = true;
    } else if (!displayRunsNoCode(entry.key) || !displayRunsNoCode(entry.value)) {
      laterRunsCode = true;
    }
  }
  return settled;
}
