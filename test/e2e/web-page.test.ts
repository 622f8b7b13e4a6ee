/**
 * The set-up web page, served by the add-on running in real Kodi 20, used in real Chromium
 * (Debian's, through playwright-core), against real Mosquitto brokers: the PIN, changing the
 * broker from the page (settings file changed, service reconnected), the status panel, refusals of
 * bad and forged requests, the password never coming back, and settings-file changes (as Kodi's
 * settings dialog writes them) taking effect without a restart: reconnecting, moving and stopping
 * the page.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import mqtt from "mqtt";
import { Browser, BrowserContext, Page } from "playwright-core";
import { addonSettingsFile, readAddonSetting, writeAddonSetting } from "../support/addon-settings";
import { launchChromium } from "../support/chromium";
import { KodiInstance } from "../support/kodi";
import { Mosquitto, startMosquitto } from "../support/mosquitto";
import { freePort } from "../support/ports";
import { waitFor } from "../support/process";
import { startXvfb, Xvfb } from "../support/xvfb";

jest.setTimeout(120_000);

const ADDON_ID = "service.cloudsync";
const DEVICE_ID = "device-web";
const PASSWORD = "Tr0ub4dor&3-web";
const repoRoot = resolve(__dirname, "../..");
const artifacts = join(repoRoot, "test-artifacts");
const version = (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string }).version;
const addonZip = join(repoRoot, "dist", `${ADDON_ID}-${version}.zip`);

let xvfb: Xvfb | undefined;
let firstBroker: Mosquitto;
let secondBroker: Mosquitto;
let kodi: KodiInstance;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let webPort: number;
let pin: string;
/** Every body the browser received, to prove the password never comes back. */
const receivedBodies: string[] = [];
/** Milliseconds of what a user waits for, written to test-artifacts/e2e-web-page.json. */
const figures: Record<string, number> = {};

function settingsFile(): string {
  return addonSettingsFile(kodi.profile, ADDON_ID);
}

function settingValue(id: string): string | null {
  return readAddonSetting(settingsFile(), id);
}

function writeSetting(id: string, value: string): void {
  writeAddonSetting(settingsFile(), id, value);
}

function url(path: string, port = webPort): string {
  return `http://127.0.0.1:${port}${path}`;
}

/** The browser's session cookie, for requests made outside the page (as a script on another site would try). */
async function sessionCookie(): Promise<string> {
  const cookies = await context.cookies(url("/"));
  const session = cookies.find((cookie) => cookie.name === "cloudsync_session");
  if (session === undefined) {
    throw new Error("no session cookie in the browser");
  }
  return `cloudsync_session=${session.value}`;
}

async function formToken(cookie: string): Promise<string> {
  const response = await fetch(url("/api/session"), { headers: { Cookie: cookie } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

async function answers(port: number): Promise<boolean> {
  try {
    await fetch(url("/", port), { signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  const workDir = mkdtempSync(join(tmpdir(), "cloudsync-web-"));
  xvfb = await startXvfb();
  firstBroker = await startMosquitto();
  secondBroker = await startMosquitto({ users: { household: PASSWORD } });
  webPort = await freePort();
  kodi = await KodiInstance.start({
    name: "living-room",
    display: xvfb.display,
    workDir,
    addonZips: [addonZip],
    addonSettings: {
      [ADDON_ID]: {
        mqtt_broker_host: "127.0.0.1",
        // As CloudSync 3.x stored it: a port as text.
        mqtt_broker_port: String(firstBroker.port),
        mqtt_use_ssl: "false",
        mqtt_device_id: DEVICE_ID,
        sync_group: `web-${process.pid}`,
        enable_web_config: "true",
        web_config_port: String(webPort),
      },
    },
  });
  await kodi.enableAddon(ADDON_ID);
  await kodi.waitForLog(/\[service\.cloudsync\] caught up with the group/, 30_000);
  await kodi.waitForLog(/\[service\.cloudsync\] set-up web page at http:\/\/[^ ]*:\d+/, 10_000);
  pin = await waitFor("the PIN in the settings file", () => settingValue("web_pin") || undefined, 10_000);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on("response", (response) => {
    response.text().then(
      (text) => receivedBodies.push(text),
      () => undefined,
    );
  });
}, 180_000);

afterAll(async () => {
  writeFileSync(join(artifacts, "e2e-web-page.json"), JSON.stringify(figures, null, 2) + "\n");
  await browser?.close();
  await kodi?.stop();
  await firstBroker?.stop();
  await secondBroker?.stop();
  await xvfb?.stop();
}, 60_000);

describe("the set-up web page in real Kodi and Chromium", () => {
  test("the PIN is made up at first start, ten digits, and never written to kodi.log", () => {
    expect(pin).toMatch(/^\d{10}$/);
    expect(kodi.fullLogText()).not.toContain(pin);
  });

  test("without the PIN every request is refused with 401 and nothing changes", async () => {
    const before = readFileSync(settingsFile(), "utf8");
    for (const path of ["/", "/index.html", "/app.js", "/style.css", "/api/settings", "/api/status", "/api/session", "/no-such-page"]) {
      const response = await fetch(url(path));
      expect({ path, status: response.status }).toEqual({ path, status: 401 });
    }
    const forged = await fetch(url("/api/settings"), {
      method: "POST",
      headers: { "Content-Type": "application/json", Cookie: "cloudsync_session=guessed" },
      body: JSON.stringify({ brokerPort: 1 }),
    });
    expect(forged.status).toBe(401);
    expect(readFileSync(settingsFile(), "utf8")).toBe(before);
  });

  test("a wrong PIN is refused on the page", async () => {
    const wrong = pin === "0000000000" ? "1111111111" : "0000000000";
    await page.goto(url("/"));
    await expect(page.title()).resolves.toContain("PIN");
    await page.fill("#pin", wrong);
    const [response] = await Promise.all([page.waitForResponse((candidate) => candidate.url().endsWith("/login")), page.click("button[type=submit]")]);
    expect(response.status()).toBe(401);
    await expect(page.locator("p.error").textContent()).resolves.toContain("not right");
    expect(kodi.logText()).toMatch(/web page: a wrong PIN was entered from 127\.0\.0\.1/);
  });

  test("with the PIN: the form shows the settings and the status panel shows the connection and this device", async () => {
    await page.fill("#pin", pin);
    const loginAt = Date.now();
    await Promise.all([page.waitForURL(url("/")), page.click("button[type=submit]")]);
    await page.waitForSelector("#brokerPort");
    await waitFor("the form filled in", async () => (await page.inputValue("#brokerPort")) === String(firstBroker.port), 10_000, 20);
    figures["pinToFilledFormMs"] = Date.now() - loginAt;
    expect(await page.inputValue("#brokerHost")).toBe("127.0.0.1");
    expect(await page.isChecked("#useTls")).toBe(false);
    expect(await page.inputValue("#syncGroup")).toBe(`web-${process.pid}`);
    await waitFor("the status panel to say connected", async () => (await page.textContent("#connection")) === "Connected to the broker", 15_000);
    await waitFor("this device listed online", async () => ((await page.textContent(`tr[data-device="${DEVICE_ID}"]`)) ?? "").includes("online"), 15_000);
    expect(await page.textContent("#status-outbox")).toBe("0 changes");

    // Another device of the group that went away two hours ago: listed offline, with when it was last seen.
    const other = await mqtt.connectAsync({ host: "127.0.0.1", port: firstBroker.port, protocolVersion: 5, clientId: `web-test-${process.pid}` });
    try {
      const status = { v: 1, device: "device-bedroom", name: "Bedroom", version: "4.0.0", online: false, time: Date.now() - 2 * 3600_000 };
      await other.publishAsync(`cloudsync/v1/web-${process.pid}/device/device-bedroom/status`, JSON.stringify(status), { qos: 1, retain: true });
      await other.publishAsync(`cloudsync/v1/web-${process.pid}/device/device-bedroom/status`, "not json", { qos: 1, retain: false });
    } finally {
      await other.endAsync();
    }
    await waitFor("the other device listed", async () => ((await page.textContent('tr[data-device="device-bedroom"]')) ?? "") !== "", 10_000);
    const cells = await page.locator('tr[data-device="device-bedroom"] td').allTextContents();
    expect(cells[0]).toBe("Bedroom");
    expect(cells[1]).toBe("offline");
    expect(cells[2]).not.toBe("now");
    expect(cells[2]).not.toBe("never");
    // Online devices first.
    expect(await page.locator("#devices tbody tr").first().getAttribute("data-device")).toBe(DEVICE_ID);
  });

  test("the form refuses a port out of range and says why, without sending it", async () => {
    const before = readFileSync(settingsFile(), "utf8");
    await page.fill("#brokerPort", "70000");
    await page.click("#save");
    await expect(page.textContent('.field-error[data-for="brokerPort"]')).resolves.toBe("must be a whole number from 1 to 65535");
    expect(await page.getAttribute("#brokerPort", "aria-invalid")).toBe("true");
    expect(readFileSync(settingsFile(), "utf8")).toBe(before);
    await page.fill("#brokerPort", String(firstBroker.port));
  });

  test("changing the broker port and login on the page saves the settings file and the service reconnects to the new broker", async () => {
    const logBefore = kodi.logText().length;
    await page.fill("#brokerPort", String(secondBroker.port));
    await page.fill("#username", "household");
    await page.fill("#password", PASSWORD);
    const savedAt = Date.now();
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.url().endsWith("/api/settings") && candidate.request().method() === "POST"),
      page.click("#save"),
    ]);
    expect(response.status()).toBe(200);
    figures["saveAnsweredMs"] = Date.now() - savedAt;
    await expect(page.textContent("#form-message")).resolves.toBe("Saved. CloudSync uses the new settings now.");
    // The form shows what was saved; the password field is emptied and the page only knows one is saved.
    expect(await page.inputValue("#brokerPort")).toBe(String(secondBroker.port));
    expect(await page.inputValue("#username")).toBe("household");
    expect(await page.inputValue("#password")).toBe("");
    expect(await page.getAttribute("#password", "placeholder")).toBe("•••••••• (saved)");
    expect(await page.isVisible("#clear-password-row")).toBe(true);

    await waitFor("the settings file to hold the new port", () => settingValue("mqtt_broker_port") === String(secondBroker.port), 10_000);
    expect(settingValue("mqtt_username")).toBe("household");
    expect(settingValue("mqtt_password")).toBe(PASSWORD);

    await waitFor("the service to connect to the second broker", () => /New client connected from .* as cloudsync-device-web /.test(secondBroker.logText()), 20_000, 20);
    figures["saveToConnectedToNewBrokerMs"] = Date.now() - savedAt;
    const after = () => kodi.logText().slice(logBefore);
    await waitFor("kodi.log to say it reconnected", () => /broker settings changed: reconnecting[\s\S]*connected to the broker/.test(after()), 20_000);
    expect(after()).toMatch(new RegExp(`connecting to 127\\.0\\.0\\.1:${secondBroker.port} \\(no TLS\\)`));
    const changedLine = /settings changed from the web page: (.*)/.exec(after())?.[1] ?? "";
    expect(changedLine.split(", ").sort()).toEqual(["mqtt_broker_port", "mqtt_password", "mqtt_username"]);

    await waitFor("the status panel to show the new broker", async () => ((await page.textContent("#status-broker")) ?? "").includes(`:${secondBroker.port}`), 10_000);
    await waitFor("the status panel to say connected", async () => (await page.textContent("#connection")) === "Connected to the broker", 15_000);
    await waitFor("this device listed online in the new broker's group", async () => ((await page.textContent(`tr[data-device="${DEVICE_ID}"]`)) ?? "").includes("online"), 15_000);
    await page.screenshot({ path: join(artifacts, "web-page.png"), fullPage: true });
  });

  test("on a phone-sized screen the page fits its width, status above the form", async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      await phone.addCookies(await context.cookies(url("/")));
      const small = await phone.newPage();
      await small.goto(url("/"));
      await waitFor("the form filled in", async () => (await small.inputValue("#brokerPort")) !== "", 10_000);
      // A string, evaluated in the page: the tests are compiled without the DOM's types.
      const widths = (await small.evaluate("({ page: document.documentElement.scrollWidth, screen: window.innerWidth })")) as { page: number; screen: number };
      expect(widths.page).toBeLessThanOrEqual(widths.screen);
      const status = await small.locator("#status-panel").boundingBox();
      const form = await small.locator("#settings").boundingBox();
      expect(status !== null && form !== null && status.y + status.height <= form.y).toBe(true);
      await small.screenshot({ path: join(artifacts, "web-page-phone.png"), fullPage: true });
    } finally {
      await phone.close();
    }
  });

  test("bad and forged requests get a clear 4xx and change nothing", async () => {
    const cookie = await sessionCookie();
    const token = await formToken(cookie);
    const before = readFileSync(settingsFile(), "utf8");
    const post = (body: string, headers: Record<string, string>) => fetch(url("/api/settings"), { method: "POST", headers: { Cookie: cookie, ...headers }, body });
    const json = { "Content-Type": "application/json", "X-CloudSync-Token": token };

    const noToken = await post(JSON.stringify({ brokerPort: 1883 }), { "Content-Type": "application/json" });
    expect(noToken.status).toBe(403);
    const crossSiteForm = await post("brokerPort=1883", { "Content-Type": "application/x-www-form-urlencoded", "X-CloudSync-Token": token });
    expect(crossSiteForm.status).toBe(415);
    const notJson = await post("{brokerPort: 1883", json);
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: string }).error).toBe("The request is not JSON.");
    const unknown = await post(JSON.stringify({ brokerPort: 1883, isAdmin: true }), json);
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: string }).error).toContain("isAdmin");
    const wrongTypes = await post(JSON.stringify({ brokerPort: "1883", useTls: "yes", brokerHost: "mqtt://example.com" }), json);
    expect(wrongTypes.status).toBe(400);
    const problems = (await wrongTypes.json()) as { fields: Record<string, string> };
    expect(Object.keys(problems.fields).sort()).toEqual(["brokerHost", "brokerPort", "useTls"]);
    const huge = await post(JSON.stringify({ deviceName: "x".repeat(200_000) }), json);
    expect(huge.status).toBe(413);
    const wrongMethod = await fetch(url("/api/settings"), { method: "DELETE", headers: { Cookie: cookie, "X-CloudSync-Token": token } });
    expect(wrongMethod.status).toBe(405);

    expect(readFileSync(settingsFile(), "utf8")).toBe(before);
    // The service is still there and still answers.
    expect((await fetch(url("/api/status"), { headers: { Cookie: cookie } })).status).toBe(200);
  });

  test("the password never comes back from the page and never reaches kodi.log", async () => {
    const cookie = await sessionCookie();
    const settings = await (await fetch(url("/api/settings"), { headers: { Cookie: cookie } })).text();
    expect(settings).toContain('"passwordSet":true');
    receivedBodies.push(settings);
    await page.reload();
    await waitFor("the form filled in again", async () => (await page.inputValue("#brokerPort")) === String(secondBroker.port), 10_000);
    expect(await page.inputValue("#password")).toBe("");
    expect(receivedBodies.length).toBeGreaterThan(10);
    expect(receivedBodies.filter((body) => body.includes(PASSWORD))).toEqual([]);
    expect(kodi.fullLogText()).not.toContain(PASSWORD);
  });

  test("settings written to the file as Kodi's dialog writes them take effect without a restart", async () => {
    const logBefore = kodi.logText().length;
    const writtenAt = Date.now();
    writeSetting("mqtt_broker_port", String(firstBroker.port));
    writeSetting("mqtt_username", "");
    writeSetting("mqtt_password", "");
    await waitFor("the service to reconnect to the first broker", () => new RegExp(`connecting to 127\\.0\\.0\\.1:${firstBroker.port} `).test(kodi.logText().slice(logBefore)), 15_000, 20);
    figures["fileWrittenToReconnectingMs"] = Date.now() - writtenAt;
    await kodi.waitForLog(/\[service\.cloudsync\] caught up with the group/, 20_000);
    await waitFor("the status panel to show the first broker again", async () => ((await page.textContent("#status-broker")) ?? "").includes(`:${firstBroker.port}`), 10_000);
  });

  test("the page moves to a new port and stops when switched off, without a restart", async () => {
    const newPort = await freePort();
    const movedAt = Date.now();
    writeSetting("web_config_port", String(newPort));
    await waitFor("the page on its new port", () => answers(newPort), 15_000, 50);
    figures["portWrittenToPageMovedMs"] = Date.now() - movedAt;
    await waitFor("the old port closed", async () => !(await answers(webPort)), 15_000);
    expect((await fetch(url("/api/status", newPort))).status).toBe(401);
    // The session survives the move: the user is still logged in.
    const cookie = await sessionCookie();
    expect((await fetch(url("/api/status", newPort), { headers: { Cookie: cookie } })).status).toBe(200);

    writeSetting("enable_web_config", "false");
    await waitFor("the page to stop", async () => !(await answers(newPort)), 15_000);
    expect(kodi.logText()).toMatch(/set-up web page switched off/);
  });

  test("nothing raised in Kodi", () => {
    const log = kodi.fullLogText();
    expect(log.split("\n").filter((line) => /Traceback \(most recent call last\)|PythonToCppException|unexpected error/.test(line))).toEqual([]);
  });
});
