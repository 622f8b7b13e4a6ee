/**
 * The settings button "Test connection" in real Kodi 20, run the way Kodi runs it from the settings
 * dialog (RunScript of the add-on, through its python.library extension): the answer appears in a
 * dialog the user closes with OK, and the service's own connection is left alone.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { KodiInstance } from "../support/kodi";
import { Mosquitto, startMosquitto } from "../support/mosquitto";
import { waitFor } from "../support/process";
import { startXvfb, Xvfb } from "../support/xvfb";

jest.setTimeout(120_000);

const ADDON_ID = "service.cloudsync";
const repoRoot = resolve(__dirname, "../..");
const version = (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string }).version;
const addonZip = join(repoRoot, "dist", `${ADDON_ID}-${version}.zip`);

let xvfb: Xvfb | undefined;
let broker: Mosquitto;
let kodi: KodiInstance;

async function okDialogShown(): Promise<boolean> {
  const flags = await kodi.rpc<Record<string, boolean>>("XBMC.GetInfoBooleans", { booleans: ["Window.IsActive(okdialog)"] });
  return flags["Window.IsActive(okdialog)"] === true;
}

/** Presses the button, waits for its dialog, and closes it with OK as the user would. */
async function testConnection(expected: RegExp): Promise<string> {
  await kodi.rpc("Addons.ExecuteAddon", { addonid: ADDON_ID, params: ["test_connection"] });
  const line = await kodi.waitForLog(expected, 20_000);
  await waitFor("the result dialog", okDialogShown, 10_000);
  await kodi.rpc("Input.Select");
  await waitFor("the result dialog to close", async () => !(await okDialogShown()), 10_000);
  return line;
}

beforeAll(async () => {
  const workDir = mkdtempSync(join(tmpdir(), "cloudsync-settings-"));
  readFileSync(addonZip);
  xvfb = await startXvfb();
  broker = await startMosquitto({ users: { household: "s3cret-Passw0rd" } });
  kodi = await KodiInstance.start({
    name: "living-room",
    display: xvfb.display,
    workDir,
    addonZips: [addonZip],
    addonSettings: {
      [ADDON_ID]: {
        enabled: "true",
        mqtt_broker_host: "127.0.0.1",
        mqtt_broker_port: String(broker.port),
        mqtt_use_ssl: "false",
        mqtt_username: "household",
        mqtt_password: "s3cret-Passw0rd",
        mqtt_device_id: "device-a",
        sync_group: `settings-${process.pid}`,
      },
    },
  });
  await kodi.enableAddon(ADDON_ID);
  await kodi.waitForLog(/\[service\.cloudsync\] caught up with the group/, 30_000);
}, 180_000);

afterAll(async () => {
  await kodi?.stop();
  await broker?.stop();
  await xvfb?.stop();
}, 60_000);

describe('the "Test connection" button', () => {
  test("says it connected, in a dialog, and the service stays connected", async () => {
    await testConnection(/\[service\.cloudsync\] Test connection: connected to 127\.0\.0\.1:\d+ \(no TLS\)/);
    // Its own client id: the service's connection was not taken over.
    expect(kodi.logText()).not.toMatch(/broker connection lost/);
    expect(broker.logText()).toMatch(/as cloudsync-device-a-test /);
  });

  test("says exactly why not when nothing listens", async () => {
    await broker.stop();
    const line = await testConnection(/\[service\.cloudsync\] Test connection: could not connect to 127\.0\.0\.1:\d+ \(no TLS\): /);
    expect(line).toMatch(/nothing listens on that host and port/);
  });

  test("the settings dialog opens as the remote opens it, and Kodi accepts its definition", async () => {
    const before = kodi.logText().length;
    await kodi.rpc("GUI.ActivateWindow", { window: "addonsettings", parameters: [ADDON_ID] });
    await waitFor("the add-on's settings dialog", async () => {
      const flags = await kodi.rpc<Record<string, boolean>>("XBMC.GetInfoBooleans", { booleans: ["Window.IsActive(addonsettings)"] });
      return flags["Window.IsActive(addonsettings)"] === true;
    }, 10_000);
    const opened = kodi.logText().slice(before).split("\n");
    // Kodi names the culprit, e.g. "error <CAddonSettings[service.cloudsync]>: ..." for a setting it cannot read.
    expect(opened.filter((line) => /\b(error|warning) </.test(line) && /[Ss]etting|service\.cloudsync/.test(line))).toEqual([]);
    await kodi.rpc("Input.Back");
    await waitFor("the settings dialog to close", async () => {
      const flags = await kodi.rpc<Record<string, boolean>>("XBMC.GetInfoBooleans", { booleans: ["Window.IsActive(addonsettings)"] });
      return flags["Window.IsActive(addonsettings)"] === false;
    }, 10_000);
  });

  test("the password never appears in kodi.log, and nothing raised", () => {
    const log = kodi.fullLogText();
    expect(log).not.toContain("s3cret-Passw0rd");
    expect(log.split("\n").filter((line) => /Traceback \(most recent call last\)|PythonToCppException/.test(line))).toEqual([]);
  });
});
