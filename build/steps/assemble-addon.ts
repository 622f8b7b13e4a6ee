/** Step 2: the add-on folder from addon-template/, the version and news filled in, and the compiled package. */
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { ADDON_TEMPLATE } from "../paths";
import { fillManifest } from "./fill-manifest";

export function assembleAddon(compiledPackage: string, version: string, news: string, addonDir: string): void {
  rmSync(addonDir, { recursive: true, force: true });
  cpSync(ADDON_TEMPLATE, addonDir, { recursive: true, filter: (source) => !/__pycache__|\.pyc$/.test(source) });
  const manifest = path.join(addonDir, "addon.xml");
  writeFileSync(manifest, fillManifest(readFileSync(manifest, "utf8"), { version, news }, manifest));
  cpSync(compiledPackage, path.join(addonDir, "resources", "lib", "cloudsync"), { recursive: true });
}
