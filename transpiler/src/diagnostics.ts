/**
 * Diagnostics as data: every problem the compiler can report has a factory here, with a
 * stable code and a message that says what to write instead. Positions come from the node:
 * where it starts and where it ends (1-based lines and columns, the end just past the node).
 */
import type { EarlyTouch } from "./utils/fields-touched-before-defined";
import type { StaticReadEarly } from "./utils/statics-read-before-defined";
import type { ClassNamedEarly } from "./utils/class-named-while-defined";
import type { Node, SourceFile } from "ts-morph";
import type { UntypedLibraryArgument } from "./utils/untyped-library-argument";
import type { Retyping } from "./utils/type-parts";
import type { Unprintable } from "./utils/json-printable";

export type DiagnosticCategory = "error" | "warning";

/** One message beneath the first: TypeScript explains a type error as a tree of messages, each deeper one a reason for the one above. */
export interface DiagnosticDetail {
  message: string;
  /** 1 for a reason of the first message, 2 for a reason of that reason, … */
  depth: number;
}

export interface Diagnostic {
  code: string;
  category: DiagnosticCategory;
  message: string;
  file: string;
  /** Where the span starts. */
  line: number;
  column: number;
  /** Where the span ends: the position just past its last character. */
  endLine: number;
  endColumn: number;
  /** The rest of TypeScript's message chain, depth first (empty for the compiler's own diagnostics). */
  details: DiagnosticDetail[];
}

function at(node: Node, code: string, category: DiagnosticCategory, message: string): Diagnostic {
  const sourceFile = node.getSourceFile();
  const { line, column } = sourceFile.getLineAndColumnAtPos(node.getStart());
  const end = sourceFile.getLineAndColumnAtPos(node.getEnd());
  return { code, category, message, file: sourceFile.getFilePath(), line, column, endLine: end.line, endColumn: end.column, details: [] };
}

/** `file:line:col - error CODE: message`, then the message chain's reasons indented by depth, as tsc prints them. */
export function formatDiagnostic(diagnostic: Diagnostic, relativeTo?: string): string {
  let file = diagnostic.file;
  if (relativeTo !== undefined && file.startsWith(relativeTo + "/")) {
    file = file.slice(relativeTo.length + 1);
  }
  const head = `${file}:${diagnostic.line}:${diagnostic.column} - ${diagnostic.category} ${diagnostic.code}: ${diagnostic.message}`;
  return [head, ...diagnostic.details.map((detail) => "  ".repeat(detail.depth) + detail.message)].join("\n");
}

export const unsupportedSyntax = (node: Node, kindName: string): Diagnostic =>
  at(node, "CS1001", "error", `${kindName} is not supported by the TypeScript→Python compiler; see docs/typescript-subset.md for what is`);

export const unsupportedConstruct = (node: Node, construct: string, instead: string): Diagnostic =>
  at(node, "CS1001", "error", `${construct} is not supported by the TypeScript→Python compiler: ${instead}`);

/** A field read or written by construction code before JavaScript defines it (utils/fields-touched-before-defined.ts). */
export const fieldTouchedBeforeDefined = (early: EarlyTouch): Diagnostic =>
  unsupportedConstruct(
    early.touch,
    early.handedOver === true
      ? `Handing \`${early.owner.getName() ?? "a class"}\`'s instance to other code while it is constructed, which may ${early.written ? "write" : "read"} its field \`${early.field}\`,`
      : `${early.written ? "Writing" : "Reading"} the field \`${early.field}\` of \`${early.owner.getName() ?? "a class"}\`'s instance while it is constructed`,
    `${early.because}, where JavaScript ${
      early.effect === "order"
        ? "creates the key at that moment, ahead of the fields declared before it (its definition then replaces the value), a place among the keys Python does not keep"
        : early.effect === "missing"
          ? "reads undefined, and Python has no attribute yet"
          : early.effect === "shown"
            ? "shows only the fields defined so far, and Python every field it has set to None first (`b: undefined`)"
            : early.effect === "typed"
              ? 'reads undefined, which its type does not admit: Python\'s None there is taken for a value of that type (`typeof` gives "object", arithmetic raises TypeError)'
              : early.effect === "private"
                ? `throws TypeError (a \`#private\` field is not there before its definition) and Python ${early.inBase ? "raises AttributeError (no attribute yet)" : "finds the None it set first"}`
                : "reads undefined, which Python would take for the null its type admits"
    }; ${
      early.inBase
        ? `call no method a subclass overrides from a constructor or an initializer${early.effect === "private" ? "" : ", or declare the field in the base class"}`
        : early.handedOver === true
          ? "hand the instance over once every field has its value (at the end of the constructor)"
          : `give the value in the constructor, or declare the field before the code that ${early.written ? "writes" : "reads"} it`
    }`,
  );

/** A static field read by code a static initializer or block runs before the field is defined (utils/statics-read-before-defined.ts). */
export const staticReadBeforeDefined = (early: StaticReadEarly): Diagnostic =>
  unsupportedConstruct(
    early.read,
    early.unfollowed
      ? `Running code the compiler cannot follow, which may read the static field \`${early.field.getName()}\` of \`${early.className}\` before it is defined,`
      : `Reading the static field \`${early.field.getName()}\` of \`${early.className}\` before it is defined`,
    `${early.runnerField === undefined ? "a static block" : `the initializer of \`${early.runnerField}\``} runs it first, where JavaScript reads ${
      early.inherited
        ? "the base class's value, and Python the None the class sets first"
        : `undefined, ${
            early.admitsNull
              ? "which Python would take for the null its type admits"
              : 'which its type does not admit: Python\'s None there is taken for a value of that type (`typeof` gives "object", arithmetic raises TypeError)'
          }`
    }; declare the field before the ${early.runnerField === undefined ? "block" : "initializer"} that runs it`,
  );

/** Code outside a class naming it, run while its static fields are made (utils/class-named-while-defined.ts). */
export const classNamedWhileDefined = (early: ClassNamedEarly): Diagnostic =>
  unsupportedConstruct(
    early.at,
    early.unfollowed
      ? `Running code the compiler cannot follow while the static fields of \`${early.className}\` are made, which may name \`${early.className}\` from outside its body,`
      : `Naming the class \`${early.className}\` from outside its body while its static fields are made`,
    `${early.runnerField === undefined ? "a static block" : `the initializer of \`${early.runnerField}\``} runs this code, where JavaScript's \`${early.className}\` is not defined yet (reading it throws ReferenceError) and Python's is; in code the class's statics run, name the class only inside its body (a static method, \`this\` in a static block), or make the value after the class`,
  );

export const varDeclaration = (node: Node): Diagnostic => at(node, "CS1002", "error", "`var` is not supported: use `let` or `const`");

export const looseEquality = (node: Node, operator: string): Diagnostic =>
  at(node, "CS1004", "error", `loose \`${operator}\` is only supported against null or undefined: use \`${operator}=\``);

export const evalCall = (node: Node): Diagnostic => at(node, "CS1005", "error", "`eval` and `Function(...)` cannot be compiled: write the code itself");

export const forInStatement = (node: Node): Diagnostic =>
  at(
    node,
    "CS1006",
    "error",
    "`for…in` over anything but data (an interface of data, a Record) is not supported: it would list an array's indexes as texts, a string's positions, a class instance's own fields (compiled as attributes named otherwise); walk an array with `for…of` or `forEach((item, index) => …)`, and list an object's keys with `Object.keys(value)`",
  );

export const throwNonError = (node: Node, typeText: string): Diagnostic =>
  at(node, "CS1007", "error", `only Error objects can be thrown (this is ${typeText}): throw \`new Error(...)\` or a subclass of Error`);

export const unsupportedBuiltin = (node: Node, what: string, instead?: string): Diagnostic =>
  at(
    node,
    "CS1008",
    "error",
    `${what} is not supported by the compiler's runtime${instead === undefined ? "" : `: ${instead}`}; see docs/typescript-subset.md for the supported built-ins`,
  );

/** `items.map(Math.round)`: a namespace's function passed as a value rather than called. */
export const builtinMethodAsValue = (node: Node, what: string, parameters: string, restWrapper?: string): Diagnostic =>
  at(
    node,
    "CS1065",
    "error",
    `\`${what}\` as a value (passed or stored rather than called) is not supported: the compiler turns it into Python only where it is called; wrap it in a function that calls it with what it takes, ${
      restWrapper === undefined
        ? `\`(${parameters}) => ${what}(${parameters})\``
        : `\`${restWrapper}\` (the function type expected takes a rest parameter, whose elements a call may leave out)`
    }`,
  );

export const switchFallThrough = (node: Node): Diagnostic =>
  at(
    node,
    "CS1009",
    "error",
    "a `case` that falls through to the next one is not supported: end it with `break`, `return`, `throw` or `continue`, or list the labels together",
  );

/**
 * CS1011. `object`: the receiver is a class instance ("instance") or an object literal with methods
 * ("literal"), whose members are attributes the compiler names, which a key known only at run time
 * cannot name.
 */
export const dynamicAccess = (node: Node, what: string, object?: "instance" | "literal" | "mapped" | "generic key" | { classBesideData: string }): Diagnostic =>
  at(
    node,
    "CS1011",
    "error",
    object === "generic key"
      ? `${what} by a key of its own type parameters (\`K extends keyof T\`): T may be a class instance, an array or a Map, read otherwise than a record by key; bound the key by \`string\` and T by a record of it, \`function pluck<K extends string, T extends Record<K, unknown>>(items: T[], key: K): T[K][]\`, which interfaces of data meet`
      : typeof object === "object"
        ? `${what}: the union holds the class ${object.classBesideData} beside a type of data, a Python object read by attributes beside a dict read by keys; narrow it first (\`if (value instanceof ${object.classBesideData}) …\`), or make every member of the union a class, or every member data`
        : object === "mapped"
          ? `${what}: a mapped type over the keys of a type parameter that may be an array is itself an array when it is given one (TypeScript maps \`{ [K in keyof E]?: boolean }\` of \`number[]\` to \`(boolean | undefined)[]\`); bound the type parameter by a record (\`E extends Record<string, unknown>\`), or map over keys bound by \`string\` (\`{ [P in K]?: boolean }\` with \`K extends string\`)`
          : object === "instance"
            ? `${what}: a class instance's members are Python attributes the compiler names, which a key known only at run time cannot name; read each member by name (\`key === "major" ? this.major : this.minor\`, or a \`switch\`), or keep the values in a Record or a Map`
            : object === "literal"
              ? `${what}: an object literal with methods keeps its members as Python attributes the compiler names; read the member with a dot (\`settings.label\`), or give the object a Record type (\`const settings: Record<string, string> = { … }\`) and index that`
              : `${what}: the compiler needs to know from the types whether this is an object, an array, a Map or a string; type the value, or narrow it (\`typeof value === "string"\`, \`Array.isArray(value)\`)`,
  );

export const functionOwnProperty = (node: Node, property: string): Diagnostic =>
  at(
    node,
    "CS1059",
    "error",
    `\`.${property}\` of a function or class reached through a value, or a class's \`length\`: Python's classes and functions have other names (snake_case, \`JsError\`'s own \`name\`) and no parameter count; name the class or function itself (\`Thing.name\`, \`greet.length\`), or write the name as a string or the count as a number`,
  );

export const thisInFunction = (node: Node): Diagnostic =>
  at(
    node,
    "CS1063",
    "error",
    "`this` in a `function` (one that declares a `this` parameter, or a function expression that an object literal's type gives a `this`): its `this` is whatever each call supplies (`f.call(ctx)`, `obj.f()`), which a compiled Python function has no way to receive; take the object as an ordinary parameter (`function f(ctx: Ctx, a: number)`), or make the function a method of a class or of the object literal",
  );

export const importOfReassignedVariable = (node: Node, variable: string): Diagnostic =>
  at(
    node,
    "CS1068",
    "error",
    `an import of \`${variable}\`, a \`let\` that a function of its module reassigns: JavaScript's import is a live binding, but Python's \`from … import\` copies the value once, so the importer would keep reading the first one; export a function that returns it (\`export function getCounter(): number { return counter; }\`), or keep the value in an exported \`const\` object and change its property (\`export const state = { counter: 0 }\`, \`state.counter++\`)`,
  );

/** `static instance: Logger;`: JavaScript's field holds undefined until assigned, which the type (unchecked by TypeScript for statics) denies. */
export const staticFieldWithoutValue = (node: Node, owner: string, field: string, typeText: string, admitsNull: boolean): Diagnostic =>
  at(
    node,
    "CS1066",
    "error",
    `the static field \`${owner}.${field}\` has no initializer, so it holds undefined until something assigns it, but its type \`${typeText}\` does not admit undefined (TypeScript does not check that static fields are initialised): compiled code trusts the type, so the None it holds would ${admitsNull ? "be taken for null" : "print as null and fail in arithmetic"}; ${
      admitsNull
        ? `give it the initializer \`= null\` (\`static ${field}: ${typeText} = null\`)`
        : `let the type admit undefined (\`static ${field}?: ${typeText}\`, then test it where it is read: \`if (${owner}.${field} === undefined) …\`), or give it an initializer (\`static ${field}: ${typeText} = …\`)`
    }`,
  );

/** `(record[k] &&= v)` as a value: a missing element gives undefined, which TypeScript leaves out of the expression's type. */
export const falsyMissingElementValue = (node: Node, typeText: string): Diagnostic =>
  at(
    node,
    "CS1013",
    "error",
    `\`&&=\` used as a value on an element that may be missing (a key of a record, an index past an array's end): JavaScript gives the element it read, undefined when it is missing, but TypeScript types the expression \`${typeText}\` without undefined, and compiled code trusts the type (the None would print as null and fail in arithmetic); make it its own statement (\`record[key] &&= value;\`) and read the element after it, or read the element first (\`const old = record[key]\`)`,
  );

/** CS1012. `setPrototypeOf`: the access is `Object.setPrototypeOf(this, E.prototype)`'s argument, the fix-up a class extending Error needed before ES2015. */
export const prototypeAccess = (node: Node, setPrototypeOf = false, constructorName = false): Diagnostic =>
  at(
    node,
    "CS1012",
    "error",
    setPrototypeOf
      ? "prototype tricks are not supported: remove `Object.setPrototypeOf(this, …)`, which a class extending Error needed only when compiled for ES5 (`instanceof` of the compiled class works without it)"
      : constructorName
        ? "`.constructor`, but for the name of a class the program declares (`this.name = this.constructor.name` in an instance member, `instance.constructor.name` of a value typed as that class, not as `Error` or an interface), is not supported (a compiled instance does not reach its class that way): test the class with `instanceof` (`error instanceof TypeError`, `this instanceof Shape`), name the class itself (`Shape.unit()`), or give each class its own value where it is declared (a field, or a method each class overrides)"
        : "prototype tricks are not supported: use a class",
  );

/** CS1013. `arrowBody`: the write is an arrow's whole expression body (`(value) => (box.total = value)`). */
export const expressionAssignment = (node: Node, arrowBody: boolean): Diagnostic =>
  at(
    node,
    "CS1013",
    "error",
    arrowBody
      ? 'this assignment as an arrow\'s value is not supported (`+=` of text onto a property or element that may be undefined, which JavaScript turns into "undefined" first; a write through `super`): give the arrow a block body, `(piece) => { box.label += piece; }`, and a `return` if its value is read'
      : 'this assignment used as a value is not supported (`+=` of text onto a property or element that may be undefined, which JavaScript turns into "undefined" first; a write through `super`): make it its own statement, and read the target after it',
  );

export const destructuringAssignmentValue = (node: Node): Diagnostic =>
  at(
    node,
    "CS1013",
    "error",
    "a destructuring assignment used as a value (`([a, b] = pair)[0]`, `const r = ({ x } = point)`) is not supported: make it its own statement, and read the source (its value in JavaScript) afterwards",
  );

export const classImplementsDataInterface = (node: Node, interfaceName: string): Diagnostic =>
  at(
    node,
    "CS1014",
    "error",
    `a class cannot implement ${interfaceName}, which has only data properties and compiles to a dict: give the interface a method, or build an object literal`,
  );

export const jsonOfCollection = (node: Node): Diagnostic =>
  at(
    node,
    "CS1016",
    "error",
    "JSON.stringify of a Map or Set gives {} in JavaScript, which is rarely meant: convert it first (Object.fromEntries(map), Array.from(set))",
  );

/** What to write instead of printing an instance that cannot be printed: its own remedy first, where it has one. */
const instancePrintingAdvice = (advice: string | undefined): string =>
  `${advice === undefined ? "" : `${advice}, `}build an object literal of the fields to save, or give the class a \`toJSON()\` whose result is never undefined, which JSON.stringify then prints`;

/** JSON.stringify of something the runtime cannot print as Node does (utils/json-printable.ts says what and why). */
export const jsonOfClassInstance = (node: Node, what: Unprintable): Diagnostic =>
  at(node, "CS1017", "error", `JSON.stringify of ${what.subject} is not supported: ${what.reason}; ${instancePrintingAdvice(what.advice)}`);

/** Such a value given where a generic function or class, or a parameter typed `unknown`, hands it to JSON.stringify. */
export const jsonOfClassInstanceGiven = (node: Node, where: string, what: Unprintable): Diagnostic =>
  at(
    node,
    "CS1017",
    "error",
    `JSON.stringify of ${what.subject} is not supported, and ${where}, whose values reach a JSON.stringify: ${what.reason}; ${instancePrintingAdvice(what.advice)}`,
  );

/** `x * 2`, `x++`, `x + 1`, `Math.floor(x)` of a value typed `any`: JavaScript converts it, Python's operators do not. */
export const untypedArithmetic = (node: Node, operation: string, untypedThis = false, source?: string): Diagnostic =>
  at(
    node,
    "CS1070",
    "error",
    untypedThis
      ? `${operation} of a member of \`this\` in an object literal given where \`any\` is expected: TypeScript types \`this\` there \`any\`, and checks nothing done with it; build the literal in a \`const\` of its own first (\`const shown = { n, get twice() { return this.n * 2; } }; JSON.stringify(shown)\`), where \`this\` has the literal's type`
      : `${operation} of a value typed \`any\`: JavaScript turns it into a number first ("6" * 2 is 12, null is 0, undefined is NaN; \`+\` joins texts where either side is one, \`<\` compares two texts as texts), where the compiled arithmetic takes numbers as they are and None is null and undefined alike; give the value a number type, or convert it yourself: \`Number(x ?? NaN)\` (or \`?? 0\`) for a number, \`String(x ?? "")\` for a text${source === undefined ? "" : `; here the \`any\` comes from ${source}`}`,
  );

const NULL_CONVERTED = { number: "to 0", string: 'to "null"', boolean: "to false" } as const;
const CONVERSION_ADVICE = { number: "`Number(x ?? NaN)` (or `?? 0`)", string: '`String(x ?? "")` (or `?? "null"`)', boolean: "`Boolean(x)`" } as const;

/** `"hello".slice(1, value)`, `text.split(value)`, `new Error(value)` of a value typed `any`: JavaScript converts null, None is also undefined. */
export const untypedBuiltInArgument = (given: UntypedLibraryArgument): Diagnostic =>
  at(
    given.argument,
    "CS1070",
    "error",
    `\`${given.callee}\`'s parameter \`${given.parameter}: ${given.parameterType}\` given a value typed \`any\`: JavaScript converts null (${NULL_CONVERTED[given.converted]}) and leaves out only undefined, where None is null and undefined alike in the compiled call; give the value a ${given.converted} type, or convert it yourself: ${CONVERSION_ADVICE[given.converted]}`,
  );

/** `xs["2"]`, `xs[anyKey]`: JavaScript's key is a property name, which the compiled element read does not take. */
export const textIndex = (node: Node, container: "array" | "string", typeText: string): Diagnostic =>
  at(
    node,
    "CS1071",
    "error",
    `${container === "array" ? "an array's" : "a string's"} element by a key of type \`${typeText}\`: JavaScript reads the key as a property name (\`"2"\` is the element 2, \`"02"\` and \`"2.0"\` are none, \`"length"\` is the length), where the compiled read takes a number; index with a number (\`Number(key)\` where the text is a number's), and read \`.length\` by name`,
  );

export const defaultOfNullOrUndefined = (node: Node, typeText?: string, typeParameter?: string): Diagnostic =>
  at(
    node,
    "CS1042",
    "error",
    `this default applies in JavaScript when the value is undefined, never when it is null, and the value's type${typeText === undefined ? "" : ` (\`${typeText}\`)`} admits both, which are one None in Python: ${
      typeParameter === undefined
        ? "take null out of the type (`T | undefined`, an optional member without `| null`)"
        : `the type parameter \`${typeParameter}\` may be null, since nothing constrains it: constrain it (\`${typeParameter} extends NonNullable<unknown>\`, or the types it stands for, \`${typeParameter} extends string | number\`)`
    }, or drop the default and write \`value ?? fallback\` where null and undefined should both get the fallback`,
  );

/** `x === null` / `x === undefined` where x's type admits both: None cannot say which it is. */
export const nullOrUndefinedComparison = (node: Node, literal: string, typeText: string): Diagnostic =>
  at(
    node,
    "CS1043",
    "error",
    `this compares with \`${literal}\` a value whose type (\`${typeText}\`) admits both null and undefined, which are one None in Python, so the answer would be a guess: write \`== null\` / \`!= null\` (true for both, as in JavaScript), or give the value a type that admits only one of them`,
  );

/** `a === b` where one side may be null and the other undefined: both are None in Python. */
export const nullAgainstUndefinedComparison = (node: Node, leftType: string, rightType: string): Diagnostic =>
  at(
    node,
    "CS1043",
    "error",
    `this compares two values one of which may be null where the other may be undefined (\`${leftType}\` and \`${rightType}\`): JavaScript tells them apart, where both are one None in Python and the compiled comparison would be true; give the values types that admit the same one of them (\`T extends NonNullable<unknown> | null\` for a type parameter, \`?? null\` where a value may be undefined), or compare \`a ?? null\` with \`b ?? null\` where null and undefined are the same to you`,
  );

/** `[null, 1].includes(undefined)`: SameValueZero tells null and undefined apart, None cannot. */
/** CS1043. `container`: what is searched, "array" (its elements), "Map" (its keys) or "Set" (its values). */
export const nullAgainstUndefinedSearch = (node: Node, elementType: string, searchedType: string, container: "array" | "Map" | "Set" = "array"): Diagnostic =>
  at(
    node,
    "CS1043",
    "error",
    `this looks for a value (\`${searchedType}\`) in ${container === "array" ? "an array whose elements" : container === "Map" ? "a Map whose keys" : "a Set whose values"} (\`${elementType}\`) may be null where the value may be undefined, or the reverse: JavaScript finds one and not the other, where both are one None in Python; give the ${container} and the value types that admit the same one of them (\`T extends NonNullable<unknown> | null\` for a type parameter, \`?? null\` where a value may be undefined)`,
  );

/** `x === null` where x's type admits only undefined (or the reverse): always false by the type, but a value that breaks its type would make it true. */
export const impossibleNoneComparison = (node: Node, literal: string, typeText: string, other: string): Diagnostic =>
  at(
    node,
    "CS1043",
    "error",
    `this compares with \`${literal}\` a value whose type (\`${typeText}\`) admits only ${other}: JavaScript answers false, but a value that breaks its type (a field read before it is set, data from outside) would be None in Python like ${other}; write \`=== ${other}\` or \`== null\``,
  );

/** `typeof x` where None could be null or undefined, and the answer depends on which. */
export const typeOfNullOrUndefined = (node: Node, compared: string | undefined, typeText: string): Diagnostic =>
  at(
    node,
    "CS1044",
    "error",
    `${compared === undefined ? "`typeof` of" : `\`typeof … === "${compared}"\` on`} a value whose type (\`${typeText}\`) admits null${compared === "undefined" ? "" : " and undefined"}: both are None in Python, and typeof null is "object" where typeof undefined is "undefined"; write \`x == null\`, \`typeof x === "object" && x !== null\`, or give the value a type that admits only one of them`,
  );

/** `String(x)`, a template literal or `+ ""` of a value that may be null or undefined: "null" or "undefined"? */
export const textOfNullOrUndefined = (node: Node, typeText: string): Diagnostic =>
  at(
    node,
    "CS1045",
    "error",
    `this turns into text a value whose type (\`${typeText}\`) admits both null and undefined: JavaScript writes "null" or "undefined", and both are None in Python; write \`String(x ?? "…")\` with the text you mean, or give the value a type that admits only one of them`,
  );

/** `String` or `Number` as a value where no callback type says what its calls pass (`const s = String`). */
export const builtinValueWithoutParameterType = (node: Node, identifier: string): Diagnostic =>
  at(
    node,
    identifier === "String" ? "CS1045" : "CS1057",
    "error",
    `\`${identifier}\` as a value where no callback type says what its calls pass: JavaScript makes ${identifier === "String" ? '"null" of null and "undefined" of undefined' : "0 of null and NaN of undefined"}, and both are None in Python; wrap it in a function whose parameter admits only one of them (\`(x: string | undefined) => ${identifier}(x)\`), or pass it where a callback type is expected (\`items.map(${identifier})\`)`,
  );

/** `Number(x)`, `+x` or `-x` of a value that may be null or undefined: 0 or NaN? */
export const numberOfNullOrUndefined = (node: Node, typeText: string): Diagnostic =>
  at(
    node,
    "CS1057",
    "error",
    `this turns into a number a value whose type (\`${typeText}\`) admits both null and undefined: JavaScript makes 0 of null and NaN of undefined, and both are None in Python; write \`Number(x ?? NaN)\` (or \`?? 0\`) with the number you mean, or give the value a type that admits only one of them`,
  );

export const asynchronousCode = (node: Node, what: string): Diagnostic =>
  at(
    node,
    "CS1025",
    "error",
    `${what} cannot be compiled: the add-on is synchronous (Kodi calls it on its own thread and Python has no event loop there); write a plain function and poll or use a callback`,
  );

export const generatorProtocol = (node: Node, what: string, instead: string): Diagnostic => at(node, "CS1026", "error", `${what} is not supported: ${instead}`);

export const untranslatableRegExp = (node: Node, reason: string): Diagnostic =>
  at(
    node,
    "CS1030",
    "error",
    `this regular expression cannot be compiled to Python with JavaScript's exact meaning: ${reason}; rewrite that part (docs/typescript-subset.md lists what is translated)`,
  );

export const nonConstantRegExp = (node: Node): Diagnostic =>
  at(
    node,
    "CS1031",
    "error",
    "`new RegExp(...)` needs constant strings (a literal, or a `const` holding one) for the pattern and the flags: the compiler translates the pattern at compile time; build the text with `includes`/`indexOf`/`split` instead, or use a regular expression literal",
  );

export const regExpArgumentRequired = (node: Node, method: string): Diagnostic =>
  at(
    node,
    "CS1032",
    "error",
    `\`${method}()\` with a string reads it as a regular expression in JavaScript: pass a regular expression literal (\`/…/\`), or use \`includes\`/\`indexOf\` for plain text`,
  );

export const localeDependent = (node: Node, method: string): Diagnostic =>
  at(
    node,
    "CS1033",
    "error",
    method === "localeCompare"
      ? "`localeCompare()` orders by ICU's collation tables in Node, which Python does not have: compare with `<`/`>` (UTF-16 code unit order, the same in both) or write the ordering you mean"
      : `\`${method}()\` follows the locale's case rules from ICU in Node, which Python does not have: use \`${method.replace("Locale", "")}()\``,
  );

export const nameCollision = (node: Node, name: string, other: string, pythonName: string): Diagnostic =>
  at(
    node,
    "CS1034",
    "error",
    name === other
      ? `two bindings named \`${name}\` in one function, one of them a function declaration, are one Python variable (Python has one scope per function, and a function declaration keeps its name), so one would hide the other: rename one of them`
      : `\`${name}\` and \`${other}\` are both \`${pythonName}\` in Python (${whyOneName(name, other, "names become snake_case")}, and Python has one scope per function), so one would hide the other: rename one of them`,
  );

/** Two source files whose Python modules would be one file (`a-b.ts` and `a_b.ts`, `Movie.ts` and `movie.ts` where the file system ignores case, as Windows' and Android's do). */
export const importCycle = (node: Node, cycle: string[]): Diagnostic =>
  at(
    node,
    "CS1069",
    "error",
    `modules that import each other when they load (${cycle.join(" → ")}): JavaScript binds imported names live, where Python's \`from .module import name\` reads each name while the other module is still loading, and raises ImportError; move what both need into a module of their own, or pass it as an argument`,
  );

export const moduleNameCollision = (sourceFile: SourceFile, other: string, moduleFile: string): Diagnostic => ({
  code: "CS1034",
  category: "error",
  message: `this file and \`${other}\` both become the Python module \`${moduleFile}\` (names become snake_case, characters other than letters, digits and _ become _, and the file systems Kodi runs on in Windows and in Android's shared storage ignore case), so one would replace the other: rename one of them`,
  file: sourceFile.getFilePath(),
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  details: [],
});

/** CS1001 at a TypeScript line (from the printed module's line map): an expression nested past what Python 3.8 parses. */
export const nestedTooDeep = (sourceFile: SourceFile, line: number, limit: number): Diagnostic => {
  const text = sourceFile.getFullText().split("\n")[line - 1] ?? "";
  const column = text.length - text.trimStart().length + 1;
  return {
    code: "CS1001",
    category: "error",
    message: `an expression nested more than ${limit} brackets deep once compiled (a chain like \`a - b + c - d …\`, \`a ?? b ?? c …\` or \`a / b / c …\` of values the runtime combines is one call inside the next) is not supported by the TypeScript→Python compiler: Python 3.8 cannot parse it (the module fails to import with MemoryError); split it with variables (\`const firstHalf = …;\`)`,
    file: sourceFile.getFilePath(),
    line: Math.max(line, 1),
    column,
    endLine: Math.max(line, 1),
    endColumn: text.length + 1,
    details: [],
  };
};

/** Python reads an identifier in its NFKC form (PEP 3131): say so when that is what made two names one. */
function whyOneName(name: string, other: string, usual: string): string {
  const normalizing = name.normalize("NFKC") !== name || other.normalize("NFKC") !== other;
  return normalizing ? `Python reads an identifier in its NFKC form, where a letter such as \`ﬁ\` or \`ℌ\` is its plain \`fi\` or \`H\`, and ${usual}` : usual;
}

export const repeatedDefinition = (node: Node, name: string): Diagnostic =>
  at(
    node,
    "CS1034",
    "error",
    `this \`${name}\` is a second \`function\`, \`class\` or block binding of \`${name}\` in one Python function (or the module) beside a \`function\` or \`class\` of that name, and Python has one scope per function: the later \`def\`/\`class\` would replace the earlier one, also for closures made before it: rename one of them`,
  );

export const enumMemberCollision = (node: Node, name: string, other: string, pythonName: string): Diagnostic =>
  at(
    node,
    "CS1034",
    "error",
    `the enum members \`${name}\` and \`${other}\` are both the Python attribute \`${pythonName}\` (a keyword gets a trailing \`_\`, other characters than letters, digits and \`_\` become \`_\`): rename one of them`,
  );

export const hiddenOuterBinding = (node: Node, name: string): Diagnostic =>
  at(
    node,
    "CS1034",
    "error",
    `this \`${name}\` is an outer one (the module's, an enclosing function's, or, in a field initializer or a parameter default, the one outside the class or function), but the Python function it runs in also declares its own \`${name}\` (a block's, a loop's, a parameter or a constructor's), and Python has one scope per function: rename one of them`,
  );

/** A class member named by a computed key (`[START]()`, `[Symbol.iterator]()`): a Python class names its members when compiled. */
export const computedClassMemberName = (node: Node): Diagnostic =>
  at(
    node,
    "CS1053",
    "error",
    `a class member named by a computed key (\`${node.getText()}\`) cannot be compiled exactly: Python names a class's methods and fields when it is compiled, so write the name itself (\`start() { … }\`) or a string literal (\`["start"]() { … }\`); \`[Symbol.iterator]\` compiles as a generator method of a class (\`*[Symbol.iterator]() { yield* this.items; }\`)`,
  );

/** Object literals with methods and accessors: what Python would do differently, and what to write. */
export const objectLiteralMember = (node: Node, what: string, instead: string): Diagnostic =>
  at(node, "CS1040", "error", `${what} cannot be compiled exactly: ${instead}`);

/** `match.groups` copied into a plain dict, where a group that took no part (undefined in JavaScript, None) would print as null. */
export const regExpGroupsCopy = (node: Node, reason: string): Diagnostic =>
  at(
    node,
    "CS1041",
    "error",
    `a regular expression match's \`groups\` object ${reason}: a named group that took no part in the match is undefined there, and None in a copy prints as null; read the groups by name (\`groups.year ?? ""\`), or build the object you need from them`,
  );

export const memberNameCollision = (node: Node, member: string, other: string, pythonName: string): Diagnostic =>
  at(
    node,
    "CS1034",
    "error",
    `the members \`${member}\` and \`${other}\` are both \`${pythonName}\` in Python (${whyOneName(member, other, "member names become snake_case")}, private ones start with \`_\`, and a class's static members share its namespace with its methods), so one would replace the other: rename one of them`,
  );

/** `static size = 3` beside `declare size?: number`: the unset field's read would find the class attribute. */
export const staticHidesUnsetField = (node: Node, field: string, other: string, pythonName: string): Diagnostic =>
  at(
    node,
    "CS1034",
    "error",
    `the optional field \`${field}\` is \`declare\`d or abstract, so it sets no instance attribute, and while it is unset Python would read \`${other}\` of the class (its name there is also \`${pythonName}\`) where JavaScript reads undefined: rename one of them, or drop \`declare\`/\`abstract\` (a plain \`${field}?: T\` field is set to undefined by the constructor)`,
  );

export const indexSignatureOfObject = (node: Node, property: string): Diagnostic =>
  at(
    node,
    "CS1035",
    "error",
    `\`.${property}\` is no declared member but a key of the type's index signature, and the type has methods, so its values are Python objects whose attributes are their declared members: keep keys known only at run time in a Map (or a Record field of the object), or declare \`${property}\` as a member`,
  );

export const methodReadWithoutCall = (node: Node, method: string, destructured: boolean): Diagnostic =>
  at(
    node,
    "CS1036",
    "error",
    `${destructured ? `destructuring takes the method \`${method}\`` : `\`.${method}\` reads a method`} without calling it: called later, JavaScript runs it with \`this\` undefined, where Python's method stays bound to its object; call it through its object (\`object.${method}(…)\`), or wrap it: \`(…) => object.${method}(…)\``,
  );

/** `m.fmt` of an interface's function-typed property that a class implements with a method using `this`. */
/** CS1036. `literal`: what implements the property is an object literal (`owner` names it and its line), not a class. */
export const methodBehindPropertyReadWithoutCall = (node: Node, member: string, owner: string, destructured: boolean, literal = false): Diagnostic =>
  at(
    node,
    "CS1036",
    "error",
    `${destructured ? `destructuring takes \`${member}\`` : `\`.${member}\` reads`} without calling it a function-typed property that ${owner} implements with a method using \`this\`: called later, JavaScript runs that method with \`this\` undefined, where Python's stays bound to its object; call it through its object (\`object.${member}(…)\`), wrap it (\`(…) => object.${member}(…)\`), or ${
      literal
        ? `write it in ${owner} as a property holding an arrow that reads the object through its variable (\`${member}: (…) => object.…\`), which uses no \`this\``
        : `declare it in ${owner} as an arrow field (\`${member} = (…) => …\`), which keeps its object in both`
    }`,
  );

export const builtinMethodWithoutCall = (node: Node, method: string, owner: string): Diagnostic =>
  at(
    node,
    "CS1064",
    "error",
    `\`.${method}\` reads a method of ${owner} without calling it: the compiler turns ${owner}'s methods into Python only where they are called, and in a program that type-checks the method is always there (\`typeof value.${method} === "function"\` is always true); call it (\`value.${method}(…)\`), or wrap it: \`(…) => value.${method}(…)\``,
  );

/** ", and meets { v: number; } there": the data type a value meets inside the type it is given for (a method's parameter, a callback's). */
const meetsThere = (meets: string | undefined): string => (meets === undefined ? "" : `, and meets ${meets} there`);

/**
 * The change that fixes a value meeting a type through one of its own declarations (a method's
 * parameter, a setter, a callback's result): that declaration, typed as the expected type types the
 * same place (review S47A, F8).
 */
const retypeAdvice = (retype: Retyping, typeText: string): string =>
  retype.advice ?? `declare ${retype.declaration} as \`${retype.type}\`, the type ${typeText} gives it there, so that both sides hold the same kind of value`;

export const objectAsData = (node: Node, what: string, typeText: string, meets?: string, retype?: Retyping): Diagnostic =>
  at(
    node,
    "CS1037",
    "error",
    `${what} is given where ${typeText} is expected${meetsThere(meets)}, a type with only data that compiles to a dict, which a Python object is not (\`value["key"]\` would raise or answer with a method): ${
      retype === undefined
        ? "build an object literal of the fields (`{ x: point.x, y: point.y }`), or give the type a method so that it is an object type"
        : `${retypeAdvice(retype, typeText)}, or give ${meets ?? "the data type"} a method so that it is an object type`
    }`,
  );

export const valueAsData = (node: Node, what: string, typeText: string, meets?: string, retype?: Retyping): Diagnostic =>
  at(
    node,
    "CS1050",
    "error",
    `${what} is given where ${typeText} is expected${meetsThere(meets)}, a type with only data that compiles to a dict, which a Python string, number, list, Map, Set or function is not (\`value["length"]\` and \`value.get("0")\` would raise or read nothing): ${
      retype === undefined
        ? "give the function a type that says what it takes (`string`, `T[]`, `string | T[]`), or pass an object literal of the fields (`{ length: text.length }`)"
        : retypeAdvice(retype, typeText)
    }`,
  );

/** A class's member that gives a dict where the type it extends or implements reads an object, or the reverse (review S47A, F10). */
export const memberAgainstItsBase = (node: Node, code: "CS1037" | "CS1051", what: string, className: string, base: string): Diagnostic =>
  at(
    node,
    code,
    "error",
    `${what} is given where ${base} is expected: ${className} extends or implements ${base}, so ${base}'s code and ${className}'s meet there, one with ${code === "CS1051" ? "a dict where the other reads a Python object by attributes" : "a Python object where the other reads a dict by keys"}; give ${className}'s member the type ${base} gives it (the data type, or the class, that ${base} declares)`,
  );

/** An overload that declares a data type where its implementation reads an object, or the reverse (review S48A, F5). */
export const overloadAgainstImplementation = (node: Node, code: "CS1037" | "CS1051", what: string, name: string, side: string): Diagnostic =>
  at(
    node,
    code,
    "error",
    `${
      side === "its result"
        ? `${what} is what the implementation of ${name} may return where this overload promises its callers another kind of value`
        : `${what} is what a call matching this overload passes, where the implementation of ${name} reads ${side} as another kind of value`
    }, ${code === "CS1051" ? "a dict where a Python object read by attributes is expected" : "a Python object where a dict read by keys is expected"}: declare ${side} as the same kind of value in the overload and in the implementation (both the class, or both the data type)`,
  );

export const dictAsObject = (node: Node, what: string, typeText: string, retype?: Retyping): Diagnostic =>
  at(
    node,
    "CS1051",
    "error",
    `${what} is given where ${typeText} is expected, a class or a type with methods, which compiles to a Python object read by attributes (\`value.name\`, \`value.area()\`), which a dict, a number, a string or a list is not: ${
      retype === undefined
        ? "write the object literal where the type is expected (`describe({ name: raw.name })`, it is built as an object there), or give the value a class"
        : `${retypeAdvice(retype, typeText)}, or build the values that meet there with a class`
    }`,
  );

/** `nested([[{ v: 5 }]])` with `nested<T extends Dflt>(xss: T[][])`: T inferred as the literal's own type. */
export const dictAsGenericObject = (node: Node, what: string, typeParameter: string, constraint: string, typeArgument: string | undefined): Diagnostic =>
  at(
    node,
    "CS1051",
    "error",
    `${what} is given for the type parameter ${typeParameter}, which TypeScript infers from it, whose constraint ${constraint} compiles to a Python object read by attributes (\`value.name\`, \`value.area()\`), which a dict, a number, a string or a list is not: ${typeArgument === undefined ? "" : `write the type argument (\`${typeArgument}(…)\`), so that an object literal given there is built as an object, or `}give the values a class`,
  );

export const noErrorAsError = (node: Node, what: string, typeText: string): Diagnostic =>
  at(
    node,
    "CS1051",
    "error",
    `${what} is given where ${typeText} is expected, an Error, which compiles to a Python exception (JsError) whose \`message\`, \`name\` and \`stack\` the compiled code reads as an exception's: build it with \`new Error(message)\`, or declare a class that extends Error with the fields you need (\`class HttpError extends Error { code = 404; }\`)`,
  );

export const instanceAsGenericData = (node: Node, what: string, typeParameter: string, constraint: string): Diagnostic =>
  at(
    node,
    "CS1046",
    "error",
    `${what} is given for the type parameter ${typeParameter}, whose constraint ${constraint} has only data, so the generic body reads its values as dicts (\`value["key"]\`), which a Python object is not: pass an object literal of the fields (\`{ name: person.name }\`), or give the constraint a method so that it is an object type`,
  );

export const keysOfInstance = (node: Node, method: string, typeText: string, mayBeInstanceOf: string | undefined): Diagnostic =>
  at(
    node,
    "CS1047",
    "error",
    `\`Object.${method}\` of ${mayBeInstanceOf !== undefined ? `a value of type ${typeText}, which may be an instance of the class ${mayBeInstanceOf} (it has every member the type requires)` : `a class instance (${typeText})`}: its fields are attributes of a Python object, which the compiled \`Object.${method}\` (written for dicts and object literals) cannot list; list the fields yourself (\`[["x", point.x], ["y", point.y]]\`), or keep the data in an object literal or a Map`,
  );

/** `{ ...instance }`: JavaScript copies the instance's own fields, which are attributes of a Python object, not a dict's entries. */
export const spreadOfInstance = (node: Node, typeText: string): Diagnostic =>
  at(
    node,
    "CS1047",
    "error",
    `a spread of ${typeText} into an object literal: a class instance's fields are attributes of a Python object, not a dict's entries (JavaScript copies the own fields of the instance's actual class, a subclass's too, not its getters or methods; a Map, Set, array or function spreads its own properties, not its elements); build the object from the fields (\`{ x: point.x, y: point.y }\`), or keep the data in an object literal`,
  );

/** `Object.assign(fn, { label })`: a function with properties. */
export const assignIntoFunction = (node: Node, typeText: string): Diagnostic =>
  at(
    node,
    "CS1047",
    "error",
    `\`Object.assign\` into a function (\`${typeText}\`): a function with properties of its own is not compiled (the compiled reads of its properties read a dict's entries, which a Python function is not); build an object literal with the properties and a method (\`{ label: "L", run(x: number) { … } }\`, called \`value.run(x)\`), or keep the function and its properties apart`,
  );

/** A spread or `Object.assign` of a value typed `object`, `{}` or a type parameter, which may be a class instance. */
export const instanceHiddenByType = (node: Node, what: string, typeText: string): Diagnostic =>
  at(
    node,
    "CS1047",
    "error",
    `${what} a value typed \`${typeText}\`, which may be a class instance: compiled, it is taken for a dict, and a class instance's fields are attributes of a Python object whose names the type does not give; give the value a data type (an interface or type literal of its fields, or \`T extends { … }\` for a type parameter, whose class instances are refused where they are passed), or copy the fields one by one`,
  );

/** `Object.assign(instance, source)` where the types do not say which of the instance's fields each key writes. */
export const assignIntoInstance = (node: Node, reason: string): Diagnostic =>
  at(
    node,
    "CS1047",
    "error",
    `\`Object.assign\` into a class instance ${reason}: its fields are attributes of a Python object, each named by the compiler from a key the types give; assign the fields one by one (\`this.port = opts.port ?? this.port\`), or pass a data object whose type lists only fields of the class`,
  );

export const sortOfNullAndUndefined = (node: Node, typeText: string): Diagnostic =>
  at(
    node,
    "CS1049",
    "error",
    `\`sort\` of an array whose elements (\`${typeText}\`) admit both null and undefined: JavaScript sorts null as the text "null" (or gives it to the comparator) and puts only undefined last, and both are one None in Python; give the elements a type with only one of them (\`(string | null)[]\` or \`(string | undefined)[]\`), for instance by mapping undefined to null first (\`items.map((item) => item ?? null)\`)`,
  );

export const inexactCollectionKey = (node: Node, collection: "Map" | "Set", typeText: string, reason: string): Diagnostic =>
  at(
    node,
    "CS1048",
    "error",
    `a ${collection} whose ${collection === "Map" ? "keys" : "values"} (${typeText}) may be ${reason}: ${collection === "Map" ? "its keys" : "its values"} are Python dict keys, which are found by == and hash, not by JavaScript's SameValueZero; key it by a string or a number (\`String(flag)\`, an id), or give it a type that admits only strings and numbers, strings and booleans (numbers and booleans together are refused: \`true == 1\` in Python), or class instances (a type parameter: \`<T extends string | number>\`)`,
  );
