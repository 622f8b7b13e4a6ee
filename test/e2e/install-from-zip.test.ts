/**
 * "Install from zip file" in real Kodi 20, driven as with the remote: Settings → Add-ons → Install
 * from zip file → the source holding the zip → the zip. Kodi's own installer unpacks and enables
 * it (no "enable this add-on?" question as for a hand-unpacked folder), and CloudSync runs.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { KodiInstance } from "../support/kodi";
import { answerAddonQuestions, installFromZipFile } from "../support/kodi-dialogs";
import { Mosquitto, startMosquitto } from "../support/mosquitto";
import { waitFor } from "../support/process";
import { startXvfb, Xvfb } from "../support/xvfb";

jest.setTimeout(120_000);

const SERVICE_ID = "service.cloudsync";
const REPOSITORY_ID = "repository.cloudsync";
const repoRoot = resolve(__dirname, "../..");
const version = (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string }).version;

let xvfb: Xvfb | undefined;
let broker: Mosquitto;
let kodi: KodiInstance;

beforeAll(async () => {
  const workDir = mkdtempSync(join(tmpdir(), "cloudsync-zip-install-"));
  // A "USB stick" holding the two zips, added as a source as users do in the file manager.
  const stick = join(workDir, "usb-stick");
  mkdirSync(stick);
  for (const id of [SERVICE_ID, REPOSITORY_ID]) {
    copyFileSync(join(repoRoot, "dist", `${id}-${version}.zip`), join(stick, `${id}-${version}.zip`));
  }
  xvfb = await startXvfb();
  broker = await startMosquitto();
  kodi = await KodiInstance.start({
    name: "bedroom",
    display: xvfb.display,
    workDir,
    // Settings → System → Add-ons → Unknown sources: on, as the README's first step says.
    guiSettings: { "addons.unknownsources": "true" },
    fileSources: { "USB stick": `${stick}/` },
    addonSettings: {
      [SERVICE_ID]: { mqtt_broker_host: "127.0.0.1", mqtt_broker_port: String(broker.port), mqtt_use_ssl: "false", mqtt_device_id: "device-zip", sync_group: `zip-${process.pid}` },
    },
  });
  // Kodi's own add-ons it asks about at start (a visualisation) are left off.
  await answerAddonQuestions(kodi, []);
}, 180_000);

afterAll(async () => {
  await kodi?.stop();
  await broker?.stop();
  await xvfb?.stop();
}, 60_000);

describe("Install from zip file, in real Kodi", () => {
  test("the service zip installs, enabled, and CloudSync runs and syncs", async () => {
    await installFromZipFile(kodi, "USB stick", `${SERVICE_ID}-${version}.zip`);
    const installed = await waitFor("CloudSync to be installed", () => kodi.installedAddon(SERVICE_ID), 30_000, 200);
    expect(installed.version).toBe(version);
    expect(installed.enabled).toBe(true);
    await kodi.waitForLog(new RegExp(`\\[service\\.cloudsync\\] CloudSync ${version.replaceAll(".", "\\.")} starting`), 30_000);
    await kodi.waitForLog(/\[service\.cloudsync\] caught up with the group/, 30_000);
  });

  test("the repository zip installs the same way", async () => {
    await installFromZipFile(kodi, "USB stick", `${REPOSITORY_ID}-${version}.zip`);
    const installed = await waitFor("the repository add-on to be installed", () => kodi.installedAddon(REPOSITORY_ID), 30_000, 200);
    expect(installed.version).toBe(version);
    expect(installed.enabled).toBe(true);
  });

  test("no error of ours in kodi.log", () => {
    const ours = kodi.fullLogText().split("\n").filter((line) => line.includes("[service.cloudsync]"));
    expect(ours.filter((line) => /\berror <|Traceback|PythonToCppException/.test(line))).toEqual([]);
  });
});
