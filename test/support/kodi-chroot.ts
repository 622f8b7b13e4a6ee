/**
 * Starts a Kodi that lives in a Debian system root (Kodi 19 or 21, see kodi-release.ts) so that
 * the host-side harness cannot tell it from the host's Kodi 20: the same PID to stop, the same
 * paths for its home, add-on zips, media and logs, the same display and loopback network.
 *
 * `unshare --mount` gives the Kodi a mount namespace of its own: the bind mounts it needs
 * (/proc, /dev with /dev/shm, /sys, /tmp with the X display's socket, and the harness's folders
 * at the same paths) exist only there, and vanish when its last process (Kodi) ends, however it
 * ends, SIGKILL included. So several Kodis can share one root, and nothing stays mounted on the
 * host after a test. unshare, sh and chroot each exec the next, so the PID the harness holds is
 * kodi.bin's own: killing it kills Kodi inside the chroot.
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import { KodiRelease, missingRootMessage, isRootComplete, rootOf } from "./kodi-release";

const KODI_BINARY_CANDIDATES = ["/usr/lib/x86_64-linux-gnu/kodi/kodi.bin", "/usr/lib/aarch64-linux-gnu/kodi/kodi.bin", "/usr/lib/kodi/kodi.bin"];

// Runs in the new mount namespace: $1 the root, $2 how many folders follow, then those folders,
// then the command to run inside. Mounts are made private first so none leaks to the host.
const MOUNT_AND_CHROOT = [
  "set -e",
  'root="$1"; count="$2"; shift 2',
  "mount --make-rprivate /",
  'mount -t proc proc "$root/proc"',
  'mount --rbind /dev "$root/dev"',
  'mount --rbind /sys "$root/sys"',
  'mount --rbind /tmp "$root/tmp"',
  'while [ "$count" -gt 0 ]; do mkdir -p "$root$1"; mount --rbind "$1" "$root$1"; shift; count=$((count - 1)); done',
  'exec chroot "$root" "$@"',
].join("\n");

/** The kodi.bin of `root` ("/" for the host), as a path inside that root. */
export function kodiBinaryIn(root: string): string {
  const found = KODI_BINARY_CANDIDATES.find((candidate) => existsSync(path.join(root, candidate)));
  if (found === undefined) {
    throw new Error(`kodi.bin not found in ${root} (looked in ${KODI_BINARY_CANDIDATES.join(", ")}); install Debian's kodi package`);
  }
  return found;
}

/** Folders to show inside the root at their own paths: each outside /tmp (already there), outermost only. */
function foldersToBind(folders: string[]): string[] {
  const absolute = [...new Set(folders.map((folder) => path.resolve(folder)))].filter((folder) => folder !== "/tmp" && !folder.startsWith("/tmp/"));
  return absolute.filter((folder) => !absolute.some((other) => other !== folder && folder.startsWith(other + "/"))).sort();
}

/** Host mounts under `root` (left by an interrupted build, say): none should exist, as Kodis mount only in their own namespaces. */
export function staleMountsUnder(root: string): string[] {
  return readFileSync("/proc/self/mounts", "utf8")
    .split("\n")
    .map((line) => line.split(" ")[1] ?? "")
    .map((mountPoint) => mountPoint.replace(/\\040/g, " "))
    .filter((mountPoint) => mountPoint === root || mountPoint.startsWith(root + "/"));
}

/** Unmounts whatever an earlier run left mounted under `root`, deepest first. */
export function cleanStaleMounts(root: string): void {
  for (const mountPoint of staleMountsUnder(root).sort().reverse()) {
    execFileSync("umount", ["-l", mountPoint]);
  }
}

export interface KodiCommand {
  command: string;
  args: string[];
}

/** The command that runs `kodi.bin args` of `release` with `environment`, seeing `folders` at their host paths. */
export function kodiCommand(release: KodiRelease, kodiArgs: string[], environment: Record<string, string>, folders: string[]): KodiCommand {
  const root = rootOf(release);
  if (root === undefined) {
    return { command: kodiBinaryIn("/"), args: kodiArgs };
  }
  if (!isRootComplete(release)) {
    throw new Error(missingRootMessage(release));
  }
  cleanStaleMounts(root);
  const binds = foldersToBind(folders);
  const inside = ["/usr/bin/env", "-i", ...Object.entries(environment).map(([name, value]) => `${name}=${value}`), kodiBinaryIn(root), ...kodiArgs];
  return {
    command: "unshare",
    args: ["--mount", "--propagation", "private", "/bin/sh", "-c", MOUNT_AND_CHROOT, "kodi-chroot", root, String(binds.length), ...binds, ...inside],
  };
}
