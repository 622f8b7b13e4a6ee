/**
 * The set-up web page, served by the add-on running in real Kodi 20, used in real Chromium
 * (Debian's, through playwright-core), against real Mosquitto brokers: the PIN, changing the
 * broker from the page (settings file changed, service reconnected), the status panel, refusals of
 * bad and forged requests, the password never coming back, and settings-file changes (as Kodi's
 * settings dialog writes them) taking effect without a restart: reconnecting, moving and stopping
 * the page.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import mqtt from "mqtt";
import { Browser, BrowserContext, Page } from "playwright-core";
import { favouriteTopic } from "../../src/core/topics";
import { addonSettingsFile, readAddonSetting, writeAddonSetting } from "../support/addon-settings";
import { launchChromium } from "../support/chromium";
import { Household } from "../support/household";
import { KodiInstance } from "../support/kodi";
import { Mosquitto } from "../support/mosquitto";
import { ADDON_ID, artifactsDir, writeArtifact } from "../support/paths";
import { freePort } from "../support/ports";
import { waitFor } from "../support/process";

jest.setTimeout(120_000);

const DEVICE_ID = "device-web";
const PASSWORD = "Tr0ub4dor&3-web";
/**
 * What the product promises for a settings change (the file is checked every 2 s, a reconnect
 * takes well under a second on loopback), and for a favourite to travel (read every 2 s).
 */
const SETTINGS_DEADLINE_MS = 10_000;
const SYNC_DEADLINE_MS = 10_000;

let household: Household;
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

/**
 * The settings file without the status lines (`status_connection`, `status_devices`, …): the
 * service itself rewrites those as its connection and the group change, so a request that changes
 * nothing may still see "0 of 0" become "1 of 1" between two reads (CI saw exactly that). Every
 * setting a user or a request can change stays in.
 */
function settingsAUserCanChange(): string {
  return readFileSync(settingsFile(), "utf8")
    .split("\n")
    .filter((line) => !/<setting id="status_/.test(line))
    .join("\n");
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
  household = await Household.start("web");
  firstBroker = household.broker;
  secondBroker = await household.startBroker({ users: { household: PASSWORD } });
  webPort = await freePort();
  kodi = await household.startDevice({
    name: "living-room",
    deviceId: DEVICE_ID,
    // The broker port is stored as text, as CloudSync 3.x stored it.
    settings: { enable_web_config: "true", web_config_port: String(webPort) },
  });
  await kodi.waitForLog(/\[service\.cloudsync\] set-up web page at http:\/\/[^ ]*:\d+/, 10_000, kodi.runStartMark());
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
  writeArtifact("e2e-web-page.json", figures);
  await browser?.close();
  await household?.stop();
}, 60_000);

describe("the set-up web page in real Kodi and Chromium", () => {
  test("the PIN is made up at first start, ten digits, and never written to kodi.log", () => {
    expect(pin).toMatch(/^\d{10}$/);
    expect(kodi.fullLogText()).not.toContain(pin);
  });

  test("without the PIN every request is refused with 401 and nothing changes", async () => {
    const before = settingsAUserCanChange();
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
    expect(settingsAUserCanChange()).toBe(before);
  });

  test("a wrong PIN is refused on the page", async () => {
    const wrong = pin === "0000000000" ? "1111111111" : "0000000000";
    const logBefore = kodi.logMark();
    await page.goto(url("/"));
    await expect(page.title()).resolves.toContain("PIN");
    await page.fill("#pin", wrong);
    const [response] = await Promise.all([page.waitForResponse((candidate) => candidate.url().endsWith("/login")), page.click("button[type=submit]")]);
    expect(response.status()).toBe(401);
    await expect(page.locator("p.error").textContent()).resolves.toContain("not right");
    await kodi.waitForLog(/web page: a wrong PIN was entered from 127\.0\.0\.1/, 5_000, logBefore);
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
    expect(await page.inputValue("#syncGroup")).toBe(household.group);
    await waitFor("the status panel to say connected", async () => (await page.textContent("#connection")) === "Connected to the broker", SETTINGS_DEADLINE_MS);
    await waitFor(
      "this device listed online",
      async () => ((await page.textContent(`tr[data-device="${DEVICE_ID}"]`)) ?? "").includes("online"),
      SETTINGS_DEADLINE_MS,
    );
    expect(await page.textContent("#status-outbox")).toBe("0 changes");

    // Another device of the group that went away two hours ago: listed offline, with when it was last seen.
    const other = await mqtt.connectAsync({ host: "127.0.0.1", port: firstBroker.port, protocolVersion: 5, clientId: `web-test-${process.pid}` });
    try {
      const status = { v: 1, device: "device-bedroom", name: "Bedroom", version: "4.0.0", online: false, time: Date.now() - 2 * 3600_000 };
      await other.publishAsync(`cloudsync/v1/${household.group}/device/device-bedroom/status`, JSON.stringify(status), { qos: 1, retain: true });
      await other.publishAsync(`cloudsync/v1/${household.group}/device/device-bedroom/status`, "not json", { qos: 1, retain: false });
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
    const before = settingsAUserCanChange();
    await page.fill("#brokerPort", "70000");
    await page.click("#save");
    await expect(page.textContent('.field-error[data-for="brokerPort"]')).resolves.toBe("must be a whole number from 1 to 65535");
    expect(await page.getAttribute("#brokerPort", "aria-invalid")).toBe("true");
    expect(settingsAUserCanChange()).toBe(before);
    await page.fill("#brokerPort", String(firstBroker.port));
  });

  test("changing the broker port and login on the page saves the settings file and the service reconnects to the new broker", async () => {
    const logBefore = kodi.logMark();
    const brokerLogBefore = secondBroker.logMark();
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
    // waitForResponse returns when the answer reaches the browser; the page's script shows the
    // outcome once it has read the body, and only then enables Save again (it disables it for the
    // request). Read at once, the message was once still the previous test's refusal, in a clean
    // clone's full run with its parallel load.
    await waitFor("the page to finish saving", async () => await page.isEnabled("#save"), 10_000, 20);
    await expect(page.textContent("#form-message")).resolves.toBe("Saved. CloudSync uses the new settings now.");
    // The form shows what was saved; the password field is emptied and the page only knows one is saved.
    expect(await page.inputValue("#brokerPort")).toBe(String(secondBroker.port));
    expect(await page.inputValue("#username")).toBe("household");
    expect(await page.inputValue("#password")).toBe("");
    expect(await page.getAttribute("#password", "placeholder")).toBe("•••••••• (saved)");
    expect(await page.isVisible("#clear-password-row")).toBe(true);

    await waitFor("the settings file to hold the new port", () => settingValue("mqtt_broker_port") === String(secondBroker.port), SETTINGS_DEADLINE_MS);
    expect(settingValue("mqtt_username")).toBe("household");
    expect(settingValue("mqtt_password")).toBe(PASSWORD);

    // The new broker itself sees this device's client log in.
    await secondBroker.waitForLog(/New client connected from .* as cloudsync-device-web .*u'household'/, SETTINGS_DEADLINE_MS, brokerLogBefore);
    figures["saveToConnectedToNewBrokerMs"] = Date.now() - savedAt;
    await kodi.waitForLog(/\[service\.cloudsync\] connected to the broker/, SETTINGS_DEADLINE_MS, logBefore);
    const after = kodi.logSince(logBefore);
    expect(after).toMatch(/broker settings changed: reconnecting/);
    expect(after).toMatch(new RegExp(`connecting to 127\\.0\\.0\\.1:${secondBroker.port} \\(no TLS\\)`));
    const changedLine = /settings changed from the web page: (.*)/.exec(after)?.[1] ?? "";
    expect(changedLine.split(", ").sort()).toEqual(["mqtt_broker_port", "mqtt_password", "mqtt_username"]);

    await waitFor(
      "the status panel to show the new broker",
      async () => ((await page.textContent("#status-broker")) ?? "").includes(`:${secondBroker.port}`),
      10_000,
    );
    await waitFor("the status panel to say connected", async () => (await page.textContent("#connection")) === "Connected to the broker", SETTINGS_DEADLINE_MS);
    await waitFor(
      "this device listed online in the new broker's group",
      async () => ((await page.textContent(`tr[data-device="${DEVICE_ID}"]`)) ?? "").includes("online"),
      SETTINGS_DEADLINE_MS,
    );
    await page.screenshot({ path: join(artifactsDir(), "web-page.png"), fullPage: true });
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
      await small.screenshot({ path: join(artifactsDir(), "web-page-phone.png"), fullPage: true });
    } finally {
      await phone.close();
    }
  });

  test("bad and forged requests get a clear 4xx and change nothing", async () => {
    const cookie = await sessionCookie();
    const token = await formToken(cookie);
    const before = settingsAUserCanChange();
    const post = (body: string, headers: Record<string, string>) =>
      fetch(url("/api/settings"), { method: "POST", headers: { Cookie: cookie, ...headers }, body });
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

    expect(settingsAUserCanChange()).toBe(before);
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

  test("settings written to the file as Kodi's dialog writes them take effect without a restart: the device reconnects to the other broker and syncs through it", async () => {
    const watcher = await household.watchGroup(firstBroker);
    const firstBrokerLogBefore = firstBroker.logMark();
    const secondBrokerLogBefore = secondBroker.logMark();
    const writtenAt = Date.now();
    writeSetting("mqtt_broker_port", String(firstBroker.port));
    writeSetting("mqtt_username", "");
    writeSetting("mqtt_password", "");
    // What the brokers see, not what the device says: the first one has this device's client log
    // in, the second one sees it leave.
    await firstBroker.waitForLog(/New client connected from .* as cloudsync-device-web /, SETTINGS_DEADLINE_MS, firstBrokerLogBefore);
    figures["fileWrittenToConnectedMs"] = Date.now() - writtenAt;
    await secondBroker.waitForLog(/Client cloudsync-device-web (closed its connection|disconnected)/, SETTINGS_DEADLINE_MS, secondBrokerLogBefore);
    // The device publishes its status on the broker it is connected to, and the panel reads it back.
    await waitFor(
      "this device's online status on the first broker",
      () =>
        watcher.matching(
          (message) => message.topic === `cloudsync/v1/${household.group}/device/${DEVICE_ID}/status` && message.payload.toString().includes('"online":true'),
          writtenAt,
        ).length > 0,
      SETTINGS_DEADLINE_MS,
    );
    await waitFor(
      "the status panel to show the first broker again",
      async () => ((await page.textContent("#status-broker")) ?? "").includes(`:${firstBroker.port}`),
      SETTINGS_DEADLINE_MS,
    );
    await waitFor("the status panel to say connected", async () => (await page.textContent("#connection")) === "Connected to the broker", SETTINGS_DEADLINE_MS);

    // A change then syncs through the first broker, both ways. Out: a favourite added in this Kodi.
    const addedAt = Date.now();
    await kodi.rpc("Favourites.AddFavourite", { title: "Moved Broker Film", type: "media", path: "/srv/films/Moved Broker Film.mkv" });
    const sent = await waitFor(
      "the new favourite on the first broker",
      () => watcher.matching((message) => message.topic === favouriteTopic(household.group, "media:/srv/films/Moved Broker Film.mkv"), addedAt)[0],
      SYNC_DEADLINE_MS,
    );
    expect(JSON.parse(sent.payload.toString())).toMatchObject({ device: DEVICE_ID, present: true, title: "Moved Broker Film" });
    // In: a favourite another device of the group publishes there appears in this Kodi.
    const other = {
      v: 1,
      device: "device-kitchen",
      time: Date.now(),
      present: true,
      title: "Kitchen Film",
      type: "media",
      path: "/srv/films/Kitchen Film.mkv",
      window: "",
      windowparameter: "",
      thumbnail: "",
    };
    await watcher.publish(favouriteTopic(household.group, "media:/srv/films/Kitchen Film.mkv"), JSON.stringify(other), { retain: true });
    await waitFor(
      "the kitchen's favourite in this Kodi",
      async () =>
        ((await kodi.rpc<{ favourites: { title: string }[] | null }>("Favourites.GetFavourites")).favourites ?? []).some(
          (favourite) => favourite.title === "Kitchen Film",
        ),
      SYNC_DEADLINE_MS,
    );
  });

  test("the page moves to a new port and stops when switched off, without a restart", async () => {
    const newPort = await freePort();
    const movedAt = Date.now();
    writeSetting("web_config_port", String(newPort));
    await waitFor("the page on its new port", () => answers(newPort), SETTINGS_DEADLINE_MS, 50);
    figures["portWrittenToPageMovedMs"] = Date.now() - movedAt;
    await waitFor("the old port closed", async () => !(await answers(webPort)), SETTINGS_DEADLINE_MS);
    expect((await fetch(url("/api/status", newPort))).status).toBe(401);
    // The session survives the move: the user is still logged in.
    const cookie = await sessionCookie();
    expect((await fetch(url("/api/status", newPort), { headers: { Cookie: cookie } })).status).toBe(200);

    const logBefore = kodi.logMark();
    writeSetting("enable_web_config", "false");
    await waitFor("the page to stop", async () => !(await answers(newPort)), SETTINGS_DEADLINE_MS);
    await kodi.waitForLog(/set-up web page switched off/, 5_000, logBefore);
  });

  test("nothing raised in Kodi", () => {
    const log = kodi.fullLogText();
    expect(log.split("\n").filter((line) => /Traceback \(most recent call last\)|PythonToCppException|unexpected error/.test(line))).toEqual([]);
  });
});
