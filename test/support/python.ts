/** The Pythons Kodi runs the add-on with: 3.8 (Windows, Kodi 19-21) and 3.11 (Linux, Android). */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import * as path from "node:path";

const PYTHON_38_CANDIDATES = [path.join(homedir(), ".pyenv", "versions", "3.8.18", "bin", "python3.8"), "/usr/bin/python3.8", "/usr/local/bin/python3.8"];
const PYTHON_311_CANDIDATES = ["/usr/bin/python3.11", path.join(homedir(), ".pyenv", "versions", "3.11.7", "bin", "python3.11"), "/usr/local/bin/python3.11"];

function firstWorking(candidates: string[], version: string): string {
  for (const candidate of candidates) {
    if (existsSync(candidate) && spawnSync(candidate, ["-c", "import sys; print(sys.version)"]).status === 0) {
      return candidate;
    }
  }
  throw new Error(`no working Python ${version} found (looked for ${candidates.join(", ")})`);
}

export function python38(): string {
  return firstWorking(PYTHON_38_CANDIDATES, "3.8");
}

export function python311(): string {
  return firstWorking(PYTHON_311_CANDIDATES, "3.11");
}

export function pythonVersions(): { label: string; executable: string }[] {
  return [
    { label: "3.8", executable: python38() },
    { label: "3.11", executable: python311() },
  ];
}

/** Runs a Python script and returns what it printed; throws with stderr on failure. */
export function runPython(executable: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): string {
  return execFileSync(executable, args, { cwd: options.cwd, env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1", ...options.env }, input: options.input, encoding: "utf8", stdio: ["pipe", "pipe", "pipe"] });
}
