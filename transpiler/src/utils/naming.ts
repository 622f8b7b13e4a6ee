/** Python names for TypeScript identifiers: snake_case for our own values, never a keyword or a name the output relies on. */

/** Python's keywords, with the soft `match` and `case`. */
export const PYTHON_KEYWORDS = new Set([
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
  "match",
  "case",
]);

/** Builtins and modules the emitted code calls by name: a user's variable must not hide them. */
const NAMES_THE_OUTPUT_USES = new Set([
  "self",
  "cls",
  "len",
  "str",
  "int",
  "float",
  "bool",
  "list",
  "dict",
  "tuple",
  "set",
  "isinstance",
  "sorted",
  "reversed",
  "super",
  "print",
  "range",
  "enumerate",
  "min",
  "max",
  "abs",
  "round",
  "any",
  "all",
  "math",
  "json",
  "random",
  "time",
  "object",
  "Exception",
  "property",
  "staticmethod",
  "classmethod",
  "TYPE_CHECKING",
  "Any",
  "Callable",
  "Dict",
  "List",
  "Optional",
  "Union",
  "Tuple",
  "annotations",
  "iter",
  "next",
  "zip",
  "map",
  "filter",
  "getattr",
  "setattr",
  "hasattr",
  // Static accessors build their metaclass with `type(...)`, a value read back is `cast(...)`, and
  // console.error writes to `sys.stderr`: a program's own `type`, `cast` or `sys` hid them (review 12).
  "type",
  "cast",
  "sys",
  // Annotations name these from typing: a program's own class `Iterator` made pyright read its
  // annotations against the program's class.
  "ClassVar",
  "Generator",
  "Iterable",
  "Iterator",
  // `typeof x === "function"` is `callable(x)`, and a for…of over a generator closes it in handlers
  // of these: a program's own `callable`, `BaseException` or `GeneratorExit` hid them (review 20).
  "callable",
  "BaseException",
  "GeneratorExit",
]);

export function toSnakeCase(identifier: string): string {
  if (/^[A-Z0-9_]+$/.test(identifier)) {
    return identifier; // CONSTANT_CASE stays as it is
  }
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .toLowerCase();
}

/**
 * Python rewrites every identifier written inside a class body (methods included) that starts with
 * two underscores and does not end with two (`self.__cache` is `self._Meta__cache`, a module's
 * `__note()` called in a method is `_Meta__note`), but not the same name outside the class: such a
 * name gets a prefix that Python leaves alone (`name___cache`).
 */
export function unmangledName(candidate: string): string {
  return /^__/.test(candidate) && !/__$/.test(candidate) ? `name_${candidate}` : candidate;
}

/**
 * `$` is a TypeScript identifier character and not a Python one: `$where` is `dollar_where`,
 * `price$` is `price_dollar`, `$` alone is `dollar` (a clash with a name spelled so is CS1034).
 */
export function withoutDollars(candidate: string): string {
  if (!candidate.includes("$")) {
    return candidate;
  }
  let spelled = candidate.split("$").join("_dollar_");
  if (candidate.startsWith("$")) {
    spelled = spelled.slice(1);
  }
  if (candidate.endsWith("$")) {
    spelled = spelled.slice(0, -1);
  }
  return spelled;
}

/**
 * Appends `_` to a name Python would not accept or that would hide something the output uses (the
 * runtime's helpers are `js_…`, its classes `Js…`, the attributes it gives compiled classes and
 * objects `_js_…`: a field `_js_fields` would replace the list JSON.stringify prints).
 */
export function safeName(candidate: string): string {
  // Python reads every identifier in its NFKC form (PEP 3131): `ﬁle` (a ligature) is `file`, `ℌ` is
  // `H`. Spelling names so here lets the collision checks see the two as one name, as Python will.
  candidate = unmangledName(withoutDollars(candidate.normalize("NFKC")));
  if (
    PYTHON_KEYWORDS.has(candidate) ||
    NAMES_THE_OUTPUT_USES.has(candidate) ||
    candidate.startsWith("js_") ||
    candidate.startsWith("_js_") ||
    /^Js[A-Z]/.test(candidate)
  ) {
    return candidate + "_";
  }
  return candidate;
}

/** A value (variable, function, parameter, method, property) declared in our own code. */
export function valueName(identifier: string): string {
  return safeName(toSnakeCase(identifier));
}

/** A class, enum or other type name: PascalCase is already Python's convention. */
export function typeName(identifier: string): string {
  return safeName(identifier);
}

/** `movie-watched-sync` → `movie_watched_sync`: a Python module name from a file name. */
export function moduleName(fileBaseName: string): string {
  return safeName(fileBaseName.replace(/[^A-Za-z0-9_]/g, "_").replace(/^(\d)/, "_$1"));
}
