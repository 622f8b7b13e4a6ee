/**
 * Tracebacks a TypeScript developer can read, in real Kodi 20: test builds of the add-on (never
 * shipped) that call a function throwing from a known TypeScript line, once from main() and once
 * from every round of the service. The handler logs the error, then one kodi.log line per frame
 * naming the TypeScript file and line, beside the compiled Python's, from the line map the build
 * ships; an error that comes back every round is logged in full once, then summarised.
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
/** Where the call goes: in main.ts right after the line that makes the Addon; in service.ts at the top of the round. */
const MAIN_ANCHOR = "    const addon = new Addon();\n";
const ROUND_ANCHOR = "  private runRound(): void {\n    const adapters = this.adapters;\n    try {\n";

/** A test build: the source file patched, and the TypeScript line of the call it got. */
interface FailingAddon {
  folder: string;
  callLine: number;
}

let household: Household;

/**
 * The real add-on (as built) with its compiled package replaced by one compiled from src/ plus the
 * forced failure, called from `file` right after `anchor`.
 */
function buildFailingAddon(workDir: string, name: string, file: string, anchor: string): FailingAddon {
  const variant = join(workDir, name);
  const source = join(variant, "src");
  cpSync(repoPath("src"), source, { recursive: true });
  const patchedFile = join(source, file);
  const original = readFileSync(patchedFile, "utf8");
  if (!original.includes(anchor)) {
    throw new Error(`src/${file} no longer has ${JSON.stringify(anchor)}: give the test another place to call the failing function`);
  }
  const patched = `import { forcedFailure } from "./forced-failure";\n` + original.replace(anchor, `${anchor}      forcedFailure();\n`);
  const callLine = patched.split("\n").findIndex((line) => line.includes("forcedFailure();")) + 1;
  writeFileSync(patchedFile, patched);
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
  return { folder: addon, callLine };
}

/** A Kodi with the test build installed (disabled until the test enables it). */
async function startKodiWith(addon: FailingAddon, name: string): Promise<KodiInstance> {
  return household.startKodi({
    name,
    addonFolders: [addon.folder],
    addonSettings: { [ADDON_ID]: { enabled: "true", mqtt_broker_host: "127.0.0.1", mqtt_device_id: `device-${name}`, device_name: name } },
  });
}

beforeAll(async () => {
  household = await Household.start("tracebacks", { broker: false });
}, 180_000);

afterAll(async () => {
  await household?.stop();
}, 60_000);

test("the service's unexpected error is logged with each frame's TypeScript file and line", async () => {
  const addon = buildFailingAddon(household.workDir, "variant-main", "main.ts", MAIN_ANCHOR);
  const kodi = await startKodiWith(addon, "traceback");
  const mainCallLine = addon.callLine;
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

test("an error in every round is logged in full once, with its TypeScript frames, then one summary line per 10 s", async () => {
  const addon = buildFailingAddon(household.workDir, "variant-round", "service.ts", ROUND_ANCHOR);
  const kodi = await startKodiWith(addon, "round");
  const mark = kodi.logMark();
  await kodi.enableAddon(ADDON_ID);
  const full = new RegExp(`\\[service\\.cloudsync\\] unexpected error, carrying on: ${MESSAGE}$`, "gm");
  await kodi.waitForLog(full, DEVICE_START_DEADLINE_MS, mark);
  await kodi.waitForLog(
    new RegExp(`\\[service\\.cloudsync\\] {5}at _run_round \\(src/service\\.ts:${addon.callLine}\\) \\[cloudsync/service\\.py:\\d+\\]$`, "m"),
    DEVICE_START_DEADLINE_MS,
    mark,
  );
  // Two summaries: the error kept coming back (rounds run at least every 100 ms) for over 20 s.
  const summary = new RegExp(
    `\\[service\\.cloudsync\\] the same unexpected error (\\d+) more time\\(s\\) in the last (\\d+) s, carrying on: ${MESSAGE}$`,
    "gm",
  );
  const deadline = Date.now() + 60_000;
  let summaries: RegExpMatchArray[] = [];
  while (summaries.length < 2) {
    if (Date.now() > deadline) {
      throw new Error(`fewer than two summary lines within 60 s:\n${kodi.logSince(mark).slice(-3000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
    summaries = [...kodi.logSince(mark).matchAll(summary)];
  }
  const logged = kodi.logSince(mark);
  expect(logged.match(full)?.length).toBe(1);
  for (const line of summaries) {
    expect(Number(line[1])).toBeGreaterThan(10);
    expect(Number(line[2])).toBeGreaterThanOrEqual(10);
  }
  // The frames were written once: the round's frame appears in one traceback only.
  expect(logged.match(/ at _run_round \(src\/service\.ts:/g)?.length).toBe(1);
});
