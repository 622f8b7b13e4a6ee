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
import { isTypeLikeDeclaration, nameForDeclaration, nameForIdentifier } from "./names";
import { typeName, valueName } from "./naming";

/**
 * The Python names the module's own top-level statements bind, which a rename's assignment would
 * overwrite (compared as Python spells them: `fooBar` is `foo_bar`, a class `list` is `list_`).
 */
function topLevelPythonNames(sourceFile: SourceFile, context: TransformContext): Set<string> {
  const names = new Set<string>();
  for (const statement of sourceFile.getStatements()) {
    if (Node.isVariableStatement(statement)) {
      for (const declaration of statement.getDeclarations()) {
        const nameNode = declaration.getNameNode();
        for (const identifier of Node.isIdentifier(nameNode) ? [nameNode] : nameNode.getDescendantsOfKind(SyntaxKind.Identifier)) {
          names.add(nameForIdentifier(identifier, context));
        }
      }
    } else if (Node.isImportDeclaration(statement)) {
      for (const imported of statement.getNamedImports()) names.add(nameForIdentifier(imported.getAliasNode() ?? imported.getNameNode(), context));
    } else if (Node.isFunctionDeclaration(statement) || Node.isClassDeclaration(statement) || Node.isEnumDeclaration(statement)) {
      const nameNode = statement.getNameNode();
      if (nameNode !== undefined) names.add(nameForDeclaration(statement, nameNode.getText(), context));
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
    // A destructured name's declaration is a binding element inside the variable statement (review S45R, G10).
    const variable =
      Node.isVariableDeclaration(declaration) || Node.isBindingElement(declaration)
        ? declaration.getFirstAncestorByKind(SyntaxKind.VariableStatement)
        : undefined;
    const isOwnDeclaration =
      Node.isFunctionDeclaration(declaration) || Node.isClassDeclaration(declaration) || Node.isEnumDeclaration(declaration) || variable !== undefined;
    if (!Node.isIdentifier(alias)) {
      // `export { helper as "my-helper" }`: no Python name can spell it.
      context.report(
        unsupportedConstruct(specifier, `\`export { ${specifier.getText()} }\` under a name that is no identifier`, "export it under an identifier"),
      );
      continue;
    }
    const exported = alias.getText();
    const pythonName = isTypeLikeDeclaration(declaration) ? typeName(exported) : valueName(exported);
    if (exported === "default") {
      context.report(
        unsupportedConstruct(specifier, "`export { … as default }`", "export the declaration by its name (`export function greet`), and import `{ greet }`"),
      );
    } else if (variable !== undefined && variable.getDeclarationKind() !== VariableDeclarationKind.Const) {
      // JavaScript exports the binding, which later writes change; the Python copy would not see them.
      context.report(
        unsupportedConstruct(
          specifier,
          `\`export { ${specifier.getText()} }\` of a \`let\``,
          "export a `const` under a new name, or export the variable by its own name",
        ),
      );
    } else if (!isOwnDeclaration) {
      if (Node.isImportSpecifier(declaration) || Node.isImportClause(declaration) || Node.isNamespaceImport(declaration)) {
        context.report(unsupportedConstruct(specifier, `\`export { ${specifier.getText()} }\` of an import`, "import it from the defining module"));
      } // anything else (a namespace) is refused where it is declared
    } else if (/^__.*__$/.test(pythonName)) {
      // `__builtins__`, `__name__`: the module's own, which Python reads (review S45R, G12).
      context.report(
        unsupportedConstruct(specifier, `\`export { ${specifier.getText()} }\` under a name Python gives the module itself`, "choose another name"),
      );
    } else if (topLevelPythonNames(statement.getSourceFile(), context).has(pythonName)) {
      context.report(
        unsupportedConstruct(
          specifier,
          `\`export { ${specifier.getText()} }\` under a name another of the module's declarations has in Python (\`${pythonName}\`)`,
          "choose a name the module does not use",
        ),
      );
    } else {
      const local = nameForDeclaration(declaration, specifier.getNameNode().getText(), context);
      assignments.push(assign(name(pythonName), name(local), specifier));
    }
  }
  return assignments;
}
