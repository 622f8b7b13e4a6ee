/**
 * The settings button "Test connection" in real Kodi 20, run the way Kodi runs it from the settings
 * dialog (RunScript of the add-on, through its python.library extension): the answer appears in a
 * dialog the user closes with OK, and the service's own connection is left alone.
 */
import { createServer, AddressInfo } from "node:net";
import { join } from "node:path";
import mqtt from "mqtt";
import { addonSettingsFile, readAddonSetting, writeAddonSetting } from "../support/addon-settings";
import { answerAddonQuestions, closeAddonSettings, focusControl, focusedControl, okDialog, openAddonSettings, windowActive } from "../support/kodi-dialogs";
import { makeCertificates, TestCertificates } from "../support/certificates";
import { Household } from "../support/household";
import { KodiInstance } from "../support/kodi";
import { isComplaintLine } from "../support/kodi-log";
import { Mosquitto } from "../support/mosquitto";
import { ADDON_ID } from "../support/paths";
import { waitFor } from "../support/process";
import { localizedText, stringsPoFile } from "../support/strings-po";

jest.setTimeout(120_000);

/** The button gives up on a silent broker after 10 s; every other answer comes within a second or two. */
const ANSWER_DEADLINE_MS = 15_000;
/** A setting changed in Kodi's dialog is taken by the running service within the 2 s file check. */
const SETTINGS_DEADLINE_MS = 10_000;

let household: Household;
let broker: Mosquitto;
let tlsBroker: Mosquitto;
let certificates: TestCertificates;
let kodi: KodiInstance;

function settingsFile(): string {
  return addonSettingsFile(kodi.profile, ADDON_ID);
}

/** A string of the add-on as installed in this Kodi (the words Kodi shows). */
function text(id: number): string {
  return localizedText(id, stringsPoFile(join(kodi.profile, "addons", ADDON_ID)));
}

interface Answer {
  /** The line the button logged. */
  line: string;
  heading: string;
  /** What the dialog says, as Kodi shows it. */
  text: string;
}

/** The text of the last answer read, which Kodi's reused dialog may still show for a moment. */
let previousDialogText = "";

/** Presses the button, reads its dialog on Kodi's screen, and closes it with OK as the user would. */
async function testConnection(expectedLog: RegExp): Promise<Answer> {
  const logBefore = kodi.logMark();
  await kodi.rpc("Addons.ExecuteAddon", { addonid: ADDON_ID, params: ["test_connection"] });
  // Only this run's answer counts: earlier runs wrote lines of the same shape.
  const line = await kodi.waitForLog(expectedLog, ANSWER_DEADLINE_MS, logBefore);
  // Kodi reuses its OK dialog: for a frame or so after it opens, the text control can still hold
  // the previous answer. Each test here gets a different answer from the one before it.
  const dialog = await waitFor(
    "the result dialog with this run's answer",
    async () => {
      const shown = await okDialog(kodi);
      return shown !== undefined && shown.text !== previousDialogText ? shown : undefined;
    },
    5_000,
  );
  previousDialogText = dialog.text;
  await kodi.rpc("Input.Select");
  await waitFor("the result dialog to close", async () => (await okDialog(kodi)) === undefined, 5_000);
  return { line, ...dialog };
}

beforeAll(async () => {
  household = await Household.start("settings", { broker: { users: { household: "s3cret-Passw0rd" } } });
  broker = household.broker;
  certificates = makeCertificates();
  tlsBroker = await household.startBroker({ tls: certificates, users: { household: "s3cret-Passw0rd" } });
  kodi = await household.startDevice({
    name: "living-room",
    deviceId: "device-a",
    settings: { mqtt_username: "household", mqtt_password: "s3cret-Passw0rd" },
  });
}, 180_000);

afterAll(async () => {
  await household?.stop();
}, 60_000);

describe('the "Test connection" button', () => {
  test("says it connected, in a dialog, and the service stays connected", async () => {
    const logBefore = kodi.logMark();
    const brokerLogBefore = broker.logMark();
    const answer = await testConnection(/\[service\.cloudsync\] Test connection: connected to 127\.0\.0\.1:\d+ \(no TLS\)/);
    expect(answer.heading).toBe(text(32044));
    expect(answer.text).toBe(`${text(32045)} 127.0.0.1:${broker.port} (no TLS)`);
    // Its own client id: the service's connection was not taken over.
    expect(kodi.logSince(logBefore)).not.toMatch(/broker connection lost/);
    expect(broker.logText().slice(brokerLogBefore)).toMatch(/as cloudsync-device-a-test /);
    expect(broker.logText().slice(brokerLogBefore)).not.toMatch(/Client cloudsync-device-a (closed its connection|disconnected)/);
  });

  test("a value changed with the remote in Kodi's own settings dialog takes effect at once, without a restart", async () => {
    const control = (): Promise<string> => focusedControl(kodi);
    const isActive = (window: string): Promise<boolean> => windowActive(kodi, window);
    // Kodi found CloudSync unpacked in its folder and asks whether to enable it; Yes opens its settings.
    await answerAddonQuestions(kodi, ["CloudSync"]);
    if (!(await isActive("addonsettings"))) {
      await kodi.rpc("GUI.ActivateWindow", { window: "addonsettings", parameters: [ADDON_ID] });
    }
    await waitFor("the first setting of General to have the focus", async () => (await control()).startsWith("Sync with other devices"), 10_000);
    await kodi.rpc("Input.Down");
    await waitFor("Device name to have the focus", async () => (await control()) === "Device name", 10_000);
    await kodi.rpc("Input.Select");
    await waitFor("the on-screen keyboard", () => isActive("virtualkeyboard"), 10_000);
    await kodi.rpc("Input.SendText", { text: "Kitchen TV", done: true });
    await waitFor("the keyboard to close", async () => !(await isActive("virtualkeyboard")) && (await control()) === "Device name", 10_000);
    const logBefore = kodi.logMark();
    // Right moves to the list's scroll bar first when General is taller than the dialog, then to OK.
    await focusControl(kodi, "OK", "Input.Right");
    await kodi.rpc("Input.Select");
    await waitFor("the settings dialog to close", async () => !(await isActive("addonsettings")), 10_000);

    // Kodi saves the add-on's settings file as the dialog closes.
    await waitFor("Kodi to save the new name in the settings file", () => readAddonSetting(settingsFile(), "device_name") === "Kitchen TV", 10_000);
    await kodi.waitForLog(/this device is now called "Kitchen TV" in the sync group/, SETTINGS_DEADLINE_MS, logBefore);
    // The other devices see the new name at once: the retained status on the broker carries it.
    const client = await mqtt.connectAsync({
      host: "127.0.0.1",
      port: broker.port,
      protocolVersion: 5,
      username: "household",
      password: "s3cret-Passw0rd",
      clientId: `settings-test-${process.pid}`,
    });
    try {
      const names: string[] = [];
      client.on("message", (_topic, payload) => names.push((JSON.parse(payload.toString()) as { name: string }).name));
      await client.subscribeAsync(`cloudsync/v1/${household.group}/device/device-a/status`);
      await waitFor("the status with the new name", () => names.includes("Kitchen TV"), SETTINGS_DEADLINE_MS);
    } finally {
      await client.endAsync();
    }
    expect(kodi.logSince(logBefore)).not.toMatch(/broker connection lost|CloudSync .* starting/);
    // Kodi's own add-ons found disabled at start (a visualisation) are left as they are.
    await answerAddonQuestions(kodi, []);
  });

  /** The dialog's words for a failure: "Could not connect to <where>: <reason>". */
  function expectRefusal(answer: Answer, where: string, reason: RegExp): void {
    expect(answer.heading).toBe(text(32044));
    const opening = `${text(32046)} ${where}: `;
    expect(answer.text.slice(0, opening.length)).toBe(opening);
    expect(answer.text.slice(opening.length)).toMatch(reason);
    // The log line gives the same reason.
    expect(answer.line).toContain(answer.text.slice(text(32046).length + 1));
  }

  test("says the login was refused when the password is wrong", async () => {
    writeAddonSetting(settingsFile(), "mqtt_password", "not-the-password");
    const answer = await testConnection(/\[service\.cloudsync\] Test connection: could not connect to 127\.0\.0\.1:\d+ \(no TLS\): .*/);
    expectRefusal(answer, `127.0.0.1:${broker.port} (no TLS)`, /^the broker refused the connection: ([Bb]ad user name or password|[Nn]ot authori[sz]ed)$/);
    expect(kodi.logText()).not.toContain("not-the-password");
    writeAddonSetting(settingsFile(), "mqtt_password", "s3cret-Passw0rd");
  });

  test("says the certificate is not trusted for a TLS broker with its own certificate authority", async () => {
    writeAddonSetting(settingsFile(), "mqtt_broker_port", String(tlsBroker.port));
    writeAddonSetting(settingsFile(), "mqtt_use_ssl", "true");
    const answer = await testConnection(/\[service\.cloudsync\] Test connection: could not connect to 127\.0\.0\.1:\d+ \(TLS\): .*/);
    expectRefusal(answer, `127.0.0.1:${tlsBroker.port} (TLS)`, /^the broker's TLS certificate is not trusted \(.+\); set the CA file or check the host name$/);
    // The password goes only to the broker it was entered for. The service either took it as typed
    // again for the TLS broker (it changed since the service last read the file: the test before put
    // it back) or cleared it, since it was entered for the broker without TLS: then it is typed again.
    await waitFor(
      "the password to be bound to the TLS broker",
      () => {
        if ((readAddonSetting(settingsFile(), "mqtt_password") ?? "") === "") {
          writeAddonSetting(settingsFile(), "mqtt_password", "s3cret-Passw0rd");
        }
        return (readAddonSetting(settingsFile(), "mqtt_password_for") ?? "").includes(String(tlsBroker.port));
      },
      15_000,
      500,
    );
    // With the CA file picked, the same broker is trusted.
    writeAddonSetting(settingsFile(), "mqtt_ca_file", certificates.caFile);
    const trusted = await testConnection(new RegExp(`\\[service\\.cloudsync\\] Test connection: connected to 127\\.0\\.0\\.1:${tlsBroker.port} \\(TLS\\)`));
    expect(trusted.text).toBe(`${text(32045)} 127.0.0.1:${tlsBroker.port} (TLS)`);
  });

  test("says the host name is unknown", async () => {
    writeAddonSetting(settingsFile(), "mqtt_broker_host", "no-such-broker.invalid");
    const answer = await testConnection(/\[service\.cloudsync\] Test connection: could not connect to no-such-broker\.invalid:\d+ \(TLS\): .*/);
    expectRefusal(answer, `no-such-broker.invalid:${tlsBroker.port} (TLS)`, /^unknown host name$/);
  });

  test("says the broker does not answer when something listens but stays silent", async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((done) => silent.listen(0, "127.0.0.1", done));
    const port = (silent.address() as AddressInfo).port;
    try {
      writeAddonSetting(settingsFile(), "mqtt_broker_host", "127.0.0.1");
      writeAddonSetting(settingsFile(), "mqtt_use_ssl", "false");
      writeAddonSetting(settingsFile(), "mqtt_broker_port", String(port));
      const answer = await testConnection(/\[service\.cloudsync\] Test connection: could not connect to 127\.0\.0\.1:\d+ \(no TLS\): .*/);
      expectRefusal(answer, `127.0.0.1:${port} (no TLS)`, /^(no answer from the broker \(timed out\)|no answer within 10 s)$/);
    } finally {
      silent.close();
    }
  });

  test("says exactly why not when nothing listens", async () => {
    writeAddonSetting(settingsFile(), "mqtt_broker_port", String(broker.port));
    await broker.stop();
    const answer = await testConnection(/\[service\.cloudsync\] Test connection: could not connect to 127\.0\.0\.1:\d+ \(no TLS\): .*/);
    expectRefusal(answer, `127.0.0.1:${broker.port} (no TLS)`, /^connection refused: nothing listens on that host and port \(is the broker running\?\)$/);
  });

  test("says a broker host must be set first when there is none", async () => {
    writeAddonSetting(settingsFile(), "mqtt_broker_host", "");
    const answer = await testConnection(/\[service\.cloudsync\] Test connection: no broker host is set/);
    expect(answer.heading).toBe(text(32044));
    expect(answer.text).toBe(text(32047));
    writeAddonSetting(settingsFile(), "mqtt_broker_host", "127.0.0.1");
  });

  test("the settings dialog opens as the remote opens it, and Kodi accepts its definition", async () => {
    const before = kodi.logMark();
    await openAddonSettings(kodi, "CloudSync");
    const opened = kodi.logSince(before).split("\n");
    // Kodi names the culprit, e.g. "error <CAddonSettings[service.cloudsync]>: ..." for a setting it
    // cannot read. The service's own lines (it goes on syncing meanwhile) are not Kodi's complaints.
    expect(opened.filter((line) => isComplaintLine(line) && !/: \[service\.cloudsync\] /.test(line) && /[Ss]etting|service\.cloudsync/.test(line))).toEqual([]);
    await closeAddonSettings(kodi);
  });

  test("the password never appears in kodi.log, and nothing raised", () => {
    const log = kodi.fullLogText();
    expect(log).not.toContain("s3cret-Passw0rd");
    expect(log.split("\n").filter((line) => /Traceback \(most recent call last\)|PythonToCppException/.test(line))).toEqual([]);
  });
});
