/**
 * What a build makes: the version (package.json's, or --version for a preview or a test), where the
 * zips and the repository tree go (dist/, or --out), and the base URL the repository add-on reads
 * its index from (--repository-url, else CLOUDSYNC_REPOSITORY_URL, else package.json's
 * cloudsync.repositoryUrl). The news of both add-ons comes from CHANGELOG.md (or --changelog).
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { DIST_DIR, REPO_ROOT } from "./paths";

export interface BuildOptions {
  version: string;
  outDir: string;
  /** True when the zips go to dist/ and the service's folder is assembled at the repo root (tests read it there). */
  isDefaultOutput: boolean;
  /** Ends with "/". */
  repositoryUrl: string;
  changelog: string;
}

interface PackageManifest {
  version: string;
  cloudsync?: { repositoryUrl?: string };
}

const VERSION_PATTERN = /^\d+\.\d+\.\d+(?:[~+][0-9A-Za-z.]+)?$/;

function readFlag(argv: string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  if (index === -1) {
    return undefined;
  }
  const value = argv[index + 1];
  if (value === undefined || value.startsWith("--")) {
    throw new Error(`${name} needs a value`);
  }
  return value;
}

export function parseBuildOptions(argv: string[], environment: NodeJS.ProcessEnv): BuildOptions {
  const known = new Set(["--version", "--out", "--repository-url", "--changelog"]);
  for (let index = 0; index < argv.length; index += 2) {
    const flag = argv[index] ?? "";
    if (!known.has(flag)) {
      throw new Error(`unknown option ${flag}; the build takes ${[...known].join(", ")}`);
    }
  }
  const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as PackageManifest;
  const version = readFlag(argv, "--version") ?? manifest.version;
  if (!VERSION_PATTERN.test(version)) {
    throw new Error(`version "${version}" is not a Kodi add-on version such as 4.0.1`);
  }
  const out = readFlag(argv, "--out");
  const url = readFlag(argv, "--repository-url") ?? environment["CLOUDSYNC_REPOSITORY_URL"] ?? manifest.cloudsync?.repositoryUrl;
  if (url === undefined || url === "") {
    throw new Error("no repository URL: set cloudsync.repositoryUrl in package.json, CLOUDSYNC_REPOSITORY_URL or --repository-url");
  }
  if (!/^https?:\/\/[^\s/]+(\/\S*)?$/.test(url)) {
    throw new Error(`repository URL "${url}" is not an http(s) URL`);
  }
  return {
    version,
    outDir: out === undefined ? DIST_DIR : path.resolve(out),
    isDefaultOutput: out === undefined,
    repositoryUrl: url.endsWith("/") ? url : `${url}/`,
    changelog: path.resolve(readFlag(argv, "--changelog") ?? path.join(REPO_ROOT, "CHANGELOG.md")),
  };
}
