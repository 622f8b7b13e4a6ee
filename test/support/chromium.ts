/** Debian's Chromium (package chromium), driven by playwright-core: the browser a user opens the set-up page in. */
import { existsSync } from "node:fs";
import { Browser, chromium } from "playwright-core";

const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/lib/chromium/chromium", "/usr/bin/chromium-browser"];

/** `extraArgs`: more command-line switches (a test's --host-resolver-rules, for instance). */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const executablePath = CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (executablePath === undefined) {
    throw new Error(`Chromium not found (looked in ${CHROMIUM_CANDIDATES.join(", ")}); install Debian's chromium package`);
  }
  // As root (CI containers) Chromium refuses to start with its sandbox on.
  const args = [...(process.getuid?.() === 0 ? ["--no-sandbox"] : []), ...extraArgs];
  return chromium.launch({ executablePath, headless: true, args });
}
