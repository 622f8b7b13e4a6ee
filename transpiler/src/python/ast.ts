/**
 * Our own Python AST: just the Python the compiler emits. Every node may remember the
 * TypeScript node it came from, so the printer can map Python lines back to TypeScript lines.
 */
import type { Node } from "ts-morph";

interface Located {
  origin?: Node;
}

export type Expression =
  | NameExpression
  | ConstantExpression
  | AttributeExpression
  | SubscriptExpression
  | SliceExpression
  | CallExpression
  | BinaryExpression
  | UnaryExpression
  | BooleanExpression
  | CompareExpression
  | ConditionalExpression
  | ListExpression
  | DictExpression
  | TupleExpression
  | StarredExpression
  | FormattedStringExpression
  | NamedExpression
  | LambdaExpression
  | ComprehensionExpression
  | YieldExpression;

export interface NameExpression extends Located {
  kind: "Name";
  id: string;
}

export interface ConstantExpression extends Located {
  kind: "Constant";
  /** `number` values carry their Python source text in `text`. */
  value: string | boolean | null | { number: string };
}

export interface AttributeExpression extends Located {
  kind: "Attribute";
  value: Expression;
  attribute: string;
}

export interface SubscriptExpression extends Located {
  kind: "Subscript";
  value: Expression;
  index: Expression;
}

export interface SliceExpression extends Located {
  kind: "Slice";
  lower: Expression | undefined;
  upper: Expression | undefined;
}

export interface Keyword {
  name: string | undefined; // undefined for **mapping
  value: Expression;
}

export interface CallExpression extends Located {
  kind: "Call";
  callee: Expression;
  args: Expression[];
  keywords: Keyword[];
}

export type BinaryOperator = "+" | "-" | "*" | "/" | "//" | "%" | "**" | "<<" | ">>" | "|" | "^" | "&";

export interface BinaryExpression extends Located {
  kind: "Binary";
  operator: BinaryOperator;
  left: Expression;
  right: Expression;
}

export interface UnaryExpression extends Located {
  kind: "Unary";
  operator: "not" | "-" | "+" | "~";
  operand: Expression;
}

export interface BooleanExpression extends Located {
  kind: "Boolean";
  operator: "and" | "or";
  operands: Expression[];
}

export type CompareOperator = "==" | "!=" | "<" | "<=" | ">" | ">=" | "is" | "is not" | "in" | "not in";

export interface CompareExpression extends Located {
  kind: "Compare";
  operator: CompareOperator;
  left: Expression;
  right: Expression;
}

export interface ConditionalExpression extends Located {
  kind: "Conditional";
  test: Expression;
  body: Expression;
  orElse: Expression;
}

export interface ListExpression extends Located {
  kind: "List";
  elements: Expression[];
}

export interface DictEntry {
  /** undefined for `**spread` */
  key: Expression | undefined;
  value: Expression;
}

export interface DictExpression extends Located {
  kind: "Dict";
  entries: DictEntry[];
}

export interface TupleExpression extends Located {
  kind: "Tuple";
  elements: Expression[];
}

export interface StarredExpression extends Located {
  kind: "Starred";
  value: Expression;
}

export interface FormattedStringExpression extends Located {
  kind: "FormattedString";
  /** Literal text and expressions, in order. */
  parts: (string | Expression)[];
}

export interface NamedExpression extends Located {
  kind: "NamedExpression";
  target: string;
  value: Expression;
}

export interface LambdaExpression extends Located {
  kind: "Lambda";
  parameters: Parameter[];
  body: Expression;
}

/** `[element for target in iterable if condition]`, or a generator `(… for …)`. */
export interface ComprehensionExpression extends Located {
  kind: "Comprehension";
  form: "list" | "generator";
  element: Expression;
  target: Expression;
  iterable: Expression;
  condition?: Expression;
}

/** `yield value`, or `yield from iterable` when `delegate`. */
export interface YieldExpression extends Located {
  kind: "Yield";
  value: Expression | undefined;
  delegate: boolean;
}

export type Statement =
  | ExpressionStatement
  | AssignStatement
  | AugmentedAssignStatement
  | AnnotationStatement
  | ReturnStatement
  | IfStatement
  | WhileStatement
  | ForStatement
  | BreakStatement
  | ContinueStatement
  | PassStatement
  | RaiseStatement
  | TryStatement
  | FunctionDefinition
  | ClassDefinition
  | ImportStatement
  | ImportFromStatement
  | NonlocalStatement
  | DeleteStatement
  | CommentStatement;

export interface ExpressionStatement extends Located {
  kind: "ExpressionStatement";
  expression: Expression;
}

export interface AssignStatement extends Located {
  kind: "Assign";
  target: Expression;
  annotation?: Expression;
  value: Expression;
}

export interface AugmentedAssignStatement extends Located {
  kind: "AugmentedAssign";
  target: Expression;
  operator: BinaryOperator;
  value: Expression;
}

/** `name: Type` with no value. */
export interface AnnotationStatement extends Located {
  kind: "Annotation";
  target: Expression;
  annotation: Expression;
}

export interface ReturnStatement extends Located {
  kind: "Return";
  value: Expression | undefined;
}

export interface IfStatement extends Located {
  kind: "If";
  test: Expression;
  body: Statement[];
  /** An `elif` chain is an orElse holding exactly one IfStatement. */
  orElse: Statement[];
}

export interface WhileStatement extends Located {
  kind: "While";
  test: Expression;
  body: Statement[];
}

export interface ForStatement extends Located {
  kind: "For";
  target: Expression;
  iterable: Expression;
  body: Statement[];
}

export interface BreakStatement extends Located {
  kind: "Break";
}

export interface ContinueStatement extends Located {
  kind: "Continue";
}

export interface PassStatement extends Located {
  kind: "Pass";
}

export interface RaiseStatement extends Located {
  kind: "Raise";
  value: Expression | undefined;
}

export interface ExceptHandler {
  type: Expression | undefined;
  name: string | undefined;
  body: Statement[];
}

export interface TryStatement extends Located {
  kind: "Try";
  body: Statement[];
  handlers: ExceptHandler[];
  finalBody: Statement[];
}

export interface Parameter {
  name: string;
  annotation?: Expression;
  defaultValue?: Expression;
  /** `*name` */
  rest?: boolean;
}

export interface FunctionDefinition extends Located {
  kind: "FunctionDefinition";
  name: string;
  parameters: Parameter[];
  returns?: Expression;
  decorators: Expression[];
  docstring?: string;
  body: Statement[];
}

export interface ClassDefinition extends Located {
  kind: "ClassDefinition";
  name: string;
  bases: Expression[];
  /** `metaclass=…` */
  keywords?: Keyword[];
  docstring?: string;
  body: Statement[];
}

export interface ImportStatement extends Located {
  kind: "Import";
  module: string;
}

export interface ImportName {
  name: string;
  alias?: string;
}

export interface ImportFromStatement extends Located {
  kind: "ImportFrom";
  /** Dotted module, with leading dots for package-relative imports. */
  module: string;
  names: ImportName[];
}

export interface NonlocalStatement extends Located {
  /** `global` for module-level variables a function assigns. */
  kind: "Nonlocal" | "Global";
  names: string[];
}

export interface DeleteStatement extends Located {
  kind: "Delete";
  target: Expression;
}

/** A `#` comment line (or several), kept from the TypeScript source. */
export interface CommentStatement extends Located {
  kind: "Comment";
  lines: string[];
}

export interface Module {
  docstring?: string;
  /** `if TYPE_CHECKING:` imports, only needed by annotations. */
  typeCheckingImports: Statement[];
  imports: Statement[];
  body: Statement[];
}
