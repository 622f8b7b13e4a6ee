/**
 * Step 3: paho-mqtt 2.1.0, fetched as a wheel by pip (never committed), checked against its
 * pinned sha256 and unpacked into the add-on's resources/lib, which service.py puts first on sys.path.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import * as path from "node:path";
import { CACHE_DIR } from "../paths";

const PAHO_VERSION = "2.1.0";
const PAHO_WHEEL = `paho_mqtt-${PAHO_VERSION}-py3-none-any.whl`;
/** The sha256 PyPI publishes for this wheel. */
const PAHO_WHEEL_SHA256 = "6db9ba9b34ed5bc6b6e3812718c7e06e2fd7444540df2455d2c51bd58808feee";

function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

function downloadWheel(directory: string): string {
  const wheel = path.join(directory, PAHO_WHEEL);
  if (existsSync(wheel)) {
    if (sha256(wheel) === PAHO_WHEEL_SHA256) {
      return wheel;
    }
    // A damaged or foreign file: pip would keep it ("already downloaded"), so it goes first.
    rmSync(wheel);
  }
  mkdirSync(directory, { recursive: true });
  try {
    execFileSync(
      "python3",
      [
        "-m",
        "pip",
        "download",
        "--no-deps",
        "--only-binary=:all:",
        `paho-mqtt==${PAHO_VERSION}`,
        "--dest",
        directory,
        "--retries",
        "1",
        "--timeout",
        "30",
        "--quiet",
      ],
      { stdio: ["ignore", "inherit", "inherit"] },
    );
  } catch (error) {
    throw new Error(
      `could not download paho-mqtt ${PAHO_VERSION} with "python3 -m pip download" (is pip installed and a package index reachable?): ${(error as Error).message}`,
      { cause: error },
    );
  }
  const actual = sha256(wheel);
  if (actual !== PAHO_WHEEL_SHA256) {
    throw new Error(`${PAHO_WHEEL} has sha256 ${actual}, expected ${PAHO_WHEEL_SHA256}: refusing to ship it`);
  }
  return wheel;
}

export function vendorPaho(addonLib: string): string {
  const wheel = downloadWheel(path.join(CACHE_DIR, "wheels"));
  // A wheel is a zip: take the package and its licence, not the dist-info metadata.
  const script = [
    "import sys, zipfile",
    "wheel, target = sys.argv[1], sys.argv[2]",
    "with zipfile.ZipFile(wheel) as archive:",
    "    for name in archive.namelist():",
    // py.typed is for type checkers, not Kodi, whose add-on rules refuse it.
    "        if name.startswith('paho/') and not name.endswith('/py.typed'):",
    "            archive.extract(name, target)",
    "        elif name.endswith('/LICENSE.txt'):",
    "            with open(target + '/paho_mqtt-" + PAHO_VERSION + ".LICENSE.txt', 'wb') as out:",
    "                out.write(archive.read(name))",
  ].join("\n");
  execFileSync("python3", ["-c", script, wheel, addonLib], { stdio: "inherit" });
  return wheel;
}
