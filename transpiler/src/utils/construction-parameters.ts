/**
 * What the constructors of a class and its bases were given, and the fields that only ever hold it:
 * values made before the instance, never the instance itself, however their types read.
 */
import { ts, Node, ClassDeclaration, SyntaxKind, Type } from "ts-morph";
import { isAssignedByPattern } from "./assignment-patterns";
import { isAssignmentOperator } from "./assignments";
import { parameterPropertiesOf } from "./constructor-assignments";
import { nodesOfFileOfKind } from "./file-nodes";
import { classChain, literalKey } from "./instance-keepers";
import { declarationsOf } from "./named-declarations";
import { unwrapTypeOnly } from "./type-wrappers";

/** What the constructors of a class and its bases were given, by program and class: worked out once, as each walk of a construction asks. */
const parametersByProgram = new WeakMap<ts.Program, Map<ts.Node, ConstructionParameters>>();

interface ConstructionParameters {
  /** The constructors' parameters: they hold what the caller gave, made before the instance, never it. */
  parameters: ReadonlySet<Node>;
  /** The fields that only ever hold one of them (see `fieldsFromConstructorParameters`). */
  fromParameters: ReadonlySet<string>;
}

export function constructionParameters(view: ClassDeclaration): ConstructionParameters {
  const program = view.getProject().getProgram().compilerObject;
  let byClass = parametersByProgram.get(program);
  if (byClass === undefined) {
    byClass = new Map();
    parametersByProgram.set(program, byClass);
  }
  let found = byClass.get(view.compilerNode);
  if (found === undefined) {
    const parameters = new Set<Node>();
    for (const current of classChain(view)) {
      current.getConstructors().forEach((constructor) => constructor.getParameters().forEach((parameter) => parameters.add(parameter)));
    }
    found = { parameters, fromParameters: fieldsFromConstructorParameters(view, parameters) };
    byClass.set(view.compilerNode, found);
  }
  return found;
}

/** The fields of the class and its bases that hold only a constructor's parameter: parameter properties, and fields every write gives one (`this.prev = prev`). */
function fieldsFromConstructorParameters(view: ClassDeclaration, constructorParameters: ReadonlySet<Node>): Set<string> {
  const fields = new Set<string>();
  const others = new Set<string>();
  for (const current of classChain(view)) {
    parameterPropertiesOf(current).forEach((parameter) => fields.add(parameter.getName()));
    for (const assignment of current.getDescendantsOfKind(SyntaxKind.BinaryExpression)) {
      const target = unwrapTypeOnly(assignment.getLeft());
      if (
        !isAssignmentOperator(assignment.getOperatorToken().getKind()) ||
        !Node.isPropertyAccessExpression(target) ||
        !Node.isThisExpression(unwrapTypeOnly(target.getExpression()))
      ) {
        continue;
      }
      const right = unwrapTypeOnly(assignment.getRight());
      const fromParameter =
        assignment.getOperatorToken().getKind() === SyntaxKind.EqualsToken &&
        Node.isIdentifier(right) &&
        declarationsOf(right.getSymbol()).some((declared) => constructorParameters.has(declared));
      (fromParameter ? fields : others).add(target.getName());
    }
    current.getInstanceProperties().forEach((property) => {
      if (Node.isPropertyDeclaration(property) && property.hasInitializer()) {
        others.add(property.getName());
      }
    });
  }
  others.forEach((name) => fields.delete(name));
  // A write elsewhere forgets the field it names; one by a key the check cannot tell, every field.
  const forget = (key: string | undefined): void => {
    if (key === undefined) {
      fields.clear();
    } else {
      fields.delete(key);
    }
  };
  // A write of that name through anything but `this` anywhere (`me.parent = me`, `registry[0].parent = this`) may put another value there (review S56D, D).
  for (const sourceFile of view
    .getProject()
    .getSourceFiles()
    .filter((each) => !each.isDeclarationFile())) {
    for (const assignment of nodesOfFileOfKind(sourceFile, SyntaxKind.BinaryExpression)) {
      const target = unwrapTypeOnly(assignment.getLeft());
      if (
        isAssignmentOperator(assignment.getOperatorToken().getKind()) &&
        (Node.isPropertyAccessExpression(target) || Node.isElementAccessExpression(target)) &&
        !Node.isThisExpression(unwrapTypeOnly(target.getExpression())) &&
        (namesChainClass(target.getExpression().getType(), view, sourceFile) || fitsInstance(target.getExpression().getType(), view))
      ) {
        forget(Node.isPropertyAccessExpression(target) ? target.getName() : literalKey(target.getArgumentExpression()));
      }
    }
    // A destructuring assignment's target, through `this` too (`[this.parent] = [other]`), and
    // `Object.assign` into a value of the chain (`Object.assign(this, { parent })`; review S57A, R9).
    // `this` of the class, a base or a subclass (whose code writes the same field), or a value of the chain's classes.
    const chainValue = (value: Node): boolean => {
      if (!Node.isThisExpression(unwrapTypeOnly(value))) {
        return namesChainClass(value.getType(), view, sourceFile) || fitsInstance(value.getType(), view);
      }
      const owner = value.getFirstAncestor((ancestor) => Node.isClassDeclaration(ancestor));
      return Node.isClassDeclaration(owner) && (classChain(view).includes(owner) || classChain(owner).includes(view));
    };
    for (const target of [
      ...nodesOfFileOfKind(sourceFile, SyntaxKind.PropertyAccessExpression),
      ...nodesOfFileOfKind(sourceFile, SyntaxKind.ElementAccessExpression),
    ]) {
      if (
        (Node.isPropertyAccessExpression(target) || Node.isElementAccessExpression(target)) &&
        isAssignedByPattern(target) &&
        chainValue(target.getExpression())
      ) {
        forget(Node.isPropertyAccessExpression(target) ? target.getName() : literalKey(target.getArgumentExpression()));
      }
    }
    for (const call of nodesOfFileOfKind(sourceFile, SyntaxKind.CallExpression)) {
      const target = Node.isCallExpression(call) && call.getExpression().getText() === "Object.assign" ? call.getArguments()[0] : undefined;
      if (target !== undefined && chainValue(target)) {
        forget(undefined);
      }
    }
  }
  return fields;
}

/**
 * Whether the instance fits a value of the type that declares members (an interface or a type
 * literal it meets: `n.parent = p` with `n: Linked`; review S57C, F), a type parameter by its constraint.
 */
function fitsInstance(type: Type, view: ClassDeclaration): boolean {
  const value = type.getNonNullableType();
  const parts = value.isUnion() ? value.getUnionTypes() : [value];
  return parts.some((part) => {
    const bound = part.isTypeParameter() ? part.getConstraint() : part;
    return bound !== undefined && bound.getProperties().length > 0 && !bound.isAny() && view.getType().isAssignableTo(bound);
  });
}

/** Whether a value of the type is typed by a class of the instance's chain (`me: Host`, `registry[0]!`), or is `any`/`unknown` in the class's own file. */
function namesChainClass(type: Type, view: ClassDeclaration, where: Node): boolean {
  const value = type.getNonNullableType();
  if (value.isAny() || value.isUnknown()) {
    return where.getSourceFile() === view.getSourceFile();
  }
  const chain = new Set<Node>(classChain(view));
  return (value.isUnion() ? value.getUnionTypes() : [value]).some((part) =>
    (part.getSymbol()?.getDeclarations() ?? []).some((declared) => chain.has(declared)),
  );
}
