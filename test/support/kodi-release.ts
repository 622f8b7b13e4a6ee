/**
 * Which Kodi release a test's Kodi runs: `KODI_RELEASE=19|20|21` (20 by default).
 * - 20 is the host's Debian package (bookworm: Kodi 20.1, Python 3.11);
 * - 19 and 21 run from a Debian system root that test/support/build-kodi-root.sh builds with
 *   debootstrap (bullseye: Kodi 19.1, Python 3.9; trixie: Kodi 21.2, Python 3.13), started with
 *   chroot inside a mount namespace of their own (see kodi-chroot.ts).
 * The roots are cached outside the clone (CI runs in a fresh clone on the same machine, and a
 * root is a few hundred MB that takes minutes to build): /var/cache/cloudsync-kodi-roots by
 * default, CLOUDSYNC_KODI_ROOTS to put them elsewhere.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";

export type KodiRelease = 19 | 20 | 21;

export const KODI_RELEASES: readonly KodiRelease[] = [19, 20, 21];

export interface KodiReleaseFacts {
  release: KodiRelease;
  /** Debian suite whose `kodi` package it is. */
  suite: string;
  /** What `JSONRPC.Version` answers (major). */
  jsonRpcMajor: number;
  /** Python that Kodi embeds. */
  python: string;
  /** The video library's SQLite file in userdata/Database. */
  videoDatabase: string;
}

export const RELEASE_FACTS: Record<KodiRelease, KodiReleaseFacts> = {
  19: { release: 19, suite: "bullseye", jsonRpcMajor: 12, python: "3.9", videoDatabase: "MyVideos119.db" },
  20: { release: 20, suite: "bookworm", jsonRpcMajor: 13, python: "3.11", videoDatabase: "MyVideos121.db" },
  21: { release: 21, suite: "trixie", jsonRpcMajor: 13, python: "3.13", videoDatabase: "MyVideos131.db" },
};

const STAMP = ".cloudsync-kodi-root-complete";
const REPOSITORY_ROOT = path.resolve(__dirname, "..", "..");
const BUILD_SCRIPT = path.join(REPOSITORY_ROOT, "test", "support", "build-kodi-root.sh");

/** The release KODI_RELEASE names, 20 when unset; anything else is an error, not a silent default. */
export function releaseFromEnvironment(): KodiRelease {
  const given = process.env["KODI_RELEASE"];
  if (given === undefined || given === "") {
    return 20;
  }
  const release = KODI_RELEASES.find((candidate) => String(candidate) === given.trim());
  if (release === undefined) {
    throw new Error(`KODI_RELEASE=${given} is not a release the tests can run; use one of ${KODI_RELEASES.join(", ")}`);
  }
  return release;
}

export function rootsFolder(): string {
  return process.env["CLOUDSYNC_KODI_ROOTS"] ?? "/var/cache/cloudsync-kodi-roots";
}

/** The system root of a release that is not the host's; undefined for 20 (the host itself). */
export function rootOf(release: KodiRelease): string | undefined {
  return release === 20 ? undefined : path.join(rootsFolder(), RELEASE_FACTS[release].suite);
}

export function isRootComplete(release: KodiRelease): boolean {
  const root = rootOf(release);
  return root === undefined || existsSync(path.join(root, STAMP));
}

/** What the root's stamp says (suite, kodi and python versions, build time and seconds). */
export function rootStamp(release: KodiRelease): Record<string, string> {
  const root = rootOf(release);
  if (root === undefined || !existsSync(path.join(root, STAMP))) {
    return {};
  }
  return Object.fromEntries(
    readFileSync(path.join(root, STAMP), "utf8")
      .split("\n")
      .filter((line) => line.includes("="))
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
}

/**
 * Builds the release's root when it is not complete yet, or installs what its stamp lacks (the
 * script decides: a few minutes from nothing, well under a second when cached). Synchronous on
 * purpose: jest's global set-up calls it before any test's timeout runs. Throws with the build's
 * own reason when it fails.
 */
export function ensureRoot(release: KodiRelease): void {
  const root = rootOf(release);
  if (root === undefined) {
    return;
  }
  try {
    execFileSync("bash", [BUILD_SCRIPT, RELEASE_FACTS[release].suite, root], { stdio: ["ignore", "inherit", "pipe"], encoding: "utf8" });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? "";
    throw new Error(`Kodi ${release}'s system root (${root}) could not be built:\n${stderr.trim() || (error as Error).message}`, { cause: error });
  }
  if (!isRootComplete(release)) {
    throw new Error(`Kodi ${release}'s system root (${root}) is still incomplete after building it (no ${STAMP})`);
  }
}

/** The error a test gets when it starts a Kodi whose root is missing. */
export function missingRootMessage(release: KodiRelease): string {
  const root = rootOf(release) ?? "";
  const buildLog = `${root}.building.log`;
  const reason = existsSync(buildLog) ? `\nThe last build's log ends:\n${readFileSync(buildLog, "utf8").split("\n").slice(-15).join("\n")}` : "";
  return (
    `Kodi ${release} runs from a ${RELEASE_FACTS[release].suite} system root at ${root}, which is not built (or a build did not finish). ` +
    `Jest's e2e set-up builds it (see its output for why it failed); by hand: sudo bash test/support/build-kodi-root.sh ${RELEASE_FACTS[release].suite} ${root}` +
    reason
  );
}

export { REPOSITORY_ROOT };
