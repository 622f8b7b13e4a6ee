/**
 * What a person with only a remote sees of CloudSync's health, in real Kodi 20: the Status lines at
 * the top of the add-on's settings (General), current whenever the settings dialog is opened, and
 * one notification when sync has not worked for a minute, one when it works again.
 *
 * The dialog is opened as with the remote. It shows the settings file as it was when it opened; Kodi's
 * InfoLabels cannot read a settings control's value (those controls have negative ids, which
 * Control.GetLabel does not take), so the lines are read where the dialog reads them, at the moment
 * it opens. The notification is seen as Kodi's notification window opening.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { addonSettingsFile, readAddonSetting } from "../support/addon-settings";
import { Household } from "../support/household";
import { KodiInstance } from "../support/kodi";
import { kodiLogErrors } from "../support/kodi-log";
import { answerAddonQuestions, closeAddonSettings, focusedControl, openAddonSettings, windowActive, yesNoQuestion } from "../support/kodi-dialogs";
import { artifactsDir } from "../support/paths";
import { waitFor } from "../support/process";

const ADDON_ID = "service.cloudsync";
/** The product's promise: the user hears of a problem after a minute of it, not before. */
const PROBLEM_AFTER_MS = 60_000;
/** A new connection state is written at once; generous for a busy machine. */
const STATUS_DEADLINE_MS = 5_000;

let household: Household;
let kodi: KodiInstance;

function statusLine(id: string): string {
  return readAddonSetting(addonSettingsFile(kodi.profile, ADDON_ID), id) ?? "";
}

function statusLines(): Record<string, string> {
  return {
    connection: statusLine("status_connection"),
    lastSync: statusLine("status_last_sync"),
    devices: statusLine("status_devices"),
    waiting: statusLine("status_waiting"),
  };
}

/** Opens CloudSync's settings with the remote (Add-ons → My add-ons → Services → CloudSync → Configure); the lines it shows. */
async function openSettings(): Promise<Record<string, string>> {
  // Kodi 20 may still ask whether to enable an add-on it found (its screensaver): No, as a user would.
  if ((await yesNoQuestion(kodi)) !== undefined) {
    await kodi.rpc("Input.Back");
  }
  await openAddonSettings(kodi, "CloudSync");
  return statusLines();
}

/** A picture of the screen (ffmpeg's x11grab of the household's display), kept in test-artifacts/. */
async function screenshot(name: string): Promise<void> {
  // Kodi fades a dialog in: the picture waits for it to finish; nothing is asserted on the picture.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  execFileSync(
    "ffmpeg",
    [
      "-hide_banner",
      "-loglevel",
      "error",
      "-y",
      "-f",
      "x11grab",
      "-video_size",
      "1280x720",
      "-i",
      household.display,
      "-frames:v",
      "1",
      join(artifactsDir(), name),
    ],
    { stdio: "ignore" },
  );
}

/** The moments (ms from the start) Kodi's notification window opened during `milliseconds`, polled every 200 ms. */
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
  household = await Household.start("tv-status");
  kodi = await household.startDevice({ name: "living-room", deviceId: "tv-status-a" });
  // Kodi 20 asks at start whether to enable add-ons it found unpacked; CloudSync is enabled already.
  await answerAddonQuestions(kodi, []);
}, 180_000);

afterAll(async () => {
  await household?.stop();
}, 60_000);

describe("the TV shows how CloudSync is doing", () => {
  test("opened with the remote, the settings say connected, this device online, nothing waiting, never synced", async () => {
    await waitFor("the status line to say connected", () => statusLine("status_connection") === "Connected to 127.0.0.1", STATUS_DEADLINE_MS, 100);
    expect(await openSettings()).toEqual({ connection: "Connected to 127.0.0.1", lastSync: "Never", devices: "1 of 1", waiting: "0" });
    await screenshot("tv-status-connected.png");
    await closeAddonSettings(kodi);
  }, 30_000);

  test("a broker that goes away shows as not connected, with the reason, within seconds", async () => {
    await household.broker.stop();
    await waitFor("the status line to say why not", () => statusLine("status_connection").startsWith("Not connected: "), STATUS_DEADLINE_MS, 100);
    const shown = await openSettings();
    expect(shown.connection).toMatch(/^Not connected: (connection lost|connection refused)/);
    await screenshot("tv-status-not-connected.png");
    await closeAddonSettings(kodi);
  }, 30_000);

  test("one notification after a minute without sync, none before, and none again while it stays so", async () => {
    const since = kodi.logMark();
    // Started a few seconds after the outage began: the notification is due at about one minute.
    const opened = await notificationsDuring(PROBLEM_AFTER_MS + 30_000);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toBeGreaterThan(PROBLEM_AFTER_MS - 20_000);
    const told = kodi.logSince(since).match(/told the user that sync stopped: .*/g) ?? [];
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/connection refused: nothing listens/);
  }, 150_000);

  test("the broker back: connected again, and one notification that sync works again", async () => {
    const since = kodi.logMark();
    await household.broker.restart();
    const opened = await notificationsDuring(40_000);
    expect(opened).toHaveLength(1);
    expect(kodi.logSince(since).match(/told the user that sync works again/g) ?? []).toHaveLength(1);
    expect(statusLine("status_connection")).toBe("Connected to 127.0.0.1");
  }, 120_000);

  test("the broker going away while the settings are open, then OK: the lines are right when they are opened again", async () => {
    expect((await openSettings()).connection).toBe("Connected to 127.0.0.1");
    const since = kodi.logMark();
    await household.broker.stop();
    await kodi.waitForLog(/broker connection lost or refused/, STATUS_DEADLINE_MS, since);
    // OK: Kodi saves the dialog's own copy of the settings, the lines included.
    await waitFor("a setting to have the focus", async () => (await focusedControl(kodi)) !== "", 10_000);
    await kodi.rpc("Input.Right");
    await waitFor("the OK button to have the focus", async () => (await focusedControl(kodi)) === "OK", 10_000);
    await kodi.rpc("Input.Select");
    await waitFor("the settings dialog to close", async () => !(await windowActive(kodi, "addonsettings")), 10_000);
    await closeAddonSettings(kodi);
    await waitFor("the current line to be back", () => statusLine("status_connection").startsWith("Not connected: "), STATUS_DEADLINE_MS + 5_000, 100);
    expect((await openSettings()).connection).toMatch(/^Not connected: /);
    await closeAddonSettings(kodi);
    await household.broker.restart();
  }, 60_000);

  test("the service logged no error or Python traceback", () => {
    expect(kodi.fullLogText()).not.toMatch(/Traceback/);
    expect(kodiLogErrors(kodi.fullLogText(), "[service.cloudsync]")).toEqual([]);
  });
});
