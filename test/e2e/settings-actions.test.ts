/**
 * The settings button "Test connection" in real Kodi 20, run the way Kodi runs it from the settings
 * dialog (RunScript of the add-on, through its python.library extension): the answer appears in a
 * dialog the user closes with OK, and the service's own connection is left alone.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createServer, AddressInfo } from "node:net";
import mqtt from "mqtt";
import { addonSettingsFile, readAddonSetting, writeAddonSetting } from "../support/addon-settings";
import { answerAddonQuestions, focusedControl, windowActive } from "../support/kodi-dialogs";
import { makeCertificates, TestCertificates } from "../support/certificates";
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
let tlsBroker: Mosquitto;
let certificates: TestCertificates;
let kodi: KodiInstance;

function settingsFile(): string {
  return addonSettingsFile(kodi.profile, ADDON_ID);
}

function okDialogShown(): Promise<boolean> {
  return windowActive(kodi, "okdialog");
}

/** Presses the button, waits for its dialog, and closes it with OK as the user would. */
async function testConnection(expected: RegExp): Promise<string> {
  const logBefore = kodi.logText().length;
  await kodi.rpc("Addons.ExecuteAddon", { addonid: ADDON_ID, params: ["test_connection"] });
  // Only this run's answer counts: earlier runs wrote lines of the same shape.
  const line = await waitFor(`kodi.log to match ${expected}`, () => expected.exec(kodi.logText().slice(logBefore))?.[0], 25_000);
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
  certificates = makeCertificates();
  tlsBroker = await startMosquitto({ tls: certificates, users: { household: "s3cret-Passw0rd" } });
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
  await tlsBroker?.stop();
  await xvfb?.stop();
}, 60_000);

describe('the "Test connection" button', () => {
  test("says it connected, in a dialog, and the service stays connected", async () => {
    await testConnection(/\[service\.cloudsync\] Test connection: connected to 127\.0\.0\.1:\d+ \(no TLS\)/);
    // Its own client id: the service's connection was not taken over.
    expect(kodi.logText()).not.toMatch(/broker connection lost/);
    expect(broker.logText()).toMatch(/as cloudsync-device-a-test /);
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
    const logBefore = kodi.logText().length;
    await kodi.rpc("Input.Right");
    await waitFor("the OK button to have the focus", async () => (await control()) === "OK", 10_000);
    await kodi.rpc("Input.Select");
    await waitFor("the settings dialog to close", async () => !(await isActive("addonsettings")), 10_000);

    // Kodi saves the add-on's settings file as the dialog closes.
    await waitFor("Kodi to save the new name in the settings file", () => readAddonSetting(settingsFile(), "device_name") === "Kitchen TV", 10_000);
    await waitFor("the service to take the new name", () => kodi.logText().slice(logBefore).includes('this device is now called "Kitchen TV" in the sync group'), 10_000);
    // The other devices see the new name at once: the retained status on the broker carries it.
    const client = await mqtt.connectAsync({ host: "127.0.0.1", port: broker.port, protocolVersion: 5, username: "household", password: "s3cret-Passw0rd", clientId: `settings-test-${process.pid}` });
    try {
      const names: string[] = [];
      client.on("message", (_topic, payload) => names.push((JSON.parse(payload.toString()) as { name: string }).name));
      await client.subscribeAsync(`cloudsync/v1/settings-${process.pid}/device/device-a/status`);
      await waitFor("the status with the new name", () => names.includes("Kitchen TV"), 10_000);
    } finally {
      await client.endAsync();
    }
    expect(kodi.logText().slice(logBefore)).not.toMatch(/broker connection lost|CloudSync .* starting/);
    // Kodi's own add-ons found disabled at start (a visualisation) are left as they are.
    await answerAddonQuestions(kodi, []);
  });

  test("says the login was refused when the password is wrong", async () => {
    writeAddonSetting(settingsFile(), "mqtt_password", "not-the-password");
    const line = await testConnection(/\[service\.cloudsync\] Test connection: could not connect to 127\.0\.0\.1:\d+ \(no TLS\): .*/);
    expect(line).toMatch(/[Bb]ad user name or password|[Nn]ot authori[sz]ed/);
    expect(kodi.logText()).not.toContain("not-the-password");
    writeAddonSetting(settingsFile(), "mqtt_password", "s3cret-Passw0rd");
  });

  test("says the certificate is not trusted for a TLS broker with its own certificate authority", async () => {
    writeAddonSetting(settingsFile(), "mqtt_broker_port", String(tlsBroker.port));
    writeAddonSetting(settingsFile(), "mqtt_use_ssl", "true");
    const line = await testConnection(/\[service\.cloudsync\] Test connection: could not connect to 127\.0\.0\.1:\d+ \(TLS\): .*/);
    expect(line).toMatch(/TLS certificate is not trusted/);
    // With the CA file picked, the same broker is trusted.
    writeAddonSetting(settingsFile(), "mqtt_ca_file", certificates.caFile);
    await testConnection(new RegExp(`\\[service\\.cloudsync\\] Test connection: connected to 127\\.0\\.0\\.1:${tlsBroker.port} \\(TLS\\)`));
  });

  test("says the host name is unknown", async () => {
    writeAddonSetting(settingsFile(), "mqtt_broker_host", "no-such-broker.invalid");
    const line = await testConnection(/\[service\.cloudsync\] Test connection: could not connect to no-such-broker\.invalid:\d+ \(TLS\): .*/);
    expect(line).toMatch(/unknown host name/);
  });

  test("says the broker does not answer when something listens but stays silent", async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((done) => silent.listen(0, "127.0.0.1", done));
    const port = (silent.address() as AddressInfo).port;
    try {
      writeAddonSetting(settingsFile(), "mqtt_broker_host", "127.0.0.1");
      writeAddonSetting(settingsFile(), "mqtt_use_ssl", "false");
      writeAddonSetting(settingsFile(), "mqtt_broker_port", String(port));
      const line = await testConnection(/\[service\.cloudsync\] Test connection: could not connect to 127\.0\.0\.1:\d+ \(no TLS\): .*/);
      expect(line).toMatch(/no answer/);
    } finally {
      silent.close();
    }
  });

  test("says exactly why not when nothing listens", async () => {
    writeAddonSetting(settingsFile(), "mqtt_broker_port", String(broker.port));
    await broker.stop();
    const line = await testConnection(/\[service\.cloudsync\] Test connection: could not connect to 127\.0\.0\.1:\d+ \(no TLS\): .*/);
    expect(line).toMatch(/nothing listens on that host and port/);
  });

  test("the settings dialog opens as the remote opens it, and Kodi accepts its definition", async () => {
    const before = kodi.logText().length;
    await kodi.rpc("GUI.ActivateWindow", { window: "addonsettings", parameters: [ADDON_ID] });
    await waitFor("the add-on's settings dialog", () => windowActive(kodi, "addonsettings"), 10_000);
    const opened = kodi.logText().slice(before).split("\n");
    // Kodi names the culprit, e.g. "error <CAddonSettings[service.cloudsync]>: ..." for a setting it cannot read.
    expect(opened.filter((line) => /\b(error|warning) </.test(line) && /[Ss]etting|service\.cloudsync/.test(line))).toEqual([]);
    await kodi.rpc("Input.Back");
    await waitFor("the settings dialog to close", async () => !(await windowActive(kodi, "addonsettings")), 10_000);
  });

  test("the password never appears in kodi.log, and nothing raised", () => {
    const log = kodi.fullLogText();
    expect(log).not.toContain("s3cret-Passw0rd");
    expect(log.split("\n").filter((line) => /Traceback \(most recent call last\)|PythonToCppException/.test(line))).toEqual([]);
  });
});
