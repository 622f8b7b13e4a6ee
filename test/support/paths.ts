/**
 * Where things are, for every test: the repository's root, the built zips, the artifacts folder.
 * One place, so no test works out the root (or the version) its own way.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const ADDON_ID = "service.cloudsync";
export const REPOSITORY_ID = "repository.cloudsync";

/** The repository's root folder (where package.json is). */
export const repoRoot = resolve(__dirname, "../..");

/** The version in package.json, which the build gives both add-ons. */
export const packageVersion = (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string }).version;

/** A file or folder of the repository, by its path from the root. */
export function repoPath(...parts: string[]): string {
  return join(repoRoot, ...parts);
}

/** dist/<id>-<version>.zip as `npm run build` makes it; fails with the fix when the build has not run. */
export function builtZip(id: string = ADDON_ID, version: string = packageVersion): string {
  const zip = join(repoRoot, "dist", `${id}-${version}.zip`);
  if (!existsSync(zip)) {
    throw new Error(`${zip} is missing: run "npm run build" first`);
  }
  return zip;
}

/** The folder the tests keep figures and screenshots in (test-artifacts/), made when missing. */
export function artifactsDir(): string {
  const directory = join(repoRoot, "test-artifacts");
  mkdirSync(directory, { recursive: true });
  return directory;
}

/** Writes `data` as JSON to test-artifacts/<name>. */
export function writeArtifact(name: string, data: unknown): void {
  writeFileSync(join(artifactsDir(), name), JSON.stringify(data, null, 2) + "\n");
}
