/**
 * What a person with only a remote sees of CloudSync's health, in real Kodi 20: the Status lines at
 * the top of the add-on's settings (General), current whenever the settings dialog is open, and one
 * notification when sync has not worked for a minute, one when it works again.
 *
 * Kodi's InfoLabels cannot read a settings control's value (its controls have negative ids, which
 * Control.GetLabel does not take), so the lines are read where the open dialog reads them: the
 * add-on's settings as Kodi saved them. The notification is seen as Kodi's notification window.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readAddonSetting } from "../support/addon-settings";
import { KodiInstance } from "../support/kodi";
import { answerAddonQuestions, windowActive } from "../support/kodi-dialogs";
import { Mosquitto, startMosquitto } from "../support/mosquitto";
import { waitFor } from "../support/process";
import { startXvfb, Xvfb } from "../support/xvfb";

const ADDON_ID = "service.cloudsync";
const repoRoot = resolve(__dirname, "../..");
const version = (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string }).version;
const addonZip = join(repoRoot, "dist", `${ADDON_ID}-${version}.zip`);
/** The product's promise: the user hears of a problem after a minute of it, not before. */
const PROBLEM_AFTER_MS = 60_000;
/** The status lines follow within a timer round while the dialog is open; generous for a busy machine. */
const STATUS_DEADLINE_MS = 5_000;

let xvfb: Xvfb | undefined;
let broker: Mosquitto | undefined;
let kodi: KodiInstance;
let settingsFile: string;

function statusLine(id: string): string {
  return readAddonSetting(settingsFile, id) ?? "";
}

/** The times Kodi's notification window opened during `milliseconds` (polled every 200 ms). */
async function notificationsDuring(milliseconds: number): Promise<number[]> {
  const opened: number[] = [];
  const started = Date.now();
  let shown = false;
  while (Date.now() - started < milliseconds) {
    const active = await windowActive(kodi, "notification");
    if (active && !shown) {
      opened.push(Date.now() - started);
    }
    shown = active;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return opened;
}

beforeAll(async () => {
  const workDir = mkdtempSync(join(tmpdir(), "cloudsync-tv-status-"));
  xvfb = await startXvfb();
  broker = await startMosquitto();
  kodi = await KodiInstance.start({
    name: "living-room",
    display: xvfb.display,
    workDir: join(workDir, "living-room"),
    addonZips: [addonZip],
    addonSettings: {
      [ADDON_ID]: { mqtt_broker_host: "127.0.0.1", mqtt_broker_port: String(broker.port), mqtt_use_ssl: "false", mqtt_device_id: "tv-status-a", device_name: "Living room", sync_group: `tv-status-${process.pid}` },
    },
  });
  settingsFile = join(kodi.profile, "addon_data", ADDON_ID, "settings.xml");
  await answerAddonQuestions(kodi, ["CloudSync"]);
  await kodi.enableAddon(ADDON_ID);
  await kodi.waitForLog(/\[service\.cloudsync\] caught up with the group/, 30_000);
}, 180_000);

afterAll(async () => {
  await kodi?.stop();
  await broker?.stop();
  await xvfb?.stop();
}, 60_000);

describe("the TV shows how CloudSync is doing", () => {
  test("the Status lines say connected, with this device online, when the settings dialog is opened", async () => {
    await kodi.rpc("GUI.ActivateWindow", { window: "addonsettings", parameters: [ADDON_ID] });
    await waitFor("the add-on's settings dialog", () => windowActive(kodi, "addonsettings"), 10_000);
    await waitFor("the status to say connected", () => statusLine("status_connection") === "Connected to 127.0.0.1", STATUS_DEADLINE_MS, 100);
    expect(statusLine("status_devices")).toBe("1 of 1");
    expect(statusLine("status_waiting")).toBe("0");
    expect(statusLine("status_last_sync")).toBe("Never");
  });

  test("with the dialog open, a broker that goes away shows as not connected, with the reason, within seconds", async () => {
    await broker?.stop();
    const stoppedAt = Date.now();
    await waitFor("the status to say why sync stopped", () => statusLine("status_connection").startsWith("Not connected: "), STATUS_DEADLINE_MS + 5_000, 100);
    expect(Date.now() - stoppedAt).toBeLessThan(PROBLEM_AFTER_MS);
    expect(statusLine("status_connection")).toMatch(/^Not connected: (connection lost|connection refused)/);
    await kodi.rpc("Input.Back");
    await waitFor("the settings dialog to close", async () => !(await windowActive(kodi, "addonsettings")), 10_000);
  });

  test("one notification after a minute without sync, none before, and not again while it stays so", async () => {
    const log = kodi.logText().length;
    // Started about a few seconds after the outage began: the notice is due at about one minute.
    const opened = await notificationsDuring(PROBLEM_AFTER_MS + 30_000);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toBeGreaterThan(PROBLEM_AFTER_MS - 20_000);
    const told = kodi.logText().slice(log).match(/told the user that sync stopped: .*/g) ?? [];
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/connection refused: nothing listens/);
  }, 150_000);

  test("when the broker is back: connected again, and one notification that sync works again", async () => {
    await broker?.restart();
    const log = kodi.logText().length;
    const opened = await notificationsDuring(20_000);
    expect(opened).toHaveLength(1);
    expect(kodi.logText().slice(log).match(/told the user that sync works again/g) ?? []).toHaveLength(1);
    await waitFor("the status to say connected again", () => statusLine("status_connection") === "Connected to 127.0.0.1", 70_000, 200);
  }, 120_000);

  test("the service logged no error or Python traceback", () => {
    expect(kodi.fullLogText()).not.toMatch(/Traceback| error <general>: \[service\.cloudsync\]/);
  });
});
