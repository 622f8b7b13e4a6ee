/** Classes: fields set in `__init__`, methods, getters and setters as properties, static members, inheritance. */
import {
  ClassDeclaration,
  ClassStaticBlockDeclaration,
  ConstructorDeclaration,
  GetAccessorDeclaration,
  Node,
  ParameterDeclaration,
  PropertyDeclaration,
  SetAccessorDeclaration,
  SyntaxKind,
} from "ts-morph";
import type { Symbol as MorphSymbol } from "ts-morph";
import type { TransformContext } from "../context";
import {
  classImplementsDataInterface,
  computedClassMemberName,
  fieldTouchedBeforeDefined,
  staticReadBeforeDefined,
  classNamedWhileDefined,
  staticFieldWithoutValue,
  unsupportedConstruct,
  unsupportedSyntax,
} from "../diagnostics";
import { noneMeaning } from "../utils/none-meaning";
import { refuseLoopCaptures } from "./functions";
import type * as py from "../python/ast";
import { assign, attribute, call, constant, expressionStatement, name, pass, subscript, text } from "../python/build";
import { extraArgumentsParameter, isClassUsedAsValue } from "../utils/extra-arguments";
import { thisOwner } from "../utils/this-type";
import { outsideParentheses } from "../utils/parentheses";
import { printExpression } from "../python/printer";
import { extendsError, hasMethods } from "../utils/types";
import { annotationForTypeNode } from "../utils/annotations";
import { docstringOf, leadingComments } from "../utils/comments";
import { withFunctionsDefinedFirst } from "../utils/hoisted-functions";
import { returnAnnotation, transformFunctionBody, withFunctionScope } from "./functions";
import { isIteratorMethod, nameForDeclaration, nameForMember } from "../utils/names";
import { valueName } from "../utils/naming";
import { namesRead, walrusTargets } from "../utils/temporaries";
import { hiddenBaseStaticAccessors } from "../utils/static-accessors";
import { isClassMethod } from "../utils/static-this";
import { assignedBeforeAnyRead, definedFieldDeclarations, initializerRunsCode, parameterPropertiesOf } from "../utils/constructor-assignments";
import { jsonFieldsStatements } from "../utils/json-fields";
import { fieldsTouchedBeforeDefined } from "../utils/fields-touched-before-defined";
import { staticsReadBeforeDefined } from "../utils/statics-read-before-defined";
import { classNamedEarly } from "../utils/class-named-while-defined";

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

/**
 * Member names Python would act on: `__eq__`, `__hash__` and the other dunders change how Python
 * compares, hashes and prints the instances (a Set would merge two of them); `valueOf` is what
 * JavaScript's `+`, `<` and Number() call, which the compiled operators do not.
 */
function checkMemberNames(declaration: ClassDeclaration, context: TransformContext): void {
  for (const member of declaration.getMembers()) {
    if (Node.isConstructorDeclaration(member) || Node.isClassStaticBlockDeclaration(member)) {
      continue;
    }
    const nameNode = member.getNameNode();
    if (Node.isComputedPropertyName(nameNode)) {
      const expression = nameNode.getExpression();
      if (isIteratorMethod(member)) {
        continue;
      }
      if (!Node.isStringLiteral(expression) && !Node.isNoSubstitutionTemplateLiteral(expression)) {
        context.report(computedClassMemberName(nameNode));
        continue;
      }
    }
    const literal = Node.isComputedPropertyName(nameNode) ? nameNode.getExpression() : nameNode;
    const memberName = Node.isStringLiteral(literal) || Node.isNoSubstitutionTemplateLiteral(literal) ? literal.getLiteralText() : member.getName();
    if (!/^#?[\p{L}_$][\p{L}\p{N}_$]*$/u.test(memberName)) {
      // `"my-method"() {}`: Python's `def` needs an identifier.
      context.report(unsupportedSyntax(member, `a class member named \`${memberName}\`, which is not an identifier (give it one: \`myMethod() { … }\`)`));
    } else if (/^__.*__$/.test(memberName)) {
      context.report(unsupportedSyntax(member, `a class member named \`${memberName}\`, which Python would use as one of its own special methods (rename it)`));
    } else if (memberName === "valueOf" && !member.isStatic()) {
      context.report(
        unsupportedConstruct(member, "a class's own `valueOf` (the compiled `+`, `<` and `Number()` do not call it)", "call a method of your own instead"),
      );
    } else if ((memberName === "name" || memberName === "length") && member.isStatic()) {
      // JavaScript's class has a `name` and a `length` of its own (a subclass too), which the member
      // replaces; `new.target.name`, `this.constructor.name` and a subclass's `Sub.name` would read
      // the compiled class's own name, or the base's member (review S45R, G8).
      context.report(
        unsupportedConstruct(
          member,
          `a static member named \`${memberName}\` (it replaces the class's own, which subclasses do not inherit)`,
          `give it another name (\`static ${memberName === "name" ? "label" : "size"} = …\`)`,
        ),
      );
    }
  }
}

/**
 * `accessor x = 1` is a getter and a setter over hidden storage: its initializer fills the storage
 * (a subclass's setter does not run), and `x` is no own property. A plain attribute is neither.
 */
function refuseAutoAccessors(declaration: ClassDeclaration, context: TransformContext): void {
  for (const member of declaration.getMembers()) {
    if (Node.isPropertyDeclaration(member) && member.hasModifier(SyntaxKind.AccessorKeyword)) {
      context.report(unsupportedSyntax(member, "an auto-accessor (`accessor x = 1`; write a private field and a `get x()`/`set x(value)` pair over it)"));
    }
  }
}

/**
 * Accessors whose JavaScript meaning a Python property cannot give:
 * - a setter without a getter over a base class's getter: JavaScript's accessor then has no getter
 *   at all, so a read gives undefined (the base's getter is hidden), which the base's type calls a
 *   number or a string; Python's None then crashes arithmetic where Node gives NaN;
 * - a getter of `message` or `cause` in an Error subclass: JavaScript's Error constructor gives the
 *   instance its own `message` (when given one), which hides the getter, where Python's
 *   constructor would have to write through it.
 */
function refuseAccessorsThatHideInheritedOnes(declaration: ClassDeclaration, context: TransformContext): void {
  const accessors = declaration
    .getMembers()
    .filter(
      (member): member is GetAccessorDeclaration | SetAccessorDeclaration => Node.isGetAccessorDeclaration(member) || Node.isSetAccessorDeclaration(member),
    );
  for (const accessor of accessors) {
    if (accessor.isAbstract()) {
      continue;
    }
    const name = accessor.getName();
    if (accessor.isStatic()) {
      const hiddenGetter =
        Node.isSetAccessorDeclaration(accessor) && accessor.getGetAccessor() === undefined ? inheritedGetter(declaration, name, true) : undefined;
      if (hiddenGetter !== undefined) {
        context.report(
          unsupportedConstruct(
            accessor,
            `a static setter \`${name}\` without a getter over ${hiddenGetter}'s static getter (JavaScript's accessor then has no getter: reads give undefined, hiding ${hiddenGetter}'s)`,
            `declare the getter too, \`static get ${name}() { return super.${name}; }\``,
          ),
        );
      }
      continue;
    }
    if (
      Node.isSetAccessorDeclaration(accessor) &&
      !accessors.some((other) => Node.isGetAccessorDeclaration(other) && !other.isStatic() && other.getName() === name)
    ) {
      const inherited = inheritedGetter(declaration, name, false);
      if (inherited !== undefined) {
        context.report(
          unsupportedConstruct(
            accessor,
            `a setter \`${name}\` without a getter over ${inherited}'s getter (JavaScript's accessor then has no getter: reads give undefined, hiding ${inherited}'s)`,
            `declare the getter too, \`get ${name}() { return super.${name}; }\``,
          ),
        );
      }
    }
    if (Node.isGetAccessorDeclaration(accessor) && (name === "message" || name === "cause") && extendsError(declaration.getType())) {
      context.report(
        unsupportedConstruct(
          accessor,
          `a getter \`${name}\` in a subclass of Error (Error's constructor gives each instance its own \`${name}\` when one is passed, which hides the getter)`,
          `pass the text to \`super(…)\`, or give the getter another name`,
        ),
      );
    }
  }
}

/** The base class (by name) whose getter of this name (a static one, or its instances') a subclass's setter would hide, if one has it. */
function inheritedGetter(declaration: ClassDeclaration, name: string, isStatic: boolean): string | undefined {
  for (let base = declaration.getBaseClass(); base !== undefined; base = base.getBaseClass()) {
    const member = isStatic ? base.getStaticMember(name) : base.getInstanceMember(name);
    if (member !== undefined) {
      if (Node.isGetAccessorDeclaration(member) || (Node.isSetAccessorDeclaration(member) && member.getGetAccessor() !== undefined)) {
        return base.getName() ?? "its base class";
      }
      return undefined;
    }
  }
  return undefined;
}

/**
 * `_js_to_string`, which String(), templates and join call: the object's toString as it is when read,
 * so one an instance is given later (`shape.toString = () => "…"`) is the one called, as in JavaScript.
 */
/** `_js_to_string` for a class's own toString, `_js_to_json` for its toJSON: what the runtime's String() and JSON.stringify call. */
function conversionMarker(marker: "_js_to_string" | "_js_to_json", member: string, origin: Node): py.Statement {
  return assign(name(marker), call(name("property"), [{ kind: "Lambda", parameters: [{ name: "self" }], body: attribute(name("self"), member) }]), origin);
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
  checkMemberNames(declaration, context);
  refuseAutoAccessors(declaration, context);
  refuseAccessorsThatHideInheritedOnes(declaration, context);
  refuseLoopCaptures(declaration, "a class declared", context);
  for (const early of fieldsTouchedBeforeDefined(declaration)) {
    context.report(fieldTouchedBeforeDefined(early));
  }
  for (const early of staticsReadBeforeDefined(declaration)) {
    context.report(staticReadBeforeDefined(early));
  }
  const namedEarly = classNamedEarly(declaration);
  if (namedEarly !== undefined) {
    context.report(classNamedWhileDefined(namedEarly));
  }
  const body: py.Statement[] = [];
  const staticBlocks: py.Statement[] = [];
  const staticAccessors: py.Statement[] = [];
  // `this.constructor.name` reads the source's name (js_class_name): a renamed class keeps it.
  const sourceName = declaration.getName() ?? "default";
  if (sourceName !== className) {
    body.push(assign(name("__js_name__"), text(sourceName), declaration));
  }
  body.push(...jsonFieldsStatements(declaration, context));

  // Static fields become class attributes; one whose initializer may need the class itself is set
  // right after the class statement (see staticFieldNeedsClass), declared in the body for type checkers.
  // Which ones move is decided once the whole body is known (see staticFieldNeedsOuterScope).
  const staticFields: StaticField[] = [];
  for (const property of declaration.getStaticProperties()) {
    if (Node.isPropertyDeclaration(property) && !declaresInherited(property, declaration)) {
      const initializer = property.getInitializer();
      const pythonName = nameForMember(property.getSymbol(), property.getName(), context);
      const value = initializer === undefined ? { kind: "Constant" as const, value: null } : context.transformExpression(initializer);
      const needsClass = initializer !== undefined && staticFieldNeedsClass(initializer, context);
      if (initializer === undefined) {
        refuseStaticWithoutValue(property, declaration.getName() ?? className, context);
      }
      const afterBlock = declaration.getStaticBlocks().some((block) => block.getStart() < property.getStart());
      const inherited = definesMember(declaration.getExtends()?.getExpression().getType().getProperty(property.getName()), context);
      staticFields.push({ property, pythonName, value, hasInitializer: initializer !== undefined, needsClass, afterBlock, inherited });
    }
  }

  // A `declare`d optional field sets nothing: reads go through js_optional_member (see memberRead), and the
  // annotation alone (no class attribute, which would hide a base class's accessor) tells type
  // checkers that the attribute exists. A string, as the type may exist only for the type checker.
  for (const property of declaration.getInstanceProperties()) {
    if (Node.isPropertyDeclaration(property) && property.hasModifier(SyntaxKind.DeclareKeyword) && property.hasQuestionToken()) {
      if (declaration.getBaseTypes().some((base) => base.getProperty(property.getName()) !== undefined)) {
        // A narrowing of the base's field (`declare value?: number`): the base's annotation stands,
        // which type checkers hold a narrower one against (an attribute is invariant) (review S45R, G15).
        continue;
      }
      const typeNode = property.getTypeNode();
      const declared = typeNode === undefined ? "Any" : printExpression(annotationForTypeNode(typeNode, context));
      context.useTyping(declared === "Any" ? "Any" : "Optional");
      body.push({
        kind: "Annotation",
        target: name(nameForMember(property.getSymbol(), property.getName(), context)),
        annotation: text(declared === "Any" ? "Any" : `Optional[${declared}]`),
        origin: property,
      });
    }
  }

  const initializer = transformConstructor(declaration, bases.length > 0, context);
  if (initializer !== undefined) {
    body.push(initializer);
  }

  // An optional method left out (`greet?(): string;`, which getMembers() leaves out) reads as
  // undefined in Node: a class attribute None, which a subclass's method replaces.
  for (const member of declaration.getDescendantsOfKind(SyntaxKind.MethodDeclaration)) {
    if (member.getParent() === declaration && member.getBody() === undefined) {
      if (member.hasQuestionToken() && !member.isAbstract() && !member.isStatic()) {
        body.push(
          assign(
            name(nameForMember(member.getSymbol(), member.getName(), context)),
            constant(null),
            member,
            subscript(
              context.useTyping("Optional"),
              subscript(context.useTyping("Callable"), { kind: "Tuple", elements: [name("..."), context.useTyping("Any")] }),
            ),
          ),
        );
      }
    }
  }

  for (const member of declaration.getMembers()) {
    if (Node.isMethodDeclaration(member)) {
      if (member.getBody() === undefined) {
        if (
          member.isAbstract() &&
          declaration.getMembers().find((other) => Node.isMethodDeclaration(other) && other.getName() === member.getName()) === member
        ) {
          // JavaScript defines nothing for an abstract method; an annotation alone (no class
          // attribute) tells type checkers that the base class's own code may call it (`this.area()`).
          const returns = returnAnnotation(member, context);
          context.useTyping("Callable");
          body.push({
            kind: "Annotation",
            target: name(nameForMember(member.getSymbol(), member.getName(), context)),
            annotation: text(`Callable[..., ${returns === undefined ? "Any" : printExpression(returns)}]`),
            origin: member,
          });
          if (returns === undefined) {
            context.useTyping("Any");
          }
        }
        continue; // overload signatures and abstract methods
      }
      const isStatic = member.isStatic();
      const { parameters, body: methodBody } = transformFunctionBody(member, context);
      body.push({
        kind: "FunctionDefinition",
        name: nameForMember(member.getSymbol(), member.getName(), context),
        parameters: isStatic ? (isClassMethod(member) ? [{ name: "cls" }, ...parameters] : parameters) : [{ name: "self" }, ...parameters],
        returns: returnAnnotation(member, context),
        decorators: isStatic ? [name(isClassMethod(member) ? "classmethod" : "staticmethod")] : [],
        docstring: docstringOf(member),
        body: methodBody,
        origin: member,
      });
      if (!isStatic && (member.getName() === "toString" || member.getName() === "toJSON")) {
        // String(), templates and join call toString, JSON.stringify calls toJSON, as JavaScript does; a
        // method named `to_string` in TypeScript has the same Python name and must not be taken for it.
        const marker = member.getName() === "toString" ? "_js_to_string" : "_js_to_json";
        body.push(conversionMarker(marker, nameForMember(member.getSymbol(), member.getName(), context), member));
      }
    } else if (Node.isGetAccessorDeclaration(member) || Node.isSetAccessorDeclaration(member)) {
      if (member.isAbstract()) {
        // JavaScript emits nothing for an abstract accessor: a subclass's field (`value = 4`) then
        // holds the value, where a Python property here would take every write and read None. An
        // annotation alone (no class attribute) tells type checkers that the attribute exists.
        const first = declaration
          .getMembers()
          .find((other) => (Node.isGetAccessorDeclaration(other) || Node.isSetAccessorDeclaration(other)) && other.getName() === member.getName());
        if (first === member) {
          const typeNode = Node.isGetAccessorDeclaration(member) ? member.getReturnTypeNode() : member.getParameters()[0]?.getTypeNode();
          const declared = typeNode === undefined ? "Any" : printExpression(annotationForTypeNode(typeNode, context));
          if (declared === "Any") {
            context.useTyping("Any");
          }
          body.push({
            kind: "Annotation",
            target: name(nameForMember(member.getSymbol(), member.getName(), context)),
            annotation: text(declared),
            origin: member,
          });
        }
        continue;
      }
      if (member.isStatic()) {
        staticAccessors.push(...transformAccessorPair(declaration, member, context));
        continue;
      }
      body.push(...transformAccessorPair(declaration, member, context));
    } else if (Node.isPropertyDeclaration(member) && !member.isStatic() && (member.getName() === "toString" || member.getName() === "toJSON")) {
      // A field holding the function (`toString = () => …`): String(), templates and join call it too.
      const marker = member.getName() === "toString" ? "_js_to_string" : "_js_to_json";
      body.push(conversionMarker(marker, nameForMember(member.getSymbol(), member.getName(), context), member));
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

  const { inBody: staticBody, after: staticFieldsAfter } = placeStaticFields(staticFields, className, body, context);
  const hidden = hiddenBaseStaticAccessors(declaration).flatMap((symbol) => hiddenAccessor(className, symbol, declaration, context));
  const metaclassBody = [...hidden, ...staticAccessors];
  const metaclass = metaclassBody.length === 0 ? [] : [staticAccessorsClass(className, bases, metaclassBody, declaration, context)];
  const keywords = metaclass.map((definition) => ({ name: "metaclass", value: name(definition.name) }));
  return [
    ...metaclass,
    {
      kind: "ClassDefinition",
      name: className,
      bases,
      keywords,
      docstring: docstringOf(declaration),
      body: [...staticBody, ...staticAccessorDeclarations(staticAccessors, context), ...body],
      origin: declaration,
    },
    // Static fields set after the class and static blocks run in the order the class declares them.
    ...[...staticFieldsAfter, ...staticBlocks].sort((first, second) => (first.origin?.getStart() ?? 0) - (second.origin?.getStart() ?? 0)),
  ];
}

/**
 * Static getters and setters are properties of the class object itself: Python finds them on the
 * class's metaclass (`A.count`, `A.count = 5`, and a subclass's `Sub.count`, which inherits the
 * metaclass, as JavaScript's `Sub.count` finds A's accessor). The metaclass derives from the base
 * class's own (`type(Base)`), so a subclass with static accessors of its own keeps the base's.
 */
function staticAccessorsClass(
  className: string,
  bases: py.Expression[],
  accessors: py.Statement[],
  declaration: ClassDeclaration,
  context: TransformContext,
): py.ClassDefinition {
  const base = bases[0];
  return {
    kind: "ClassDefinition",
    name: context.temporaryName(`${className}_static_accessors`),
    bases: [base === undefined ? name("type") : call(name("type"), [base])],
    body: accessors,
    origin: declaration,
  };
}

/**
 * `count: Any = None` in the metaclass of a class whose own static field or method `count` hides a base
 * class's static accessor: an attribute that is no data descriptor, so that reading `Sub.count` finds
 * the class's own attribute (and a further subclass's, which inherits this metaclass), and writing it
 * sets the class's own, as JavaScript reads and writes its own property.
 */
function hiddenAccessor(className: string, symbol: MorphSymbol, declaration: ClassDeclaration, context: TransformContext): py.Statement[] {
  const pythonName = nameForMember(symbol, symbol.getName(), context);
  return [
    { kind: "Comment", lines: [`${className}'s own static ${pythonName} hides the base class's accessor.`], origin: declaration },
    // Typed Any: pyright would take the base metaclass's property for its declared type.
    assign(name(pythonName), constant(null), declaration, context.useTyping("Any")),
  ];
}

/**
 * `count: ClassVar[float]` in the class body for each static accessor: no attribute at run time (the
 * metaclass's property answers), but pyright takes a write in the class's own methods
 * (`Counter.count = 0` in a static method) for the declaration of a class variable typed as the value
 * written (`int`), and then refuses every other write; declared, it is the accessor's type.
 */
function staticAccessorDeclarations(accessors: py.Statement[], context: TransformContext): py.Statement[] {
  return accessors.flatMap((accessor): py.Statement[] =>
    accessor.kind === "FunctionDefinition" && accessor.decorators.some((decorator) => decorator.kind === "Name" && decorator.id === "property")
      ? [
          {
            kind: "Annotation",
            target: name(accessor.name),
            annotation: subscript(context.useTyping("ClassVar"), accessor.returns ?? context.useTyping("Any")),
            origin: accessor.origin,
          },
        ]
      : [],
  );
}

/**
 * A static field without an initializer holds undefined until assigned (TypeScript checks the
 * initialisation of instance fields only): refused where its type denies undefined, which every
 * read of it trusts (`C.count + 1` would raise where JavaScript gives NaN, `${C.label}` print null).
 */
function refuseStaticWithoutValue(property: PropertyDeclaration, owner: string, context: TransformContext): void {
  const meaning = noneMeaning(property.getType());
  if (!meaning.undefined) {
    const typeText = property.getTypeNode()?.getText() ?? property.getType().getText(property);
    context.report(staticFieldWithoutValue(property.getNameNode(), owner, property.getName(), typeText, meaning.null));
  }
}

/**
 * A base class's member that holds a value before a subclass's field of its name is defined: a field
 * with a definition (not `declare`d nor abstract), a parameter property, a method or an accessor of a
 * class. An abstract member, a `declare`d field or an interface merged into the class defines nothing:
 * the subclass's field reads as undefined until its turn (set to None first).
 */
function definesMember(symbol: MorphSymbol | undefined, context: TransformContext): boolean {
  return (symbol?.getDeclarations() ?? []).some((member) => {
    if (context.isStandardLibrary(member)) {
      return true; // Error's `name` and `message`: the prototype's, or the base constructor's
    }
    if (Node.isPropertyDeclaration(member)) {
      return !member.isAbstract() && !member.hasModifier(SyntaxKind.DeclareKeyword);
    }
    if (Node.isParameterDeclaration(member)) {
      return true;
    }
    return (
      (Node.isMethodDeclaration(member) || Node.isGetAccessorDeclaration(member) || Node.isSetAccessorDeclaration(member)) &&
      !member.isAbstract() &&
      (Node.isClassDeclaration(member.getParent()) || Node.isClassExpression(member.getParent()))
    );
  });
}

/**
 * A `declare`d static field (`declare static count: number`) defines nothing in JavaScript: reads
 * find the base class's member of that name, which a class attribute set to None would hide.
 */
function declaresInherited(property: PropertyDeclaration, declaration: ClassDeclaration): boolean {
  const heritage = declaration.getExtends();
  return (
    property.hasModifier(SyntaxKind.DeclareKeyword) &&
    heritage !== undefined &&
    heritage.getExpression().getType().getProperty(property.getName()) !== undefined
  );
}

interface StaticField {
  property: PropertyDeclaration;
  pythonName: string;
  value: py.Expression;
  hasInitializer: boolean;
  needsClass: boolean;
  /** Declared after a static block: JavaScript initializes it after the block ran. */
  afterBlock: boolean;
  /** A base class has a static member of that name, which reads find until this field is defined. */
  inherited: boolean;
}

/**
 * The static fields' statements in the class body, and those set right after the class statement.
 * From the first one that must run outside the body on, every initializer runs after the class
 * statement, in their order; until then each reads as undefined, as in JavaScript.
 */
function placeStaticFields(
  fields: StaticField[],
  className: string,
  rest: py.Statement[],
  context: TransformContext,
): { inBody: py.Statement[]; after: py.Statement[] } {
  const bodyNames = classBodyNames([...rest, ...fields.map((field) => assign(name(field.pythonName), field.value, field.property))]);
  const inBody: py.Statement[] = [];
  const after: py.Statement[] = [];
  for (const field of fields) {
    const comment = leadingComments(field.property, true);
    if (comment !== undefined) {
      inBody.push(comment);
    }
    // One declared after a static block is defined again where it stands, to undefined when it has no
    // initializer (`static { S.z = 1; } static z?: number;` leaves z undefined).
    if (
      (field.hasInitializer || field.afterBlock) &&
      (after.length > 0 || field.needsClass || field.afterBlock || staticFieldNeedsOuterScope(field.value, bodyNames))
    ) {
      const undefinedValue = undefinedOfDeclaredType(field.property, context);
      // A None needs the declared type for type checkers (`later: Optional[float] = None`), which the cast carries otherwise.
      const annotation = undefinedValue.kind === "Constant" ? declaredFieldAnnotation(field.property, context) : undefined;
      if (field.inherited) {
        // Until its definition runs, a read finds the base class's value (Python's class attribute
        // lookup does the same), where a None set here would hide it (review 23C S3).
        inBody.push({ kind: "Annotation", target: name(field.pythonName), annotation: annotation ?? context.useTyping("Any"), origin: field.property });
      } else {
        inBody.push(assign(name(field.pythonName), undefinedValue, field.property, annotation));
      }
      after.push(assign(attribute(name(className), field.pythonName), field.value, field.property));
    } else {
      inBody.push(assign(name(field.pythonName), field.value, field.property, declaredFieldAnnotation(field.property, context)));
    }
  }
  return { inBody, after };
}

/**
 * A field's type as declared, as for instance fields: a static field is written from anywhere
 * (`Counter.total = value / 3`, or a static setter in the class's metaclass), and pyright would
 * otherwise take the type of its initializer (`int` for `= 0`, None for a field without one).
 */
function declaredFieldAnnotation(property: PropertyDeclaration, context: TransformContext): py.Expression | undefined {
  const typeNode = property.getTypeNode();
  if (typeNode !== undefined && property.hasQuestionToken()) {
    // `static instance?: Logger` (or `label?: string = undefined`) holds undefined (None) until assigned: its type node leaves that out.
    return subscript(context.useTyping("Optional"), annotationForTypeNode(typeNode, context));
  }
  // A number field starts as an int literal more often than not: say it holds any number.
  return typeNode !== undefined
    ? annotationForTypeNode(typeNode, context)
    : property.getType().isNumber() || property.getType().isNumberLiteral()
      ? name("float")
      : undefined;
}

/**
 * A class body is a Python scope of its own, which JavaScript's static initializers do not have: a
 * `:=` there (`static id = seq++`) binds a class attribute instead of the outer variable, and a name
 * the body binds (a static field or method named like an outer variable: `static limit = 10;
 * static double = limit * 2`) reads the class's own attribute, or skips the enclosing function's
 * variables. Such an initializer runs after the class statement, in the enclosing scope.
 */
function staticFieldNeedsOuterScope(value: py.Expression, bodyNames: Set<string>): boolean {
  return walrusTargets(value).size > 0 || [...namesRead(value)].some((read) => bodyNames.has(read));
}

/** The names a class body's statements bind (fields, methods, properties, `__init__`). */
function classBodyNames(statements: py.Statement[]): Set<string> {
  const names = new Set<string>();
  for (const statement of statements) {
    if ((statement.kind === "Assign" || statement.kind === "Annotation") && statement.target.kind === "Name") {
      names.add(statement.target.id);
    } else if (statement.kind === "FunctionDefinition" || statement.kind === "ClassDefinition") {
      names.add(statement.name);
    }
  }
  return names;
}

/**
 * JavaScript runs a static field's initializer once the class exists: it may name the class
 * (`static readonly DEFAULT = new Config()`), call its static methods, or call anything that does.
 * Python runs a class body before the class's name is bound, so such an initializer is set after
 * the class statement: any that names a class, calls or constructs something, or uses `this`
 * (refused: name the class). Constants stay in the class body, where a reader expects them.
 */
function staticFieldNeedsClass(initializer: Node, context: TransformContext): boolean {
  const thisUse = initializer.getFirstDescendantByKind(SyntaxKind.ThisKeyword) ?? (Node.isThisExpression(initializer) ? initializer : undefined);
  if (thisUse !== undefined) {
    context.report(unsupportedSyntax(thisUse, "`this` in a static field's initializer (name the class)"));
  }
  const nodes = [initializer, ...initializer.getDescendants()];
  return nodes.some(
    (node) =>
      Node.isCallExpression(node) ||
      Node.isNewExpression(node) ||
      Node.isTaggedTemplateExpression(node) ||
      (Node.isIdentifier(node) && (context.resolveSymbol(node)?.getDeclarations() ?? []).some((declared) => Node.isClassDeclaration(declared))),
  );
}

/**
 * `static { … }` runs once, right after the class is defined, with `this` the class: a function
 * taking the class as `self`, called after the class statement, in its place among the static
 * fields set there (a field declared after a block is one of them: see placeStaticFields).
 */
function transformStaticBlock(block: ClassStaticBlockDeclaration, className: string, context: TransformContext): py.Statement[] {
  const superUse = block.getDescendantsOfKind(SyntaxKind.SuperKeyword)[0];
  if (superUse !== undefined) {
    context.report(unsupportedSyntax(superUse, "`super` in a static block (name the base class)"));
  }
  const functionName = context.temporaryName("static_block");
  const body = withFunctionScope(context, () => context.transformStatements(withFunctionsDefinedFirst(block.getStatements())), block);
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
        (Node.isGetAccessorDeclaration(other) || Node.isSetAccessorDeclaration(other)) &&
        other.isStatic() === member.isStatic() &&
        other.getName() === member.getName(),
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
  } else {
    // A write through a type that has a setter (a base class's, an interface's `size: number`, for a
    // static getter `typeof Base`) throws TypeError in JavaScript, where Python's property without a
    // setter raises AttributeError. V8 names a static getter's class by its JavaScript source text,
    // which depends on the tool that emitted it: its heading stands for it, `class Fixed extends Config { … }`.
    const heritage = declaration.getExtends()?.getExpression().getText();
    const classText = `class ${declaration.getName() ?? ""}${heritage === undefined ? "" : ` extends ${heritage}`} { … }`;
    const holderArguments = member.isStatic() ? [text(classText), constant(true)] : [text(declaration.getName() ?? "")];
    statements.push({
      kind: "FunctionDefinition",
      name: propertyName,
      parameters: [{ name: "self" }, { name: "value", annotation: context.useTyping("Any") }],
      returns: constant(null),
      decorators: [attribute(name(propertyName), "setter")],
      body: [expressionStatement(call(context.useRuntime("js_set_getter_only"), [text(member.getName()), ...holderArguments]), member)],
      origin: member,
    });
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
    if (["TypeError", "RangeError", "SyntaxError", "URIError"].includes(baseNode.getText())) {
      return [context.useRuntime(`Js${baseNode.getText()}`)];
    }
    context.report(
      unsupportedSyntax(
        baseNode,
        `extending the built-in ${baseNode.getText()} (hold one in a field, \`${baseNode.getText() === "Array" ? "private readonly items: T[] = []" : `private readonly items = new ${baseNode.getText()}()`}\`, and write the methods you need on it)`,
      ),
    );
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

/**
 * `__init__` with ES2022 define semantics (TypeScript's `useDefineForClassFields`, on for target
 * ES2022): every declared field is defined when the instance is initialised, in declaration order,
 * a field without an initialiser as undefined (None); a base class initialises them before its
 * parameters' defaults, a derived class right after `super()` returns (so a subclass's field
 * without an initialiser resets what the base constructor set). Parameter properties are fields
 * too: defined (as undefined) before the declared fields, assigned their argument only when the
 * constructor body starts. `declare` and `abstract` fields define nothing.
 */
/** A `super(…)` of this constructor (not of a class declared inside it) that is no statement of its own body (`(super(x));` is one). */
function nestedSuperCall(constructor: ConstructorDeclaration): Node | undefined {
  const body = constructor.getBody();
  return constructor
    .getDescendantsOfKind(SyntaxKind.SuperKeyword)
    .map((keyword) => keyword.getParentOrThrow())
    .find((call) => Node.isCallExpression(call) && thisOwner(call) === constructor && outsideParentheses(call).parent?.getParent() !== body);
}

function transformConstructor(declaration: ClassDeclaration, hasBase: boolean, context: TransformContext): py.Statement | undefined {
  const constructors = declaration.getConstructors().filter((constructor) => constructor.getBody() !== undefined);
  const constructor = constructors[0];
  const parameterProperties = parameterPropertiesOf(declaration);
  const declaredFields = definedFieldDeclarations(declaration);
  const baseTypes = declaration.getType().getBaseTypes();
  const isInheritedMember = (field: PropertyDeclaration): boolean =>
    !field.getName().startsWith("#") && baseTypes.some((base) => definesMember(base.getProperty(field.getName()), context));
  // A parameter typed by a type parameter is Optional (a call may leave it out when T is void):
  // the field says Any, what T is, or type checkers would take every read of it for a read of None.
  const parameterAssignments = (): py.Statement[] =>
    parameterProperties.map((property) =>
      assign(
        attribute(name("self"), nameForMember(property.getSymbol(), property.getName(), context)),
        name(nameForDeclaration(property, property.getName(), context)),
        property,
        property.getType().isTypeParameter() && !property.hasQuestionToken() ? context.useTyping("Any") : undefined,
      ),
    );
  // Node defines each field when its turn comes; reading one earlier gives undefined where Python
  // would raise AttributeError. Code can read the instance early only through `this` in an
  // initialiser, or, in a derived class, through the base constructor having kept `this`: then every
  // field that such code could read is first set to None, and assigned its value in its turn.
  const firstRunning = declaredFields.findIndex((field) => initializerMentionsThis(field) || (hasBase && initializerRunsCode(field)));
  // A field without initializer that the constructor assigns before anything could read it needs
  // no None first (the output stays as the source reads).
  const fields =
    firstRunning >= 0 || constructor === undefined
      ? declaredFields
      : declaredFields.filter((field) => field.hasInitializer() || !assignedBeforeAnyRead(field.getName(), constructor, hasBase));
  const parametersDefinedFirst = parameterProperties.length > 0 && firstRunning >= 0;
  const fieldStatements = (withParameterAssignments = true): py.Statement[] => {
    const statements: py.Statement[] = [];
    const undefinedField = (property: PropertyDeclaration | ParameterDeclaration): py.Statement => {
      const value = undefinedOfDeclaredType(property, context);
      // `label?: string` starts as None: pyright would type the attribute None from it, and refuse
      // every later write (`widget.label = "x"`), without the declared type (review E1, F10).
      const typeNode = Node.isPropertyDeclaration(property) && value.kind === "Constant" && !isInheritedMember(property) ? property.getTypeNode() : undefined;
      const declared = typeNode === undefined ? undefined : annotationForTypeNode(typeNode, context);
      const annotation = declared === undefined || !property.hasQuestionToken() ? declared : subscript(context.useTyping("Optional"), declared);
      return assign(attribute(name("self"), nameForMember(property.getSymbol(), property.getName(), context)), value, property, annotation);
    };
    if (parametersDefinedFirst) {
      statements.push(...parameterProperties.map(undefinedField));
    } else if (withParameterAssignments) {
      statements.push(...parameterAssignments());
    }
    // A field a base class declares too holds the base's value until its own definition replaces it
    // (ES2022 defines fields in turn): no None first, which would wipe it (review 23C S2).
    const definedEarly = new Set(
      firstRunning < 0 ? [] : fields.filter((field, index) => (index >= firstRunning || field.getInitializer() === undefined) && !isInheritedMember(field)),
    );
    statements.push(...[...definedEarly].map(undefinedField));
    for (const property of fields) {
      const initializer = property.getInitializer();
      if (initializer === undefined && definedEarly.has(property)) {
        continue;
      }
      const comment = leadingComments(property, true);
      if (comment !== undefined) {
        statements.push(comment);
      }
      const target = attribute(name("self"), nameForMember(property.getSymbol(), property.getName(), context));
      if (initializer === undefined) {
        statements.push(undefinedField(property));
        continue;
      }
      // A field the base declares too keeps the base's annotation (a narrower one would be an invariance error).
      const annotation = isInheritedMember(property) ? undefined : declaredFieldAnnotation(property, context);
      // What the initializer lifts (an arrow with statements) goes inside `__init__`, where `self` is.
      const { result: value, preceding } = context.collectPrecedingStatements(() => context.transformExpression(initializer));
      statements.push(...preceding, assign(target, value, property, definedEarly.has(property) ? undefined : annotation));
    }
    return statements;
  };

  if (constructor === undefined) {
    const fieldsDefined = withFunctionScope(context, () => fieldStatements());
    // A class given as a value may be constructed with arguments it does not take (JavaScript drops
    // them), where object's __init__ raises TypeError; one with a base passes them on (below).
    const takesExtraArguments = !hasBase && isClassUsedAsValue(declaration, context);
    if (fieldsDefined.length === 0 && !takesExtraArguments) {
      return undefined;
    }
    const parameters: py.Parameter[] = [{ name: "self" }];
    const body: py.Statement[] = [];
    if (takesExtraArguments) {
      parameters.push(extraArgumentsParameter(declaration, parameters, context));
    }
    if (hasBase) {
      // The arguments passed on to the base class: `args` and `kwargs`, unless a field's initializer
      // reads a variable of that name, which the parameter would hide.
      const initializerNames = new Set(
        declaration
          .getProperties()
          .filter((property) => !property.isStatic())
          .flatMap((property) => {
            const initializer = property.getInitializer();
            return initializer === undefined ? [] : [initializer, ...initializer.getDescendantsOfKind(SyntaxKind.Identifier)];
          })
          .filter((node) => Node.isIdentifier(node))
          .map((identifier) => valueName(identifier.getText())),
      );
      const args = initializerNames.has("args") ? context.temporaryName("args") : "args";
      const kwargs = initializerNames.has("kwargs") ? context.temporaryName("kwargs") : "kwargs";
      parameters.push({ name: args, rest: true, annotation: context.useTyping("Any") }, { name: `**${kwargs}`, annotation: context.useTyping("Any") });
      body.push(
        expressionStatement(
          call(attribute(call(name("super"), []), "__init__"), [{ kind: "Starred", value: name(args) }], undefined, [{ name: undefined, value: name(kwargs) }]),
        ),
      );
    }
    return {
      kind: "FunctionDefinition",
      name: "__init__",
      parameters,
      returns: name("None"),
      decorators: [],
      body: body.length + fieldsDefined.length === 0 ? [pass()] : [...body, ...fieldsDefined],
      origin: declaration,
    };
  }

  let prelude: py.Statement[] = [];
  const { parameters, body } = transformFunctionBody(constructor, context, (transformed) => {
    prelude = transformed.prelude;
    return [];
  });
  const superIndex = body.findIndex(isSuperCall);
  if (fields.length > 0 || parameterProperties.length > 0) {
    // JavaScript defines the fields when `super()` returns, wherever it is; with the call inside an
    // `if` or a `try` they were set before the base constructor ran (a field it set through an
    // overridden method kept that value, where JavaScript resets it to undefined), or never (an
    // early `return` after it). Only a `super(…)` of this constructor counts, not one of a class
    // declared inside it.
    const nested = nestedSuperCall(constructor);
    if (nested !== undefined) {
      context.report(
        unsupportedConstruct(
          nested,
          "`super(…)` inside a block of the constructor of a class that declares fields",
          "call it as a statement of the constructor itself, its arguments computed first: `const start = flag ? 1 : 2; super(start);`",
        ),
      );
    }
  }
  const lastPrelude = prelude.length === 0 ? -1 : body.indexOf(prelude[prelude.length - 1]);
  const assignedLater = (): py.Statement[] => withFunctionScope(context, parameterAssignments);
  let ordered: py.Statement[];
  if (superIndex >= 0) {
    const fieldsDefined = withFunctionScope(context, () => fieldStatements(!parametersDefinedFirst));
    ordered = [...body.slice(0, superIndex + 1), ...fieldsDefined, ...(parametersDefinedFirst ? assignedLater() : []), ...body.slice(superIndex + 1)];
  } else if (parametersDefinedFirst || (lastPrelude >= 0 && fields.some((field) => field.hasInitializer()))) {
    // A base class initialises its fields before the parameters' defaults are evaluated, and
    // assigns the parameter properties (which take the defaults) after.
    const fieldsDefined = withFunctionScope(context, () => fieldStatements(false));
    ordered = [...fieldsDefined, ...body.slice(0, lastPrelude + 1), ...assignedLater(), ...body.slice(lastPrelude + 1)];
  } else {
    const fieldsDefined = withFunctionScope(context, () => fieldStatements());
    ordered = [...body.slice(0, lastPrelude + 1), ...fieldsDefined, ...body.slice(lastPrelude + 1)];
  }
  return {
    kind: "FunctionDefinition",
    name: "__init__",
    parameters: [{ name: "self" }, ...parameters],
    returns: name("None"),
    decorators: [],
    docstring: docstringOf(constructor),
    body: scopeDeclarationsFirst(ordered),
    origin: constructor,
  };
}

/**
 * The fields' and the constructor's own `global`/`nonlocal` lines, merged at the top of `__init__`:
 * Python refuses a `nonlocal key` that follows a field's read of `key` (`self.seen = key`).
 */
function scopeDeclarationsFirst(statements: py.Statement[]): py.Statement[] {
  const names = { Global: new Set<string>(), Nonlocal: new Set<string>() };
  const rest = statements.filter((statement) => {
    if (statement.kind === "Global" || statement.kind === "Nonlocal") {
      statement.names.forEach((declared) => names[statement.kind].add(declared));
      return false;
    }
    return true;
  });
  const header: py.Statement[] = (["Global", "Nonlocal"] as const)
    .filter((kind) => names[kind].size > 0)
    .map((kind) => ({ kind, names: [...names[kind]].sort() }));
  return [...header, ...rest];
}

/** Whether a field's initialiser mentions `this` (in a function too: it may be called at once). */
function initializerMentionsThis(field: PropertyDeclaration): boolean {
  const initializer = field.getInitializer();
  return initializer !== undefined && (Node.isThisExpression(initializer) || initializer.getDescendantsOfKind(SyntaxKind.ThisKeyword).length > 0);
}

/** None as the starting value of a field, typed for pyright as the field's declared type (which may not admit None: the constructor assigns it). */
function undefinedOfDeclaredType(property: PropertyDeclaration | ParameterDeclaration, context: TransformContext): py.Expression {
  const type = property.getType();
  if (type.isUndefined() || type.isNull() || type.getUnionTypes().some((member) => member.isUndefined() || member.isNull()) || property.hasQuestionToken()) {
    return constant(null);
  }
  const typeNode = property.getTypeNode();
  // A string, as the type may be a name that exists only for the type checker (an interface).
  const annotation =
    typeNode !== undefined
      ? printExpression(annotationForTypeNode(typeNode, context))
      : property.getType().isNumber() || property.getType().isNumberLiteral()
        ? "float"
        : "Any";
  if (annotation === "Any") {
    context.useTyping("Any");
  }
  return call(context.useTyping("cast"), [text(annotation), constant(null)]);
}
