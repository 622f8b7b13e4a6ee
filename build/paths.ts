/** Where the build reads and writes, all under the repo root. */
import * as path from "node:path";
import { ADDON_ID } from "../src/contract";

export const REPO_ROOT = path.resolve(__dirname, "..");
/** The service add-on's id, from the add-on's own contract (src/contract.ts). */
export { ADDON_ID };
export const REPOSITORY_ID = "repository.cloudsync";
export const ADDON_TEMPLATE = path.join(REPO_ROOT, "addon-template");
export const REPOSITORY_TEMPLATE = path.join(REPO_ROOT, "repository-template");
/** The assembled service add-on of a default build; the tests read the generated Python here. */
export const ADDON_DIR = path.join(REPO_ROOT, ADDON_ID);
export const DIST_DIR = path.join(REPO_ROOT, "dist");
export const CACHE_DIR = path.join(REPO_ROOT, "build", ".cache");
export const SOURCE_TSCONFIG = path.join(REPO_ROOT, "src", "tsconfig.json");
