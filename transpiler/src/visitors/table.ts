/** The one visitor table: TypeScript syntax kind → transform. Anything missing is reported, never guessed. */
import { Node, SyntaxKind } from "ts-morph";
import type { VisitorTables } from "../context";
import { name } from "../python/build";
import { withOptionalChain } from "../utils/optional-chains";
import { transformCall, transformNew } from "./calls";
import { transformClassDeclaration } from "./classes";
import { transformDelete } from "./delete";
import { transformEnumDeclaration } from "./enums";
import { transformSwitch } from "./switches";
import {
  transformArrayLiteral,
  transformConditionalExpression,
  transformElementAccess,
  transformIdentifier,
  transformInner,
  transformNonNull,
  transformAssertion,
  transformNumericLiteral,
  transformPropertyAccess,
  transformStringLiteral,
  transformTemplate,
  transformTypeOf,
} from "./expressions";
import { transformArrowFunction, transformFunctionDeclaration } from "./functions";
import { transformAnyObjectLiteral } from "./object-literals";
import { transformBinary, transformPostfixUnary, transformPrefixUnary } from "./operators";
import {
  transformBlock,
  transformDoWhile,
  transformExpressionAsStatements,
  transformExpressionStatement,
  transformFor,
  transformForIn,
  transformForOf,
  transformIf,
  transformNothing,
  transformReturn,
  transformThrow,
  transformTry,
  transformVariableStatement,
  transformWhile,
} from "./statements";
import { constant } from "../python/build";
import { transformYield } from "./generators";
import { asynchronousCode, thisInFunction, unsupportedConstruct } from "../diagnostics";
import { transformJump, transformLabeled, withJumps } from "./jumps";
import { transformRegExpLiteral } from "../builtins/regexp";
import { isClassMethod } from "../utils/static-this";

export const visitorTables: VisitorTables = {
  expressions: {
    [SyntaxKind.Identifier]: transformIdentifier,
    [SyntaxKind.ThisKeyword]: (node, context) => {
      const owner = node.getFirstAncestor((ancestor) => Node.isFunctionLikeDeclaration(ancestor) && !Node.isArrowFunction(ancestor));
      if (owner !== undefined && isClassMethod(owner)) {
        // The class the static method was called on (a subclass too): the classmethod's `cls`.
        const parent = node.getParent();
        if (Node.isPropertyAccessExpression(parent) && parent.getExpression() === node && Node.isPrivateIdentifier(parent.getNameNode())) {
          // JavaScript throws TypeError for `Sub.#count` (the private static is the base's own), where Python would find it.
          const classNode = owner.getParent();
          const className = Node.isClassDeclaration(classNode) ? (classNode.getName() ?? "Config") : "Config";
          context.report(
            unsupportedConstruct(parent, "a `#private` static member reached through `this`", `name the class (\`${className}.${parent.getName()}\`)`),
          );
        }
        return name("cls", node);
      }
      // In a static accessor `this` is the class it was read on (a subclass too); the compiled
      // accessor lives on the class's metaclass.
      if (owner !== undefined && (Node.isGetAccessorDeclaration(owner) || Node.isSetAccessorDeclaration(owner)) && owner.isStatic()) {
        context.report(
          unsupportedConstruct(
            node,
            "`this` in a static accessor",
            "name the class; where it means the class it is read on, give each subclass its own accessor",
          ),
        );
      }
      // Only a method or accessor (of a class or an object literal) is compiled with a `self`; a
      // class's field initializers and static blocks see their class's `this`.
      const binder = node.getFirstAncestor(
        (ancestor) =>
          (Node.isFunctionLikeDeclaration(ancestor) && !Node.isArrowFunction(ancestor)) ||
          Node.isFunctionExpression(ancestor) ||
          Node.isClassLikeDeclarationBase(ancestor),
      );
      if (binder !== undefined && (Node.isFunctionDeclaration(binder) || Node.isFunctionExpression(binder))) {
        context.report(thisInFunction(node));
      }
      return name("self", node);
    },
    [SyntaxKind.NullKeyword]: (node) => constant(null, node),
    [SyntaxKind.TrueKeyword]: (node) => constant(true, node),
    [SyntaxKind.FalseKeyword]: (node) => constant(false, node),
    [SyntaxKind.NumericLiteral]: transformNumericLiteral,
    [SyntaxKind.StringLiteral]: transformStringLiteral,
    [SyntaxKind.NoSubstitutionTemplateLiteral]: transformStringLiteral,
    [SyntaxKind.TemplateExpression]: transformTemplate,
    [SyntaxKind.ParenthesizedExpression]: transformInner,
    [SyntaxKind.AsExpression]: transformAssertion,
    [SyntaxKind.NonNullExpression]: withOptionalChain(transformNonNull),
    [SyntaxKind.SatisfiesExpression]: transformInner,
    [SyntaxKind.TypeAssertionExpression]: transformAssertion,
    [SyntaxKind.PropertyAccessExpression]: withOptionalChain(transformPropertyAccess),
    [SyntaxKind.ElementAccessExpression]: withOptionalChain(transformElementAccess),
    [SyntaxKind.CallExpression]: withOptionalChain(transformCall),
    [SyntaxKind.NewExpression]: transformNew,
    [SyntaxKind.BinaryExpression]: transformBinary,
    [SyntaxKind.PrefixUnaryExpression]: transformPrefixUnary,
    [SyntaxKind.PostfixUnaryExpression]: transformPostfixUnary,
    [SyntaxKind.ConditionalExpression]: transformConditionalExpression,
    [SyntaxKind.ObjectLiteralExpression]: transformAnyObjectLiteral,
    [SyntaxKind.ArrayLiteralExpression]: transformArrayLiteral,
    [SyntaxKind.TypeOfExpression]: transformTypeOf,
    [SyntaxKind.ArrowFunction]: transformArrowFunction,
    [SyntaxKind.FunctionExpression]: transformArrowFunction,
    [SyntaxKind.DeleteExpression]: transformDelete,
    [SyntaxKind.YieldExpression]: transformYield,
    [SyntaxKind.AwaitExpression]: (node, context) => {
      context.report(asynchronousCode(node, "`await`"));
      return constant(null, node);
    },
    [SyntaxKind.RegularExpressionLiteral]: transformRegExpLiteral,
  },
  effects: transformExpressionAsStatements,
  statements: {
    [SyntaxKind.VariableStatement]: transformVariableStatement,
    [SyntaxKind.ExpressionStatement]: transformExpressionStatement,
    [SyntaxKind.IfStatement]: transformIf,
    [SyntaxKind.ReturnStatement]: transformReturn,
    [SyntaxKind.WhileStatement]: withJumps(transformWhile),
    [SyntaxKind.DoStatement]: withJumps(transformDoWhile),
    [SyntaxKind.ForStatement]: withJumps(transformFor),
    [SyntaxKind.ForOfStatement]: withJumps(transformForOf),
    [SyntaxKind.ForInStatement]: withJumps(transformForIn),
    [SyntaxKind.BreakStatement]: transformJump,
    [SyntaxKind.ContinueStatement]: transformJump,
    [SyntaxKind.TryStatement]: transformTry,
    [SyntaxKind.ThrowStatement]: transformThrow,
    [SyntaxKind.Block]: transformBlock,
    [SyntaxKind.LabeledStatement]: withJumps(transformLabeled),
    [SyntaxKind.FunctionDeclaration]: transformFunctionDeclaration,
    [SyntaxKind.ClassDeclaration]: transformClassDeclaration,
    [SyntaxKind.InterfaceDeclaration]: transformNothing,
    [SyntaxKind.TypeAliasDeclaration]: transformNothing,
    [SyntaxKind.EmptyStatement]: transformNothing,
    [SyntaxKind.EnumDeclaration]: transformEnumDeclaration,
    [SyntaxKind.SwitchStatement]: withJumps(transformSwitch),
  },
};
