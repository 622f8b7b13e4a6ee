/** `npm run build`: src/ → Python, the add-on folder, vendored Paho, the installable zip. */
import { rmSync } from "node:fs";
import * as path from "node:path";
import { addonVersion, REPO_ROOT } from "./paths";
import { assembleAddon } from "./steps/assemble-addon";
import { compileSources } from "./steps/compile-sources";
import { vendorPaho } from "./steps/vendor-paho";
import { zipAddon } from "./steps/zip-addon";

function step<T>(title: string, run: () => T): T {
  const started = Date.now();
  const result = run();
  process.stdout.write(`${title} (${Date.now() - started} ms)\n`);
  return result;
}

function main(): void {
  const version = addonVersion();
  const compiled = step("compiled src/ to Python", compileSources);
  try {
    step(`assembled service.cloudsync/ version ${version}`, () => assembleAddon(compiled, version));
  } finally {
    rmSync(path.dirname(compiled), { recursive: true, force: true });
  }
  step("vendored paho-mqtt 2.1.0", vendorPaho);
  const zip = step("zipped the add-on", () => zipAddon(version));
  process.stdout.write(`built ${path.relative(REPO_ROOT, zip)}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`build failed: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
