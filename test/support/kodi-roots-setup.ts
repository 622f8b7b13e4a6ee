/**
 * Jest's global set-up for the e2e project: builds the Debian roots of Kodi 19 and 21 before any
 * test runs (nothing to do when they are cached; minutes from nothing), so that no test's timeout
 * includes a download. A failed build does not stop the Kodi 20 suites: it is printed here with
 * its reason, and a test that starts Kodi 19 or 21 then fails saying the root is missing and why.
 */
import { ensureRoot, KODI_RELEASES, RELEASE_FACTS, rootOf, rootStamp } from "./kodi-release";

export default function buildKodiRoots(): void {
  for (const release of KODI_RELEASES) {
    if (rootOf(release) === undefined) {
      continue;
    }
    const started = Date.now();
    try {
      ensureRoot(release);
      const stamp = rootStamp(release);
      const took = Math.round((Date.now() - started) / 1000);
      process.stdout.write(
        `\nKodi ${release} (${RELEASE_FACTS[release].suite} root): kodi ${stamp["kodi"] ?? "?"}, Python ${stamp["python"] ?? "?"}${took > 1 ? `, built in ${took} s` : ", cached"}\n`,
      );
    } catch (error) {
      process.stderr.write(`\n${(error as Error).message}\nThe tests that run Kodi ${release} will fail; the others run.\n`);
    }
  }
}
