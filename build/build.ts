/**
 * `npm run build`: src/ → Python, the service add-on, vendored Paho, the repository add-on, both
 * zips, and dist/repo/, the tree to publish on a static web host. Options (see build-options.ts)
 * make a preview or test release: --version, --out, --repository-url, --changelog.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { BuildOptions, parseBuildOptions } from "./build-options";
import { ADDON_DIR, ADDON_ID, CACHE_DIR, REPO_ROOT, REPOSITORY_ID } from "./paths";
import { assembleAddon } from "./steps/assemble-addon";
import { assembleRepositoryAddon } from "./steps/assemble-repository-addon";
import { newsFromChangelog } from "./steps/changelog-news";
import { compileSources } from "./steps/compile-sources";
import { publishRepository } from "./steps/publish-repository";
import { vendorPaho } from "./steps/vendor-paho";
import { zipAddon } from "./steps/zip-addon";

function step<T>(title: string, run: () => T): T {
  const started = Date.now();
  const result = run();
  process.stdout.write(`${title} (${Date.now() - started} ms)\n`);
  return result;
}

function build(options: BuildOptions): void {
  const { version, outDir } = options;
  const news = step(`read the news of ${version} from ${path.relative(REPO_ROOT, options.changelog) || options.changelog}`, () =>
    newsFromChangelog(options.changelog, version),
  );
  // A default build leaves the service's folder at the repo root, where the tests read the generated
  // Python; any other build assembles in a temporary folder so it never changes what they read.
  const staging = options.isDefaultOutput ? path.join(CACHE_DIR, "staging") : mkdtempSync(path.join(tmpdir(), "cloudsync-build-"));
  const serviceDir = options.isDefaultOutput ? ADDON_DIR : path.join(staging, ADDON_ID);
  const repositoryDir = path.join(staging, REPOSITORY_ID);
  try {
    const compiled = step("compiled src/ to Python", compileSources);
    try {
      step(`assembled ${ADDON_ID} ${version}`, () => assembleAddon(compiled, version, news, serviceDir));
    } finally {
      rmSync(path.dirname(compiled), { recursive: true, force: true });
    }
    step("vendored paho-mqtt 2.1.0", () => vendorPaho(path.join(serviceDir, "resources", "lib")));
    const serviceZip = step(`zipped ${ADDON_ID}`, () => zipAddon(serviceDir, ADDON_ID, version, outDir));
    step(`assembled ${REPOSITORY_ID} ${version} for ${options.repositoryUrl}`, () =>
      assembleRepositoryAddon(version, news, options.repositoryUrl, repositoryDir),
    );
    const repositoryZip = step(`zipped ${REPOSITORY_ID}`, () => zipAddon(repositoryDir, REPOSITORY_ID, version, outDir));
    const repo = step("published the repository tree", () =>
      publishRepository(
        path.join(outDir, "repo"),
        [
          { id: REPOSITORY_ID, version, zip: repositoryZip, folder: repositoryDir },
          { id: ADDON_ID, version, zip: serviceZip, folder: serviceDir },
        ],
        REPOSITORY_ID,
      ),
    );
    for (const built of [serviceZip, repositoryZip, repo]) {
      process.stdout.write(`built ${path.relative(REPO_ROOT, built).startsWith("..") ? built : path.relative(REPO_ROOT, built)}\n`);
    }
  } finally {
    if (!options.isDefaultOutput) {
      rmSync(staging, { recursive: true, force: true });
    }
  }
}

try {
  build(parseBuildOptions(process.argv.slice(2), process.env));
} catch (error) {
  process.stderr.write(`build failed: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
