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

export const visitorTables: VisitorTables = {
  expressions: {
    [SyntaxKind.Identifier]: transformIdentifier,
    [SyntaxKind.ThisKeyword]: (node, context) => {
      // In a static method `this` is the class it was called on (a subclass too); the compiled static
      // method has no `self`.
      const owner = node.getFirstAncestor((ancestor) => Node.isFunctionLikeDeclaration(ancestor) && !Node.isArrowFunction(ancestor));
      if (
        owner !== undefined &&
        (Node.isMethodDeclaration(owner) || Node.isGetAccessorDeclaration(owner) || Node.isSetAccessorDeclaration(owner)) &&
        owner.isStatic()
      ) {
        context.report(
          unsupportedConstruct(
            node,
            "`this` in a static method",
            "where the method means its own class, name the class; where it means the class it is called on (`Circle.create()` through a subclass, `new this()`), naming the class would change that: take the class as a parameter, `function create<T>(kind: new () => T): T { return new kind(); }`, or give each subclass its own static method",
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
