/**
 * Tracebacks a TypeScript developer can read, in real Kodi 20: a test build of the add-on (never
 * shipped) whose main() calls a function that throws from a known TypeScript line. The service's
 * top-level handler logs the error, then one kodi.log line per frame naming the TypeScript file and
 * line, beside the compiled Python's, from the line map the build ships.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compileProject, formatDiagnostic } from "../../transpiler/src/index";
import { DEVICE_START_DEADLINE_MS, Household } from "../support/household";
import { KodiInstance } from "../support/kodi";
import { ADDON_ID, repoPath } from "../support/paths";

jest.setTimeout(120_000);

const MESSAGE = "forced by the traceback test";
/** The test build's one new module: the throw is on line 4. */
const FORCED_FAILURE = [
  "/** Test build only: fails the service's start from a known line. */",
  "export function forcedFailure(): void {",
  "  // The next line is line 4.",
  `  throw new Error("${MESSAGE}");`,
  "}",
  "",
].join("\n");
const THROW_LINE = 4;
/** Where main.ts gets the call: right after the line that makes the Addon. */
const CALL_ANCHOR = "    const addon = new Addon();\n";

let household: Household;
let kodi: KodiInstance;
let mainCallLine: number;

/** The real add-on (as built) with its compiled package replaced by one compiled from src/ plus the forced failure. */
function buildFailingAddon(workDir: string): string {
  const variant = join(workDir, "variant");
  const source = join(variant, "src");
  cpSync(repoPath("src"), source, { recursive: true });
  const mainFile = join(source, "main.ts");
  const main = readFileSync(mainFile, "utf8");
  if (!main.includes(CALL_ANCHOR)) {
    throw new Error(`src/main.ts no longer has ${JSON.stringify(CALL_ANCHOR)}: give the test another place to call the failing function`);
  }
  const patched = `import { forcedFailure } from "./forced-failure";\n` + main.replace(CALL_ANCHOR, CALL_ANCHOR + "    forcedFailure();\n");
  mainCallLine = patched.split("\n").findIndex((line) => line.includes("forcedFailure();")) + 1;
  writeFileSync(mainFile, patched);
  writeFileSync(join(source, "forced-failure.ts"), FORCED_FAILURE);
  const compiled = join(variant, "compiled");
  const result = compileProject({ tsConfigFilePath: join(source, "tsconfig.json"), outDir: compiled });
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.category === "error");
  if (errors.length > 0) {
    throw new Error(`the test build did not compile:\n${errors.map((diagnostic) => formatDiagnostic(diagnostic)).join("\n")}`);
  }
  const addon = join(variant, "addons", ADDON_ID);
  mkdirSync(join(variant, "addons"));
  cpSync(repoPath(ADDON_ID), addon, { recursive: true });
  const library = join(addon, "resources", "lib", "cloudsync");
  rmSync(library, { recursive: true, force: true });
  cpSync(compiled, library, { recursive: true });
  return addon;
}

beforeAll(async () => {
  household = await Household.start("tracebacks", { broker: false });
  const addon = buildFailingAddon(household.workDir);
  kodi = await household.startKodi({
    name: "traceback",
    addonFolders: [addon],
    addonSettings: { [ADDON_ID]: { enabled: "true", mqtt_broker_host: "127.0.0.1", mqtt_device_id: "device-traceback", device_name: "traceback" } },
  });
}, 180_000);

afterAll(async () => {
  await household?.stop();
}, 60_000);

test("the service's unexpected error is logged with each frame's TypeScript file and line", async () => {
  const mark = kodi.logMark();
  await kodi.enableAddon(ADDON_ID);
  await kodi.waitForLog(new RegExp(`\\[service\\.cloudsync\\] CloudSync stopped by an unexpected error: ${MESSAGE}$`, "m"), DEVICE_START_DEADLINE_MS, mark);
  // The innermost frame: the throw, in the TypeScript file that holds it, beside the compiled Python.
  await kodi.waitForLog(
    new RegExp(`\\[service\\.cloudsync\\] {5}at forced_failure \\(src/forced-failure\\.ts:${THROW_LINE}\\) \\[cloudsync/forced_failure\\.py:\\d+\\]$`, "m"),
    DEVICE_START_DEADLINE_MS,
    mark,
  );
  // The frame that called it: main() in src/main.ts, on the line the test build added.
  await kodi.waitForLog(
    new RegExp(`\\[service\\.cloudsync\\] {5}at main \\(src/main\\.ts:${mainCallLine}\\) \\[cloudsync/main\\.py:\\d+\\]$`, "m"),
    DEVICE_START_DEADLINE_MS,
    mark,
  );
});
