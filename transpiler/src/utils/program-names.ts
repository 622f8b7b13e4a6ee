/**
 * Every Python name the module's own identifiers may take: the compiler's temporaries
 * (`value_1`, `items_2`, `options_1`) must not be spelled like one of them, or a temporary would
 * overwrite the user's variable (or repeat a parameter's name).
 */
import { Node, SourceFile, SyntaxKind } from "ts-morph";
import { nodesOfFileOfKind } from "./file-nodes";
import type { TransformContext } from "../context";
import { nameForDeclaration } from "./names";
import { typeName, valueName } from "./naming";

export function namesTheProgramUses(sourceFile: SourceFile, context: TransformContext): Set<string> {
  const names = new Set<string>();
  for (const identifier of nodesOfFileOfKind(sourceFile, SyntaxKind.Identifier)) {
    const text = identifier.getText();
    // As written (host names), as a value and as a type.
    names.add(text).add(valueName(text)).add(typeName(text));
    const parent = identifier.getParent();
    // A block binding may get a suffix (`value_2`) beside another of its name in the function.
    if ((Node.isVariableDeclaration(parent) || Node.isBindingElement(parent) || Node.isParameterDeclaration(parent)) && parent.getNameNode() === identifier) {
      names.add(nameForDeclaration(parent, text, context));
    }
  }
  return names;
}
