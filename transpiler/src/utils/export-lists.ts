/**
 * A module's own export list, `export { helper };` and `export { helper as double };` (no `from`):
 * every top-level Python name can be imported already, so a plain name needs nothing, and a
 * rename is the assignment `double = helper` at the end of the module, after every definition
 * (nothing in the module can read the exported name: TypeScript knows it only to importers).
 */
import { ExportDeclaration, Node, SourceFile, SyntaxKind, VariableDeclarationKind } from "ts-morph";
import type { TransformContext } from "../context";
import { unsupportedConstruct } from "../diagnostics";
import type * as py from "../python/ast";
import { assign, name } from "../python/build";
import { isTypeLikeDeclaration, nameForDeclaration } from "./names";
import { typeName, valueName } from "./naming";

/** The names the module's own top-level statements bind, which a rename's assignment would overwrite. */
function topLevelNames(sourceFile: SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of sourceFile.getStatements()) {
    if (Node.isVariableStatement(statement)) {
      for (const declaration of statement.getDeclarations()) {
        for (const identifier of [declaration.getNameNode(), ...declaration.getNameNode().getDescendantsOfKind(SyntaxKind.Identifier)]) {
          if (Node.isIdentifier(identifier)) names.add(identifier.getText());
        }
      }
    } else if (Node.isImportDeclaration(statement)) {
      for (const imported of statement.getNamedImports()) names.add((imported.getAliasNode() ?? imported.getNameNode()).getText());
    } else if ((Node.isFunctionDeclaration(statement) || Node.isClassDeclaration(statement) || Node.isEnumDeclaration(statement)) && statement.getName() !== undefined) {
      names.add(statement.getName() ?? "");
    }
  }
  return names;
}

export function transformExportList(statement: ExportDeclaration, context: TransformContext): py.Statement[] {
  const assignments: py.Statement[] = [];
  for (const specifier of statement.getNamedExports()) {
    const alias = specifier.getAliasNode();
    if (specifier.isTypeOnly() || alias === undefined || alias.getText() === specifier.getNameNode().getText()) {
      continue;
    }
    const declaration = specifier.getLocalTargetDeclarations()[0];
    if (declaration === undefined || Node.isInterfaceDeclaration(declaration) || Node.isTypeAliasDeclaration(declaration)) {
      continue; // types are erased
    }
    const exported = alias.getText();
    const variable = Node.isVariableDeclaration(declaration) ? declaration.getVariableStatement() : undefined;
    if (exported === "default") {
      context.report(unsupportedConstruct(specifier, "`export { … as default }`", "export the declaration by its name (`export function greet`), and import `{ greet }`"));
    } else if (variable !== undefined && variable.getDeclarationKind() !== VariableDeclarationKind.Const) {
      // JavaScript exports the binding, which later writes change; the Python copy would not see them.
      context.report(unsupportedConstruct(specifier, `\`export { ${specifier.getText()} }\` of a \`let\``, "export a `const` under a new name, or export the variable by its own name"));
    } else if (!Node.isFunctionDeclaration(declaration) && !Node.isClassDeclaration(declaration) && !Node.isEnumDeclaration(declaration) && variable === undefined) {
      context.report(unsupportedConstruct(specifier, `\`export { ${specifier.getText()} }\` of an import`, "import it from the defining module"));
    } else if (topLevelNames(statement.getSourceFile()).has(exported)) {
      context.report(
        unsupportedConstruct(specifier, `\`export { ${specifier.getText()} }\` under the name of another of the module's declarations`, "choose a name the module does not use"),
      );
    } else {
      const local = nameForDeclaration(declaration, specifier.getNameNode().getText(), context);
      assignments.push(assign(name(isTypeLikeDeclaration(declaration) ? typeName(exported) : valueName(exported)), name(local), specifier));
    }
  }
  return assignments;
}
