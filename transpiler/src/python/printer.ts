/**
 * Prints our Python AST as source text: PEP 8 layout, parentheses only where precedence needs
 * them, and a line map from each Python line back to the TypeScript line it came from.
 */
import type * as py from "./ast";
import { startLineNumber } from "../utils/line-numbers";

const INDENT = "    ";
const MAX_LINE = 100;

/** Binding strength, weakest first (Python's own order). */
const enum Precedence {
  Named = 0,
  Lambda = 1,
  Conditional = 2,
  Or = 3,
  And = 4,
  Not = 5,
  Compare = 6,
  BitOr = 7,
  BitXor = 8,
  BitAnd = 9,
  Shift = 10,
  Additive = 11,
  Multiplicative = 12,
  Unary = 13,
  Power = 14,
  Primary = 16,
}

const BINARY_PRECEDENCE: Record<py.BinaryOperator, Precedence> = {
  "|": Precedence.BitOr,
  "^": Precedence.BitXor,
  "&": Precedence.BitAnd,
  "<<": Precedence.Shift,
  ">>": Precedence.Shift,
  "+": Precedence.Additive,
  "-": Precedence.Additive,
  "*": Precedence.Multiplicative,
  "/": Precedence.Multiplicative,
  "//": Precedence.Multiplicative,
  "%": Precedence.Multiplicative,
  "**": Precedence.Power,
};

function precedenceOf(expression: py.Expression): Precedence {
  switch (expression.kind) {
    case "NamedExpression":
      return Precedence.Named;
    case "Lambda":
      return Precedence.Lambda;
    case "Conditional":
      return Precedence.Conditional;
    case "Boolean":
      return expression.operator === "or" ? Precedence.Or : Precedence.And;
    case "Unary":
      return expression.operator === "not" ? Precedence.Not : Precedence.Unary;
    case "Compare":
      return Precedence.Compare;
    case "Binary":
      return BINARY_PRECEDENCE[expression.operator];
    case "Constant":
      // A negative number literal binds like a unary minus.
      return typeof expression.value === "object" && expression.value !== null && expression.value.number.startsWith("-")
        ? Precedence.Unary
        : Precedence.Primary;
    case "Tuple":
      return Precedence.Primary; // printed in its own parentheses
    default:
      return Precedence.Primary;
  }
}

export function printStringLiteral(value: string): string {
  const quote = value.includes('"') && !value.includes("'") ? "'" : '"';
  return quote + escapeString(value, quote) + quote;
}

/** The inside of a Python string literal delimited by `quote`. */
function escapeString(value: string, quote: string): string {
  let body = "";
  for (const character of value) {
    const code = character.codePointAt(0) ?? 0;
    if (character === "\\") {
      body += "\\\\";
    } else if (character === quote) {
      body += "\\" + quote;
    } else if (character === "\n") {
      body += "\\n";
    } else if (character === "\r") {
      body += "\\r";
    } else if (character === "\t") {
      body += "\\t";
    } else if (code < 0x20 || code === 0x7f || (code >= 0xd800 && code <= 0xdfff) || code === 0x2028 || code === 0x2029) {
      body += code <= 0xff ? "\\x" + code.toString(16).padStart(2, "0") : "\\u" + code.toString(16).padStart(4, "0");
    } else {
      body += character;
    }
  }
  return body;
}

export function printExpression(expression: py.Expression, minimum: Precedence = Precedence.Named): string {
  const printed = printBare(expression);
  // `:=` and `yield` are always parenthesized: Python allows them bare in few places.
  const needsParentheses = precedenceOf(expression) < minimum || expression.kind === "NamedExpression" || expression.kind === "Yield";
  return needsParentheses ? `(${printed})` : printed;
}

function printArguments(call: py.CallExpression): string[] {
  return argumentItems(call).map((item) => item.prefix + printExpression(item.expression, Precedence.Lambda));
}

interface Item {
  prefix: string;
  expression: py.Expression;
}

function argumentItems(call: py.CallExpression): Item[] {
  const items: Item[] = call.args.map((argument) => ({ prefix: "", expression: argument }));
  for (const keyword of call.keywords) {
    items.push({ prefix: keyword.name === undefined ? "**" : `${keyword.name}=`, expression: keyword.value });
  }
  return items;
}

function dictItems(dict: py.DictExpression): Item[] {
  return dict.entries.map((entry) => ({
    prefix: entry.key === undefined ? "**" : `${printExpression(entry.key, Precedence.Lambda)}: `,
    expression: entry.value,
  }));
}

function printBare(expression: py.Expression): string {
  switch (expression.kind) {
    case "Name":
      return expression.id;
    case "Constant": {
      const value = expression.value;
      if (value === null) {
        return "None";
      }
      if (value === true) {
        return "True";
      }
      if (value === false) {
        return "False";
      }
      if (typeof value === "string") {
        return printStringLiteral(value);
      }
      return value.number;
    }
    case "Attribute": {
      const target = printExpression(expression.value, Precedence.Primary);
      // `1 .real`: an integer literal needs a space (or parentheses) before the dot.
      const needsGap = expression.value.kind === "Constant" && /^\d+$/.test(target);
      return `${needsGap ? `(${target})` : target}.${expression.attribute}`;
    }
    case "Subscript": {
      const index =
        expression.index.kind === "Tuple" ? expression.index.elements.map((element) => printExpression(element)).join(", ") : printExpression(expression.index);
      return `${printExpression(expression.value, Precedence.Primary)}[${index}]`;
    }
    case "Slice": {
      const lower = expression.lower === undefined ? "" : printExpression(expression.lower, Precedence.Or);
      const upper = expression.upper === undefined ? "" : printExpression(expression.upper, Precedence.Or);
      return `${lower}:${upper}`;
    }
    case "Call": {
      const only = expression.args[0];
      if (
        expression.args.length === 1 &&
        expression.keywords.length === 0 &&
        only !== undefined &&
        only.kind === "Comprehension" &&
        only.form === "generator"
      ) {
        return `${printExpression(expression.callee, Precedence.Primary)}${printBare(only)}`;
      }
      return `${printExpression(expression.callee, Precedence.Primary)}(${printArguments(expression).join(", ")})`;
    }
    case "Binary": {
      const own = BINARY_PRECEDENCE[expression.operator];
      const rightAssociative = expression.operator === "**";
      const left = printExpression(expression.left, rightAssociative ? own + 1 : own);
      const right = printExpression(expression.right, rightAssociative ? own : own + 1);
      return `${left} ${expression.operator} ${right}`;
    }
    case "Unary": {
      const own = precedenceOf(expression);
      const operand = printExpression(expression.operand, own);
      return expression.operator === "not" ? `not ${operand}` : `${expression.operator}${operand}`;
    }
    case "Boolean": {
      const own = precedenceOf(expression);
      return expression.operands.map((operand) => printExpression(operand, own + 1)).join(` ${expression.operator} `);
    }
    case "Compare":
      // Both sides one step tighter: Python would otherwise chain `a < b < c`.
      return `${printExpression(expression.left, Precedence.Compare + 1)} ${expression.operator} ${printExpression(expression.right, Precedence.Compare + 1)}`;
    case "Conditional":
      return `${printExpression(expression.body, Precedence.Or)} if ${printExpression(expression.test, Precedence.Or)} else ${printExpression(expression.orElse, Precedence.Conditional)}`;
    case "List":
      return `[${expression.elements.map((element) => printExpression(element, Precedence.Lambda)).join(", ")}]`;
    case "Tuple": {
      const elements = expression.elements.map((element) => printExpression(element, Precedence.Lambda));
      return elements.length === 1 ? `(${elements[0]},)` : `(${elements.join(", ")})`;
    }
    case "Dict":
      // A display's `**` takes a bitwise-or operand: `**a if c else b` and `**a or b` do not parse.
      return `{${dictItems(expression)
        .map((item) => item.prefix + printExpression(item.expression, item.prefix === "**" ? Precedence.BitOr : Precedence.Lambda))
        .join(", ")}}`;
    case "Starred":
      // A display's `*` takes a bitwise-or operand (`[*a or b]`, `[*not x]` do not parse); a call's
      // `*` takes any expression, so parentheses there are only redundant.
      return `*${printExpression(expression.value, Precedence.BitOr)}`;
    case "NamedExpression":
      return `${expression.target} := ${printExpression(expression.value, Precedence.Or)}`;
    case "Yield":
      if (expression.value === undefined) {
        return "yield";
      }
      return `${expression.delegate ? "yield from" : "yield"} ${printExpression(expression.value, Precedence.Lambda)}`;
    case "Lambda": {
      const parameters = expression.parameters
        .map(
          (parameter) =>
            (parameter.rest ? "*" : "") +
            parameter.name +
            (parameter.defaultValue === undefined ? "" : `=${printExpression(parameter.defaultValue, Precedence.Or)}`),
        )
        .join(", ");
      return `lambda${parameters === "" ? "" : " " + parameters}: ${printExpression(expression.body, Precedence.Lambda)}`;
    }
    case "Comprehension": {
      const target =
        expression.target.kind === "Tuple"
          ? expression.target.elements.map((element) => printExpression(element)).join(", ")
          : printExpression(expression.target);
      const condition = expression.condition === undefined ? "" : ` if ${printExpression(expression.condition, Precedence.Or)}`;
      const inner = `${printExpression(expression.element, Precedence.Lambda)} for ${target} in ${printExpression(expression.iterable, Precedence.Or)}${condition}`;
      return expression.form === "list" ? `[${inner}]` : `(${inner})`;
    }
    case "FormattedString":
      return printFormattedString(expression);
  }
}

/**
 * An f-string when Python 3.8 can parse it (no backslash or the quote character inside the
 * braces); otherwise the same text as a concatenation, which every version reads.
 */
function printFormattedString(expression: py.FormattedStringExpression): string {
  const pieces = expression.parts.map((part) => (typeof part === "string" ? part : printExpression(part, Precedence.Conditional)));
  const expressionTexts = pieces.filter((_, index) => typeof expression.parts[index] !== "string");
  const literalText = pieces.filter((_, index) => typeof expression.parts[index] === "string").join("");
  if (expressionTexts.length === 0) {
    return printStringLiteral(literalText);
  }
  const quote = expressionTexts.some((text) => text.includes('"')) || (literalText.includes('"') && !literalText.includes("'")) ? "'" : '"';
  const usable = expressionTexts.every((text) => !text.includes("\\") && !text.includes(quote) && !text.includes("\n") && !text.includes("#"));
  if (!usable) {
    return expression.parts
      .filter((part) => part !== "")
      .map((part) => (typeof part === "string" ? printStringLiteral(part) : printExpression(part, Precedence.Additive + 1)))
      .join(" + ");
  }
  let body = "";
  expression.parts.forEach((part, index) => {
    if (typeof part === "string") {
      body += escapeString(part, quote).replaceAll("{", "{{").replaceAll("}", "}}");
    } else {
      const text = pieces[index];
      body += text.startsWith("{") ? `{ ${text}}` : `{${text}}`;
    }
  });
  return `f${quote}${body}${quote}`;
}

/** Python source and, for each of its lines (index 0 = line 1), the TypeScript line it came from (0 = none). */
export interface PrintedModule {
  text: string;
  lineMap: number[];
}

class Writer {
  readonly lines: string[] = [];
  readonly origins: number[] = [];

  write(depth: number, line: string, origin: py.Statement | undefined): void {
    this.lines.push(line === "" ? "" : INDENT.repeat(depth) + line);
    this.origins.push(origin?.origin !== undefined ? startLineNumber(origin.origin) : 0);
  }

  blank(count: number): void {
    for (let index = 0; index < count; index++) {
      this.write(0, "", undefined);
    }
  }
}

function isDefinition(statement: py.Statement): boolean {
  return statement.kind === "FunctionDefinition" || statement.kind === "ClassDefinition";
}

function printDocstring(writer: Writer, depth: number, docstring: string): void {
  const escaped = docstring.replaceAll("\\", "\\\\").replaceAll('"""', '\\"\\"\\"');
  const lines = escaped.split("\n");
  if (lines.length === 1) {
    writer.write(depth, `"""${lines[0]}${lines[0].endsWith('"') ? " " : ""}"""`, undefined);
    return;
  }
  writer.write(depth, `"""${lines[0]}`, undefined);
  for (const line of lines.slice(1)) {
    writer.write(line === "" ? 0 : depth, line, undefined);
  }
  writer.write(depth, `"""`, undefined);
}

function printBody(writer: Writer, depth: number, body: py.Statement[], docstring?: string): void {
  if (docstring !== undefined) {
    printDocstring(writer, depth, docstring);
  }
  if (body.length === 0 && docstring === undefined) {
    writer.write(depth, "pass", undefined);
    return;
  }
  // Blank lines around definitions, as PEP 8 asks: two at module level, one inside.
  const gap = depth === 0 ? 2 : 1;
  let previousWasDefinition = false;
  body.forEach((statement, index) => {
    const startsDefinition = isDefinition(statement) || (statement.kind === "Comment" && index + 1 < body.length && isDefinition(body[index + 1]));
    const afterComment = index > 0 && body[index - 1].kind === "Comment" && isDefinition(statement);
    if (index > 0 && !afterComment && (startsDefinition || previousWasDefinition)) {
      writer.blank(gap);
    } else if (index === 0 && docstring !== undefined && startsDefinition) {
      writer.blank(1);
    }
    printStatement(writer, depth, statement);
    previousWasDefinition = isDefinition(statement);
  });
}

function printParameters(parameters: py.Parameter[]): string {
  return parameters
    .map((parameter) => {
      let text = (parameter.rest ? "*" : "") + parameter.name;
      if (parameter.name === "*") {
        return "*"; // the start of keyword-only parameters
      }
      if (parameter.annotation !== undefined) {
        text += `: ${printExpression(parameter.annotation)}`;
      }
      if (parameter.defaultValue !== undefined) {
        text +=
          parameter.annotation !== undefined
            ? ` = ${printExpression(parameter.defaultValue, Precedence.Or)}`
            : `=${printExpression(parameter.defaultValue, Precedence.Or)}`;
      }
      return text;
    })
    .join(", ");
}

/** A call, list, dict or and/or chain too long for one line: one element per line, nested ones likewise. */
function printWrapped(writer: Writer, depth: number, prefix: string, expression: py.Expression, suffix: string, origin: py.Statement): boolean {
  let opening: string;
  let items: Item[];
  let closing: string;
  if (expression.kind === "Call") {
    opening = `${printExpression(expression.callee, Precedence.Primary)}(`;
    items = argumentItems(expression);
    closing = ")";
  } else if (expression.kind === "Dict") {
    opening = "{";
    items = dictItems(expression);
    closing = "}";
  } else if (expression.kind === "List" || expression.kind === "Tuple") {
    // Each element is followed by a comma: a tuple of one stays a tuple.
    opening = expression.kind === "List" ? "[" : "(";
    items = expression.elements.map((element) => ({ prefix: "", expression: element }));
    closing = expression.kind === "List" ? "]" : ")";
  } else if (expression.kind === "Boolean") {
    writer.write(depth, prefix + "(", origin);
    expression.operands.forEach((operand, index) => {
      const operandPrefix = index === 0 ? "" : `${expression.operator} `;
      writer.write(depth + 1, operandPrefix + printExpression(operand, precedenceOf(expression) + 1), origin);
    });
    writer.write(depth, ")" + suffix, origin);
    return true;
  } else {
    return false;
  }
  if (items.length === 0) {
    return false;
  }
  writer.write(depth, prefix + opening, origin);
  for (const item of items) {
    // As on one line: a display's `**` takes a bitwise-or operand (`**a or {}` does not parse).
    const minimum = expression.kind === "Dict" && item.prefix === "**" ? Precedence.BitOr : Precedence.Lambda;
    writeLine(writer, depth + 1, item.prefix, item.expression, ",", origin, minimum);
  }
  writer.write(depth, closing + suffix, origin);
  return true;
}

function writeLine(
  writer: Writer,
  depth: number,
  prefix: string,
  expression: py.Expression,
  suffix: string,
  statement: py.Statement,
  minimum: Precedence = Precedence.Named,
): void {
  const flat = prefix + printExpression(expression, minimum) + suffix;
  if (INDENT.length * depth + flat.length > MAX_LINE && printWrapped(writer, depth, prefix, expression, suffix, statement)) {
    return;
  }
  writer.write(depth, flat, statement);
}

function printStatement(writer: Writer, depth: number, statement: py.Statement): void {
  switch (statement.kind) {
    case "ExpressionStatement":
      if (statement.expression.kind === "Yield") {
        // A statement of its own needs no parentheses around `yield`.
        writer.write(depth, printBare(statement.expression), statement);
        return;
      }
      writeLine(writer, depth, "", statement.expression, "", statement);
      return;
    case "Assign": {
      const annotation = statement.annotation === undefined ? "" : `: ${printExpression(statement.annotation)}`;
      const target =
        statement.target.kind === "Tuple" ? statement.target.elements.map((element) => printExpression(element)).join(", ") : printExpression(statement.target);
      writeLine(writer, depth, `${target}${annotation} = `, statement.value, "", statement);
      return;
    }
    case "AugmentedAssign":
      writeLine(writer, depth, `${printExpression(statement.target)} ${statement.operator}= `, statement.value, "", statement);
      return;
    case "Annotation":
      writer.write(depth, `${printExpression(statement.target)}: ${printExpression(statement.annotation)}`, statement);
      return;
    case "Return":
      if (statement.value === undefined) {
        writer.write(depth, "return", statement);
      } else {
        writeLine(writer, depth, "return ", statement.value, "", statement);
      }
      return;
    case "If": {
      writer.write(depth, `if ${printExpression(statement.test, Precedence.Or)}:`, statement);
      printBody(writer, depth + 1, statement.body);
      let orElse = statement.orElse;
      while (orElse.length === 1 && orElse[0].kind === "If") {
        const elif: py.IfStatement = orElse[0];
        writer.write(depth, `elif ${printExpression(elif.test, Precedence.Or)}:`, elif);
        printBody(writer, depth + 1, elif.body);
        orElse = elif.orElse;
      }
      if (orElse.length > 0) {
        writer.write(depth, "else:", undefined);
        printBody(writer, depth + 1, orElse);
      }
      return;
    }
    case "While":
      writer.write(depth, `while ${printExpression(statement.test, Precedence.Or)}:`, statement);
      printBody(writer, depth + 1, statement.body);
      return;
    case "For": {
      const target =
        statement.target.kind === "Tuple" ? statement.target.elements.map((element) => printExpression(element)).join(", ") : printExpression(statement.target);
      writer.write(depth, `for ${target} in ${printExpression(statement.iterable)}:`, statement);
      printBody(writer, depth + 1, statement.body);
      return;
    }
    case "Break":
      writer.write(depth, "break", statement);
      return;
    case "Continue":
      writer.write(depth, "continue", statement);
      return;
    case "Pass":
      writer.write(depth, "pass", statement);
      return;
    case "Raise":
      writer.write(depth, statement.value === undefined ? "raise" : `raise ${printExpression(statement.value)}`, statement);
      return;
    case "Try":
      writer.write(depth, "try:", statement);
      printBody(writer, depth + 1, statement.body);
      for (const handler of statement.handlers) {
        const type = handler.type === undefined ? "" : ` ${printExpression(handler.type)}`;
        const alias = handler.name === undefined ? "" : ` as ${handler.name}`;
        writer.write(depth, `except${type}${alias}:`, undefined);
        printBody(writer, depth + 1, handler.body);
      }
      if (statement.finalBody.length > 0) {
        writer.write(depth, "finally:", undefined);
        printBody(writer, depth + 1, statement.finalBody);
      }
      return;
    case "FunctionDefinition": {
      for (const decorator of statement.decorators) {
        writer.write(depth, `@${printExpression(decorator)}`, statement);
      }
      const returns = statement.returns === undefined ? "" : ` -> ${printExpression(statement.returns)}`;
      writer.write(depth, `def ${statement.name}(${printParameters(statement.parameters)})${returns}:`, statement);
      printBody(writer, depth + 1, statement.body, statement.docstring);
      return;
    }
    case "ClassDefinition": {
      const parts = [
        ...statement.bases.map((base) => printExpression(base)),
        ...(statement.keywords ?? []).map((keyword) => `${keyword.name ?? "**"}=${printExpression(keyword.value)}`),
      ];
      const bases = parts.length === 0 ? "" : `(${parts.join(", ")})`;
      writer.write(depth, `class ${statement.name}${bases}:`, statement);
      printBody(writer, depth + 1, statement.body, statement.docstring);
      return;
    }
    case "Import":
      writer.write(depth, `import ${statement.module}`, statement);
      return;
    case "ImportFrom": {
      const names = statement.names.map((imported) => (imported.alias === undefined ? imported.name : `${imported.name} as ${imported.alias}`));
      const flat = `from ${statement.module} import ${names.join(", ")}`;
      if (INDENT.length * depth + flat.length <= MAX_LINE) {
        writer.write(depth, flat, statement);
      } else {
        writer.write(depth, `from ${statement.module} import (`, statement);
        for (const imported of names) {
          writer.write(depth + 1, `${imported},`, statement);
        }
        writer.write(depth, ")", statement);
      }
      return;
    }
    case "Nonlocal":
      writer.write(depth, `nonlocal ${statement.names.join(", ")}`, statement);
      return;
    case "Global":
      writer.write(depth, `global ${statement.names.join(", ")}`, statement);
      return;
    case "Delete":
      writer.write(depth, `del ${printExpression(statement.target)}`, statement);
      return;
    case "Comment":
      for (const line of statement.lines) {
        writer.write(depth, line === "" ? "#" : `# ${line}`, statement);
      }
      return;
  }
}

/** PEP 8's import groups: __future__, standard library, Kodi and other installed modules, our package. */
function importGroup(statement: py.Statement): string {
  if (statement.kind === "ImportFrom") {
    if (statement.module === "__future__") return "future";
    if (statement.module.startsWith(".")) return "local";
    if (statement.module === "typing") return "standard";
    return "installed";
  }
  return "standard";
}

export function printModule(module: py.Module): PrintedModule {
  const writer = new Writer();
  if (module.docstring !== undefined) {
    printDocstring(writer, 0, module.docstring);
  }
  let previousGroup: string | undefined;
  for (const statement of module.imports) {
    const group = importGroup(statement);
    if (previousGroup !== undefined && group !== previousGroup) {
      writer.blank(1);
    }
    previousGroup = group;
    printStatement(writer, 0, statement);
  }
  if (module.typeCheckingImports.length > 0) {
    writer.blank(1);
    writer.write(0, "if TYPE_CHECKING:", undefined);
    for (const statement of module.typeCheckingImports) {
      printStatement(writer, 1, statement);
    }
  }
  if (module.body.length > 0) {
    if (writer.lines.length > 0) {
      writer.blank(isDefinition(module.body[0]) || (module.body[0].kind === "Comment" && module.body.length > 1 && isDefinition(module.body[1])) ? 2 : 1);
    }
    printBody(writer, 0, module.body);
  }
  return { text: writer.lines.join("\n") + "\n", lineMap: writer.origins };
}
