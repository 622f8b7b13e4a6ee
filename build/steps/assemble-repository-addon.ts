/** Step 5: the repository add-on folder from repository-template/, pointing at the repository's base URL. */
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { REPOSITORY_TEMPLATE } from "../paths";
import { fillManifest } from "./fill-manifest";

export function assembleRepositoryAddon(version: string, news: string, repositoryUrl: string, addonDir: string): void {
  rmSync(addonDir, { recursive: true, force: true });
  cpSync(REPOSITORY_TEMPLATE, addonDir, { recursive: true });
  const manifest = path.join(addonDir, "addon.xml");
  writeFileSync(manifest, fillManifest(readFileSync(manifest, "utf8"), { version, news, repository_url: repositoryUrl }, manifest));
}
