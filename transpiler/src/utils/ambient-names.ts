/**
 * A name the program declares with `declare` (`declare function escape(…)`, `declare const
 * process: …`, `declare class URLSearchParams`, or in a `.d.ts` file of its own) and defines
 * nowhere: JavaScript finds it among the host's globals, where Python has none, so the compiled
 * name would raise NameError (review S49B, G1). Kodi's and the shims' Python modules (`declare
 * module "…"` in src/host/), TypeScript's own lib and the compiler's `console` are defined.
 */
import { Node, ts } from "ts-morph";
import type { TransformContext } from "../context";
import { GLOBALS_DECLARATION } from "../globals-declaration";

export function isDeclaredOnlyAmbiently(node: Node, context: TransformContext): boolean {
  const declarations = context.resolveSymbol(node)?.getDeclarations() ?? [];
  return (
    declarations.length > 0 &&
    declarations.every(
      (declaration) =>
        !context.isStandardLibrary(declaration) &&
        !context.isHostDeclaration(declaration) &&
        declaration.getSourceFile().getFilePath() !== GLOBALS_DECLARATION &&
        (declaration.getSourceFile().isDeclarationFile() ||
          (ts.getCombinedModifierFlags(declaration.compilerNode as ts.Declaration) & ts.ModifierFlags.Ambient) !== 0),
    )
  );
}
