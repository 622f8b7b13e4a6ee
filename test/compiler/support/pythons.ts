/**
 * The Pythons compiled code is checked on against Node: 3.8 (Windows, Kodi 19-21), 3.11 (Linux,
 * Android) and 3.13 (Kodi 22, current distributions). Each must be there: a missing one fails the
 * suite loudly instead of quietly testing fewer versions.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import * as path from "node:path";
import { python311, python38 } from "../../support/python";

const PYTHON_313_CANDIDATES = ["/usr/bin/python3.13", path.join(homedir(), ".pyenv", "versions", "3.13.0", "bin", "python3.13"), "/usr/local/bin/python3.13"];

export function python313(): string {
  for (const candidate of PYTHON_313_CANDIDATES) {
    if (existsSync(candidate) && spawnSync(candidate, ["-c", "import sys; assert sys.version_info[:2] == (3, 13)"]).status === 0) {
      return candidate;
    }
  }
  throw new Error(`no working Python 3.13 found (looked for ${PYTHON_313_CANDIDATES.join(", ")}): the compiler's differential tests need 3.8, 3.11 and 3.13`);
}

export function compilerPythons(): { label: string; executable: string }[] {
  return [
    { label: "3.8", executable: python38() },
    { label: "3.11", executable: python311() },
    { label: "3.13", executable: python313() },
  ];
}
