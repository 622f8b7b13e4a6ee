/** Classes: fields set in `__init__`, methods, getters and setters as properties, static members, inheritance. */
import { ClassDeclaration, ClassStaticBlockDeclaration, GetAccessorDeclaration, Node, SetAccessorDeclaration, SyntaxKind } from "ts-morph";
import type { TransformContext } from "../context";
import { classImplementsDataInterface, unsupportedSyntax } from "../diagnostics";
import type * as py from "../python/ast";
import { assign, attribute, call, constant, expressionStatement, name } from "../python/build";
import { hasMethods } from "../utils/types";
import { annotationForTypeNode } from "../utils/annotations";
import { docstringOf, leadingComments } from "../utils/comments";
import { returnAnnotation, transformFunctionBody, withFunctionScope } from "./functions";
import { nameForDeclaration, nameForMember } from "../utils/names";

function isSuperCall(statement: py.Statement): boolean {
  return (
    statement.kind === "ExpressionStatement" &&
    statement.expression.kind === "Call" &&
    statement.expression.callee.kind === "Attribute" &&
    statement.expression.callee.attribute === "__init__" &&
    statement.expression.callee.value.kind === "Call" &&
    statement.expression.callee.value.callee.kind === "Name" &&
    statement.expression.callee.value.callee.id === "super"
  );
}

export function transformClassDeclaration(declaration: ClassDeclaration, context: TransformContext): py.Statement[] {
  if (declaration.hasModifier(SyntaxKind.DeclareKeyword)) {
    return [];
  }
  if (declaration.isAbstract()) {
    // Abstract classes compile like any class; abstract members simply have no body.
  }
  const className = nameForDeclaration(declaration, declaration.getName() ?? "AnonymousClass", context);
  const bases = transformBases(declaration, context);
  checkImplements(declaration, context);
  const body: py.Statement[] = [];
  const staticBlocks: py.Statement[] = [];

  // Static fields become class attributes.
  for (const property of declaration.getStaticProperties()) {
    if (Node.isPropertyDeclaration(property)) {
      const initializer = property.getInitializer();
      const pythonName = nameForMember(property.getSymbol(), property.getName(), context);
      const value = initializer === undefined ? { kind: "Constant" as const, value: null } : context.transformExpression(initializer);
      const comment = leadingComments(property, true);
      if (comment !== undefined) {
        body.push(comment);
      }
      body.push(assign(name(pythonName), value, property));
    }
  }

  const initializer = transformConstructor(declaration, bases.length > 0, context);
  if (initializer !== undefined) {
    body.push(initializer);
  }

  for (const member of declaration.getMembers()) {
    if (Node.isMethodDeclaration(member)) {
      if (member.getBody() === undefined) {
        continue; // overload signatures and abstract methods
      }
      const isStatic = member.isStatic();
      const { parameters, body: methodBody } = transformFunctionBody(member, context);
      body.push({
        kind: "FunctionDefinition",
        name: nameForMember(member.getSymbol(), member.getName(), context),
        parameters: isStatic ? parameters : [{ name: "self" }, ...parameters],
        returns: returnAnnotation(member, context),
        decorators: isStatic ? [name("staticmethod")] : [],
        docstring: docstringOf(member),
        body: methodBody,
        origin: member,
      });
    } else if (Node.isGetAccessorDeclaration(member) || Node.isSetAccessorDeclaration(member)) {
      if (member.isStatic()) {
        context.report(unsupportedSyntax(member, "a static getter or setter"));
        continue;
      }
      body.push(...transformAccessorPair(declaration, member, context));
    } else if (Node.isPropertyDeclaration(member) || Node.isConstructorDeclaration(member)) {
      continue; // handled above
    } else if (Node.isClassStaticBlockDeclaration(member)) {
      staticBlocks.push(...transformStaticBlock(member, className, context));
    } else {
      const other: Node = member;
      if (other.getKind() !== SyntaxKind.SemicolonClassElement) {
        context.report(unsupportedSyntax(other, other.getKindName()));
      }
    }
  }

  return [{ kind: "ClassDefinition", name: className, bases, docstring: docstringOf(declaration), body, origin: declaration }, ...staticBlocks];
}

/**
 * `static { … }` runs once, right after the class is defined, with `this` the class: a function
 * taking the class as `self`, called after the class statement. Static fields are class
 * attributes set while the class body runs, so one declared after a static block (which
 * JavaScript would initialize after the block ran) is refused.
 */
function transformStaticBlock(block: ClassStaticBlockDeclaration, className: string, context: TransformContext): py.Statement[] {
  const laterField = block
    .getParentOrThrow()
    .getChildrenOfKind(SyntaxKind.PropertyDeclaration)
    .find((property) => property.isStatic() && property.getStart() > block.getStart() && property.getInitializer() !== undefined);
  if (laterField !== undefined) {
    context.report(unsupportedSyntax(laterField, "a static field initialized after a static block (declare static fields before the static blocks)"));
  }
  const superUse = block.getDescendantsOfKind(SyntaxKind.SuperKeyword)[0];
  if (superUse !== undefined) {
    context.report(unsupportedSyntax(superUse, "`super` in a static block (name the base class)"));
  }
  const functionName = context.temporaryName("static_block");
  const body = withFunctionScope(context, () => context.transformStatements(block.getStatements()));
  return [
    {
      kind: "FunctionDefinition",
      name: functionName,
      parameters: [{ name: "self", annotation: context.useTyping("Any") }],
      returns: name("None"),
      decorators: [],
      body: body.length === 0 ? [{ kind: "Pass" }] : body,
      origin: block,
    },
    expressionStatement(call(name(functionName), [name(className)]), block),
  ];
}

/**
 * A getter and setter become one Python property, getter first: `@x.setter` needs the property
 * `x` already defined in the class body, whatever order the TypeScript wrote them in. A setter
 * without a getter reads as undefined in JavaScript, so it gets a getter returning None.
 * Emitted once per name, at the first of the pair.
 */
function transformAccessorPair(
  declaration: ClassDeclaration,
  member: GetAccessorDeclaration | SetAccessorDeclaration,
  context: TransformContext,
): py.Statement[] {
  const accessors = declaration
    .getMembers()
    .filter(
      (other): other is GetAccessorDeclaration | SetAccessorDeclaration =>
        (Node.isGetAccessorDeclaration(other) || Node.isSetAccessorDeclaration(other)) && !other.isStatic() && other.getName() === member.getName(),
    );
  if (accessors[0] !== member) {
    return [];
  }
  const propertyName = nameForMember(member.getSymbol(), member.getName(), context);
  const getter = accessors.find((accessor) => Node.isGetAccessorDeclaration(accessor));
  const setter = accessors.find((accessor) => Node.isSetAccessorDeclaration(accessor));
  const statements: py.Statement[] = [];
  const accessorDefinition = (accessor: GetAccessorDeclaration | SetAccessorDeclaration, decorator: py.Expression): py.FunctionDefinition => {
    const { parameters, body } = transformFunctionBody(accessor, context);
    return {
      kind: "FunctionDefinition",
      name: propertyName,
      parameters: [{ name: "self" }, ...parameters],
      returns: returnAnnotation(accessor, context),
      decorators: [decorator],
      docstring: docstringOf(accessor),
      body,
      origin: accessor,
    };
  };
  if (getter !== undefined) {
    statements.push(accessorDefinition(getter, name("property")));
  } else {
    statements.push({
      kind: "FunctionDefinition",
      name: propertyName,
      parameters: [{ name: "self" }],
      returns: context.useTyping("Any"),
      decorators: [name("property")],
      body: [{ kind: "Return", value: constant(null) }],
      origin: member,
    });
  }
  if (setter !== undefined) {
    statements.push(accessorDefinition(setter, attribute(name(propertyName), "setter")));
  }
  return statements;
}

function transformBases(declaration: ClassDeclaration, context: TransformContext): py.Expression[] {
  const heritage = declaration.getExtends();
  if (heritage === undefined) {
    return [];
  }
  const baseNode = heritage.getExpression();
  const baseDeclaration = context.resolveSymbol(baseNode)?.getDeclarations()[0];
  if (baseDeclaration !== undefined && context.isStandardLibrary(baseDeclaration)) {
    if (baseNode.getText() === "Error") {
      return [context.useRuntime("JsError")];
    }
    if (["TypeError", "RangeError", "SyntaxError"].includes(baseNode.getText())) {
      return [context.useRuntime(`Js${baseNode.getText()}`)];
    }
    context.report(unsupportedSyntax(baseNode, `extending the built-in ${baseNode.getText()}`));
    return [];
  }
  return [context.transformExpression(baseNode)];
}

function checkImplements(declaration: ClassDeclaration, context: TransformContext): void {
  for (const implemented of declaration.getImplements()) {
    const type = implemented.getType();
    if (!hasMethods(type) && type.getProperties().length > 0) {
      context.report(classImplementsDataInterface(implemented, implemented.getText()));
    }
  }
}

/** `__init__`: parameter properties, then field initializers (after `super().__init__`), then the constructor's body. */
function transformConstructor(declaration: ClassDeclaration, hasBase: boolean, context: TransformContext): py.Statement | undefined {
  const constructors = declaration.getConstructors().filter((constructor) => constructor.getBody() !== undefined);
  const constructor = constructors[0];
  const fieldStatements = (): py.Statement[] => {
    const statements: py.Statement[] = [];
    for (const property of declaration.getInstanceProperties()) {
      if (Node.isParameterDeclaration(property)) {
        const pythonName = nameForMember(property.getSymbol(), property.getName(), context);
        statements.push(assign(attribute(name("self"), pythonName), name(nameForDeclaration(property, property.getName(), context)), property));
        continue;
      }
      if (!Node.isPropertyDeclaration(property)) {
        continue;
      }
      const initializer = property.getInitializer();
      if (initializer === undefined) {
        continue;
      }
      const comment = leadingComments(property, true);
      if (comment !== undefined) {
        statements.push(comment);
      }
      const typeNode = property.getTypeNode();
      // A number field starts as an int literal more often than not: say it holds any number.
      const annotation =
        typeNode !== undefined
          ? annotationForTypeNode(typeNode, context)
          : property.getType().isNumber() || property.getType().isNumberLiteral()
            ? name("float")
            : undefined;
      statements.push(
        assign(
          attribute(name("self"), nameForMember(property.getSymbol(), property.getName(), context)),
          context.transformExpression(initializer),
          property,
          annotation,
        ),
      );
    }
    return statements;
  };

  if (constructor === undefined) {
    const fields = withFunctionScope(context, fieldStatements);
    if (fields.length === 0) {
      return undefined;
    }
    const parameters: py.Parameter[] = [{ name: "self" }];
    const body: py.Statement[] = [];
    if (hasBase) {
      parameters.push({ name: "args", rest: true, annotation: context.useTyping("Any") }, { name: "**kwargs", annotation: context.useTyping("Any") });
      body.push(
        expressionStatement(
          call(attribute(call(name("super"), []), "__init__"), [{ kind: "Starred", value: name("args") }], undefined, [
            { name: undefined, value: name("kwargs") },
          ]),
        ),
      );
    }
    return { kind: "FunctionDefinition", name: "__init__", parameters, returns: name("None"), decorators: [], body: [...body, ...fields], origin: declaration };
  }

  let prelude: py.Statement[] = [];
  const { parameters, body } = transformFunctionBody(constructor, context, (transformed) => {
    prelude = transformed.prelude;
    return [];
  });
  // TypeScript runs field initializers right after super(); before the rest of the constructor,
  // and after the parameters' defaults (a parameter property takes the value with its default).
  const superIndex = body.findIndex(isSuperCall);
  const lastPrelude = prelude.length === 0 ? -1 : body.indexOf(prelude[prelude.length - 1]);
  const fields = withFunctionScope(context, fieldStatements);
  const insertAt = superIndex >= 0 ? superIndex + 1 : lastPrelude + 1;
  const ordered = [...body.slice(0, insertAt), ...fields, ...body.slice(insertAt)];
  return {
    kind: "FunctionDefinition",
    name: "__init__",
    parameters: [{ name: "self" }, ...parameters],
    returns: name("None"),
    decorators: [],
    docstring: docstringOf(constructor),
    body: ordered,
    origin: constructor,
  };
}
