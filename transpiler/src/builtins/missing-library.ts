/**
 * What to write instead of the standard library's classes and functions the runtime lacks, where
 * the subset has an alternative: a refusal that names one is a refusal a developer can act on.
 */

const TYPED_ARRAY =
  "use a `number[]`, keeping each element in range with the bitwise operators, which have JavaScript's 32-bit semantics (`value & 0xff` for a byte, `value | 0`, `value >>> 0`)";

const TIME = "time is a number of milliseconds: take `Date.now()` (or a time passed in) and compute with numbers; Date's calendar methods are not compiled";

/** Error, TypeError, RangeError, SyntaxError and URIError are compiled; the others are the program's own to declare. */
const OWN_ERROR = (name: string): string =>
  `the compiled Errors are Error, TypeError, RangeError, SyntaxError and URIError: declare your own, \`class Unbound extends Error { override name = "${name}"; }\`, and test it with instanceof`;

/** Intl's text depends on the locale and on the ICU data Node was built with, which Python has not. */
const NUMBER_FORMAT =
  'its text depends on the locale and on the ICU data Node was built with: format the number yourself, `n.toFixed(2)`, grouping the digits with `.replace(/\\B(?=(\\d{3})+(?!\\d))/g, ",")` and writing the currency sign out (`"$" + …`)';
const INTL: Record<string, string> = {
  NumberFormat: NUMBER_FORMAT,
  DateTimeFormat: TIME,
  RelativeTimeFormat: TIME,
  Collator:
    "its order depends on the locale: compare the texts with `<` and `>` (UTF-16 order, as `sort()` without a comparer), after `toLowerCase()` where case should not count",
  PluralRules: 'choose the form yourself: `count === 1 ? "item" : "items"`',
  ListFormat: 'join the parts yourself: `items.join(", ")`, or `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`',
  Segmenter: "`[...text]` splits the text into code points; words by a regular expression (`text.split(/\\s+/)`)",
  DisplayNames: "keep the names you show in a Record of your own",
};

/** By the class's name: `new X()`, and a method or an index of one. */
const INSTEAD_OF_CLASS: Record<string, string> = {
  ...INTL,
  Date: TIME,
  Int8Array: TYPED_ARRAY,
  Uint8Array: TYPED_ARRAY,
  Uint8ClampedArray: TYPED_ARRAY,
  Int16Array: TYPED_ARRAY,
  Uint16Array: TYPED_ARRAY,
  Int32Array: TYPED_ARRAY,
  Uint32Array: TYPED_ARRAY,
  Float32Array: "use a `number[]` (`Math.fround(value)` rounds a value to single precision)",
  Float64Array: "use a `number[]`",
  BigInt64Array: "use a `number[]` (bigint is not compiled)",
  BigUint64Array: "use a `number[]` (bigint is not compiled)",
  ArrayBuffer: TYPED_ARRAY,
  SharedArrayBuffer: TYPED_ARRAY,
  DataView: TYPED_ARRAY,
  WeakMap: "use a Map keyed by the class's instances (`new Map<Item, number>()`; nothing is collected while the Map holds it)",
  WeakSet: "use a Set of the class's instances (`new Set<Item>()`; nothing is collected while the Set holds it)",
  WeakRef: "hold the object itself",
  Proxy: "write a class whose methods do what the handler would",
  ReferenceError: OWN_ERROR("ReferenceError"),
  EvalError: OWN_ERROR("EvalError"),
  AggregateError: "declare a class that extends Error with an `errors` field",
};

/** By the global's (or the global's member's) name: `escape(…)`, `Symbol.iterator`. */
const INSTEAD_OF_GLOBAL: Record<string, string> = {
  ...Object.fromEntries(Object.entries(INTL).map(([name, instead]) => [`Intl.${name}`, instead])),
  "Object.freeze":
    "the compiled objects cannot be frozen; keep the value in a `const` with a `readonly` type (`readonly number[]`, `Readonly<T>`), which TypeScript enforces",
  "Object.isFrozen": "nothing in the compiled program is frozen; drop the test",
  "Object.hasOwn":
    "it compiles for a plain object or a Record and a string key (`Object.hasOwn(counts, word)`); for a class instance, test the member itself (`item.label !== undefined`); for an array, compare the index with its length",
  "Object.seal": "the compiled objects cannot be sealed; give the value a type without an index signature, which TypeScript enforces",
  "Object.setPrototypeOf": "remove it where it fixes up a class extending Error (needed only when compiled for ES5); otherwise use a class and `extends`",
  "Object.getPrototypeOf": "test the class with `instanceof`",
  "Date.UTC": TIME,
  "Date.parse": TIME,
  escape: "use `encodeURIComponent()` (escape leaves other characters as they are and writes others as %uXXXX)",
  unescape: "use `decodeURIComponent()`",
  RegExp: "write `new RegExp(pattern, flags)`",
  Symbol: "use a string or a class of your own as the key",
  BigInt: "numbers are exact integers up to 2^53 (`Number.MAX_SAFE_INTEGER`); keep larger ones as strings of digits, or split them into parts",
  "Symbol.iterator": "write a generator (`function*`) and walk it with `for…of` or a spread, or walk the array itself",
  "Symbol.asyncIterator": "async iteration is not compiled (the add-on is synchronous): write a generator (`function*`)",
};

/** What to test instead of `instanceof` a standard class the runtime has no counterpart for. */
const INSTANCEOF_INSTEAD: Record<string, string> = {
  Object: '`typeof value === "object" && value !== null` (or `|| typeof value === "function"`)',
  Function: '`typeof value === "function"`',
  String: 'test `typeof value === "string"` (no string of the compiled program is a String object)',
  Number: 'test `typeof value === "number"` (no number of the compiled program is a Number object)',
  Boolean: 'test `typeof value === "boolean"` (no boolean of the compiled program is a Boolean object)',
  Date: "time is a number of milliseconds (`Date.now()`): Date is not compiled",
  Promise: "the add-on is synchronous: Promises are not compiled",
  ReferenceError: OWN_ERROR("ReferenceError"),
  EvalError: OWN_ERROR("EvalError"),
};

export function insteadOfLibraryClass(className: string): string | undefined {
  return Object.hasOwn(INSTEAD_OF_CLASS, className) ? INSTEAD_OF_CLASS[className] : undefined;
}

export function insteadOfGlobal(global: string): string | undefined {
  return Object.hasOwn(INSTEAD_OF_GLOBAL, global) ? INSTEAD_OF_GLOBAL[global] : undefined;
}

export function insteadOfInstanceof(className: string): string | undefined {
  return Object.hasOwn(INSTANCEOF_INSTEAD, className) ? INSTANCEOF_INSTEAD[className] : undefined;
}
