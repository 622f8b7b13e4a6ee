/**
 * Two members of one object whose Python names are one name: `fooBar` and `foo_bar` are both the
 * attribute `foo_bar`, `private count` and `_count` both `_count`. Compiled as they are, the later
 * one silently replaces the earlier (a class's `self.foo_bar = 2` overwrites `self.foo_bar = 1`, a
 * literal with methods keeps one attribute). Data objects stay dicts keyed as written, but they
 * become such objects when spread into a literal with methods, and a type's members should not
 * depend on how a value of it happens to be built; so a collision is a compile error wherever the
 * members are declared: classes (with what they inherit), interfaces, type literals, object literals.
 *
 * A class also has one Python namespace, its class body, for its static members and its methods
 * and accessors (instance fields live on the instance): a static and an instance method of the same
 * name would be one `def`, so they collide too. So does a `declare`d or abstract optional field: it
 * sets no instance attribute, and its read (`getattr(self, "size", None)`) would find a static of its
 * name in the class body where JavaScript reads undefined.
 */
import { ClassDeclaration, ClassExpression, Node, SourceFile, Symbol as MorphSymbol, SyntaxKind, Type } from "ts-morph";
import { nodesOfFile } from "./file-nodes";
import type { TransformContext } from "../context";
import { memberNameCollision, staticHidesUnsetField } from "../diagnostics";
import { nameForMember } from "./names";

interface Member {
  /** The TypeScript name as written (`#secret` for a private name). */
  name: string;
  pythonName: string;
  declarations: Node[];
  /** For a class body: static, or an instance method or accessor. */
  isStatic: boolean;
  /** For a class body: a `declare`d or abstract optional field, which sets nothing and so is read through the class body while unset. */
  isUnsetField?: boolean;
}

function memberOf(symbol: MorphSymbol, context: TransformContext, isStatic = false): Member {
  return { name: symbol.getName(), pythonName: nameForMember(symbol, symbol.getName(), context), declarations: symbol.getDeclarations(), isStatic };
}

/** The name node of a member's declaration, for the diagnostic's span. */
function nameNodeOf(declaration: Node): Node {
  return Node.hasName(declaration) ? declaration.getNameNode() : declaration;
}

function isInside(declaration: Node, owner: Node): boolean {
  return declaration === owner || declaration.getAncestors().includes(owner);
}

/** Reports each pair of members with one Python name (`sameName` says when that is no collision). */
function reportCollisions(owner: Node, members: Member[], context: TransformContext, sameName: (first: Member, second: Member) => boolean): void {
  const seen = new Map<string, Member[]>();
  for (const member of members) {
    if (
      member.declarations.length === 0 ||
      member.declarations.every((declaration) => context.isHostDeclaration(declaration) || context.isStandardLibrary(declaration))
    ) {
      continue;
    }
    const earlier = seen.get(member.pythonName) ?? [];
    for (const first of earlier) {
      if (sameName(first, member)) {
        continue;
      }
      const ownOfLater = member.declarations.find((declaration) => isInside(declaration, owner));
      const ownOfFirst = first.declarations.find((declaration) => isInside(declaration, owner));
      const unset = member.isUnsetField === true ? [member, first] : first.isUnsetField === true ? [first, member] : undefined;
      const report = (at: Node, one: Member, other: Member): void =>
        context.report(
          unset === undefined
            ? memberNameCollision(at, describe(one), describe(other), member.pythonName)
            : staticHidesUnsetField(at, unset[0].name, describe(unset[1]), member.pythonName),
        );
      if (ownOfLater !== undefined) {
        report(nameNodeOf(ownOfLater), member, first);
      } else if (ownOfFirst !== undefined) {
        report(nameNodeOf(ownOfFirst), first, member);
      } else if (first.declarations[0]?.getParent() !== member.declarations[0]?.getParent()) {
        // Inherited from two declarations elsewhere (`interface C extends A, B`): here is where they meet.
        report(Node.hasName(owner) ? owner.getNameNode() : owner, member, first);
      }
    }
    seen.set(member.pythonName, [...earlier, member]);
  }
}

function describe(member: Member): string {
  return member.isStatic ? `static ${member.name}` : member.name;
}

/** The class and the classes it extends, nearest first. */
function classChain(node: ClassDeclaration | ClassExpression): (ClassDeclaration | ClassExpression)[] {
  const chain: (ClassDeclaration | ClassExpression)[] = [];
  let current: ClassDeclaration | ClassExpression | undefined = node;
  while (current !== undefined && !chain.includes(current)) {
    chain.push(current);
    current = current.getBaseClass();
  }
  return chain;
}

/** What a class's Python class bodies (its own and its bases') define: static members, methods and accessors. */
function classBodyMembers(node: ClassDeclaration | ClassExpression, context: TransformContext): Member[] {
  const members: Member[] = [];
  const chain = classChain(node);
  // A plain field of that name anywhere in the chain (`tag?: string` overriding an abstract one) is
  // set to None by its class's `__init__`, so the field is never unset.
  const setFields = new Set(
    chain.flatMap((declaration) =>
      declaration
        .getInstanceProperties()
        .filter(
          (property) =>
            Node.isParameterDeclaration(property) ||
            (Node.isPropertyDeclaration(property) && !property.hasModifier(SyntaxKind.DeclareKeyword) && !property.isAbstract()),
        )
        .map((property) => property.getName()),
    ),
  );
  for (const declaration of chain) {
    for (const member of declaration.getMembers()) {
      const symbol = member.getSymbol();
      if (symbol === undefined || Node.isConstructorDeclaration(member) || Node.isClassStaticBlockDeclaration(member)) {
        continue;
      }
      const isStatic = Node.isStaticable(member) && member.isStatic();
      if (isStatic || Node.isMethodDeclaration(member) || Node.isGetAccessorDeclaration(member) || Node.isSetAccessorDeclaration(member)) {
        if (!members.some((known) => known.declarations === symbol.getDeclarations() || known.declarations.includes(member))) {
          members.push({ ...memberOf(symbol, context, isStatic), declarations: [member] });
        }
      } else if (
        Node.isPropertyDeclaration(member) &&
        member.hasQuestionToken() &&
        (member.hasModifier(SyntaxKind.DeclareKeyword) || member.isAbstract()) &&
        !setFields.has(member.getName())
      ) {
        members.push({ ...memberOf(symbol, context), declarations: [member], isUnsetField: true });
      }
    }
  }
  return members;
}

function propertiesOf(type: Type, context: TransformContext): Member[] {
  return type.getProperties().map((symbol) => memberOf(symbol, context));
}

/** Reports the member collisions of every class, interface, type literal and object literal in the file. */
export function reportMemberCollisions(sourceFile: SourceFile, context: TransformContext): void {
  const differentNames = (first: Member, second: Member): boolean => first.name === second.name;
  nodesOfFile(sourceFile).forEach((node) => {
    if (Node.isClassDeclaration(node) || Node.isClassExpression(node)) {
      reportCollisions(node, propertiesOf(node.getType(), context), context, differentNames);
      // One class body: a static and an instance method of one name are one `def`; overrides keep their name and side.
      reportCollisions(node, classBodyMembers(node, context), context, (first, second) => first.name === second.name && first.isStatic === second.isStatic);
    } else if (Node.isInterfaceDeclaration(node) || Node.isObjectLiteralExpression(node) || node.getKind() === SyntaxKind.TypeLiteral) {
      reportCollisions(node, propertiesOf(node.getType(), context), context, differentNames);
    }
  });
}
