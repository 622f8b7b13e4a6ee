/** Where the build reads and writes, all under the repo root. */
import { readFileSync } from "node:fs";
import * as path from "node:path";

export const REPO_ROOT = path.resolve(__dirname, "..");
export const ADDON_ID = "service.cloudsync";
export const ADDON_TEMPLATE = path.join(REPO_ROOT, "addon-template");
export const ADDON_DIR = path.join(REPO_ROOT, ADDON_ID);
export const ADDON_LIB = path.join(ADDON_DIR, "resources", "lib");
export const DIST_DIR = path.join(REPO_ROOT, "dist");
export const CACHE_DIR = path.join(REPO_ROOT, "build", ".cache");
export const SOURCE_TSCONFIG = path.join(REPO_ROOT, "src", "tsconfig.json");

export function addonVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { version: string };
  return manifest.version;
}

export function addonZipPath(version: string = addonVersion()): string {
  return path.join(DIST_DIR, `${ADDON_ID}-${version}.zip`);
}
