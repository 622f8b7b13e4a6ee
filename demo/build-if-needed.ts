/**
 * The demo installs dist/service.cloudsync-<version>.zip: it runs `npm run build` first when the
 * zip is missing or older than anything it is made from (a fresh clone, or an edit since).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { ADDON_ID, packageVersion, repoPath } from "../test/support/paths";

/** What the zip is built from. */
const INPUTS = ["src", "addon-template", "transpiler/src", "build", "package.json", "package-lock.json", "CHANGELOG.md"];

function newestChange(path: string): number {
  if (!existsSync(path)) {
    return 0;
  }
  const stats = statSync(path);
  if (!stats.isDirectory()) {
    return stats.mtimeMs;
  }
  return readdirSync(path)
    .filter((name) => name !== ".cache" && name !== "node_modules" && name !== "__pycache__")
    .reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stats.mtimeMs);
}

/** Why the zip must be built, or undefined when it is up to date. */
export function buildReason(): string | undefined {
  const zip = repoPath("dist", `${ADDON_ID}-${packageVersion}.zip`);
  if (!existsSync(zip)) {
    return `dist/${ADDON_ID}-${packageVersion}.zip is not built yet`;
  }
  const built = statSync(zip).mtimeMs;
  const changed = INPUTS.find((input) => newestChange(repoPath(input)) > built);
  return changed === undefined ? undefined : `${changed} changed since the zip was built`;
}

export function buildIfNeeded(say: (line: string) => void): void {
  const reason = buildReason();
  if (reason === undefined) {
    say(`using the built dist/${ADDON_ID}-${packageVersion}.zip (up to date)`);
    return;
  }
  say(`building the add-on (${reason}): npm run build`);
  const started = Date.now();
  execFileSync("npm", ["run", "--silent", "build"], { cwd: repoPath(), stdio: ["ignore", "ignore", "inherit"] });
  say(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
