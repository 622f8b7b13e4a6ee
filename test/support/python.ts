/**
 * The Pythons the tests run the add-on's Python with: 3.8 (what Kodi 19-21 embeds on Windows),
 * 3.11 (Debian 12's python3; Linux and Android Kodi 20/21) and 3.13 (Kodi 21 on Debian 13; the
 * compiler's tests move to it). Found on PATH, in pyenv's versions or the usual folders; when one
 * is missing the error says how to get it (README, "For developers", says the same).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import * as path from "node:path";

export interface PythonVersion {
  label: string;
  executable: string;
}

/** How a machine without this Python gets it: Debian 12 packages 3.11 only. */
export function howToGetPython(version: string): string {
  if (version === "3.11") {
    return "install Debian's python3 (apt-get install python3; npm test does it when run as root)";
  }
  return `Debian 12 has no Python ${version}: install it with pyenv ("pyenv install ${version}" after pyenv's build dependencies, https://github.com/pyenv/pyenv#installation) or uv ("uv python install ${version}"), so that python${version} is on PATH or in ~/.pyenv/versions`;
}

function candidates(version: string): string[] {
  const name = `python${version}`;
  const onPath = (process.env.PATH ?? "")
    .split(path.delimiter)
    .filter((directory) => directory !== "")
    .map((directory) => path.join(directory, name));
  const pyenvRoot = process.env.PYENV_ROOT ?? path.join(homedir(), ".pyenv");
  const pyenvVersions = path.join(pyenvRoot, "versions");
  const fromPyenv = existsSync(pyenvVersions)
    ? readdirSync(pyenvVersions)
        .filter((entry) => entry === version || entry.startsWith(`${version}.`))
        .sort()
        .reverse()
        .map((entry) => path.join(pyenvVersions, entry, "bin", name))
    : [];
  const uvPythons = path.join(homedir(), ".local", "share", "uv", "python");
  const fromUv = existsSync(uvPythons)
    ? readdirSync(uvPythons)
        .filter((entry) => entry.startsWith(`cpython-${version}.`))
        .map((entry) => path.join(uvPythons, entry, "bin", name))
    : [];
  // The system's own first: Debian's python3.11 sees Debian's Paho, which the vendored one must beat.
  return [`/usr/bin/${name}`, `/usr/local/bin/${name}`, ...onPath, ...fromPyenv, ...fromUv];
}

const found = new Map<string, string>();

/** A working python<version> (it runs, and is that version), or an error saying how to get one. */
export function findPython(version: string): string {
  const known = found.get(version);
  if (known !== undefined) {
    return known;
  }
  const looked = candidates(version);
  for (const candidate of looked) {
    if (!existsSync(candidate)) {
      continue;
    }
    const run = spawnSync(candidate, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"], { encoding: "utf8" });
    if (run.status === 0 && run.stdout.trim() === version) {
      found.set(version, candidate);
      return candidate;
    }
  }
  throw new Error(`no working Python ${version} found (looked for ${[...new Set(looked)].join(", ")}); ${howToGetPython(version)}`);
}

export function python38(): string {
  return findPython("3.8");
}

export function python311(): string {
  return findPython("3.11");
}

export function python313(): string {
  return findPython("3.13");
}

/** Every Python `npm test` needs, checked before it starts. */
export const REQUIRED_PYTHONS = ["3.8", "3.11", "3.13"];

/** The Pythons the add-on's code is compiled and run with in the tests. */
export function pythonVersions(): PythonVersion[] {
  return [
    { label: "3.8", executable: python38() },
    { label: "3.11", executable: python311() },
  ];
}

/** Runs a Python script and returns what it printed; throws with stderr on failure. */
export function runPython(executable: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): string {
  return execFileSync(executable, args, {
    cwd: options.cwd,
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1", ...options.env },
    input: options.input,
    encoding: "utf8",
    stdio: ["pipe", "pipe", "pipe"],
  });
}
