/** Step 2: the add-on folder from addon-template/, the version from package.json and the compiled package. */
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { ADDON_DIR, ADDON_LIB, ADDON_TEMPLATE } from "../paths";

export function assembleAddon(compiledPackage: string, version: string): void {
  rmSync(ADDON_DIR, { recursive: true, force: true });
  cpSync(ADDON_TEMPLATE, ADDON_DIR, { recursive: true, filter: (source) => !/__pycache__|\.pyc$/.test(source) });
  const manifest = path.join(ADDON_DIR, "addon.xml");
  const xml = readFileSync(manifest, "utf8");
  if (!xml.includes("{{version}}")) {
    throw new Error("addon-template/addon.xml has no {{version}} placeholder");
  }
  writeFileSync(manifest, xml.replaceAll("{{version}}", version));
  cpSync(compiledPackage, path.join(ADDON_LIB, "cloudsync"), { recursive: true });
}
