/**
 * The set-up page under attack, in real Kodi 20 and Debian's Chromium (issue 15): a DNS-rebinding
 * page and a foreign Host or Origin get no session even with the right PIN; the owner gets in
 * within seconds while other addresses keep guessing; 300 slow clients add a bounded number of
 * threads to Kodi and the page still answers; a broker host or port changed without the password
 * (on the page, or in settings.xml by another tool) sends nothing to the new host, as a fake
 * broker recording CONNECT shows; other apps' malformed cookies on the same host do not stop the
 * login; a newline in a favourite's title or a web path forges no kodi.log line; after 1,000 wrong
 * PINs from 150 addresses the PIN is replaced, sessions end, and the owner gets in with the new one.
 *
 * Other addresses are loopback ones (127.0.0.2, …): every connection goes to 127.0.0.1 only.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { request as httpRequest, createServer, Server } from "node:http";
import { connect, Socket } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import mqtt from "mqtt";
import { Browser, BrowserContext, Page } from "playwright-core";
import { favouriteIdentity } from "../../src/core/favourite";
import { favouriteTopic } from "../../src/core/topics";
import { addonSettingsFile, readAddonSetting, writeAddonSetting } from "../support/addon-settings";
import { launchChromium } from "../support/chromium";
import { FakeBroker, startFakeBroker } from "../support/fake-broker";
import { KodiInstance } from "../support/kodi";
import { Mosquitto, startMosquitto } from "../support/mosquitto";
import { freePort } from "../support/ports";
import { waitFor } from "../support/process";
import { startXvfb, Xvfb } from "../support/xvfb";

jest.setTimeout(120_000);

const ADDON_ID = "service.cloudsync";
const DEVICE_ID = "device-attacked";
const PASSWORD = "c0rrect-h0rse-attacks";
const GROUP = `attacks-${process.pid}`;
const REBINDING_HOST = "rebind.attacker.test";
const repoRoot = resolve(__dirname, "../..");
const artifacts = join(repoRoot, "test-artifacts");
const version = (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string }).version;
const addonZip = join(repoRoot, "dist", `${ADDON_ID}-${version}.zip`);
/** The server's bounds (src/web/web-server-rules.ts). */
const MAX_CONNECTIONS = 16;
const REQUEST_DEADLINE_SECONDS = 10;
/** Wrong PINs in all before the PIN is replaced (src/core/web-access.ts). */
const WRONG_PIN_BUDGET = 1_000;

let xvfb: Xvfb | undefined;
let broker: Mosquitto;
let kodi: KodiInstance;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let webPort: number;
let pin: string;
/** What a user and an attacker wait for, written to test-artifacts/e2e-web-page-attacks.json. */
const figures: Record<string, number> = {};

function settingsFile(): string {
  return addonSettingsFile(kodi.profile, ADDON_ID);
}

/** A setting's value in settings.xml; "" for one Kodi wrote as its (empty) default. */
function settingValue(id: string): string {
  return readAddonSetting(settingsFile(), id) ?? "";
}

function url(path: string): string {
  return `http://127.0.0.1:${webPort}${path}`;
}

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request to the page, from `localAddress` (another loopback address: another device), with the headers given as they are. */
function send(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  localAddress?: string;
  timeoutMs?: number;
}): Promise<RawAnswer> {
  return new Promise((resolvePromise, reject) => {
    const body = options.body ?? "";
    const request = httpRequest(
      {
        host: "127.0.0.1",
        port: webPort,
        method: options.method ?? "GET",
        path: options.path,
        localAddress: options.localAddress ?? "127.0.0.1",
        agent: false,
        setHost: false,
        headers: { Host: `127.0.0.1:${webPort}`, Connection: "close", "Content-Length": String(Buffer.byteLength(body)), ...(options.headers ?? {}) },
        timeout: options.timeoutMs ?? 20_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolvePromise({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error("no answer in time")));
    request.on("error", reject);
    request.end(body);
  });
}

function loginForm(pinText: string): { method: string; path: string; headers: Record<string, string>; body: string } {
  return { method: "POST", path: "/login", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: `pin=${pinText}` };
}

/** A ten-digit PIN that is not the right one. */
function wrongPin(seed: number): string {
  const guess = String(1_000_000_000 + ((seed * 7919) % 8_999_999_999));
  return guess === pin ? "0000000000" : guess;
}

/** Threads of Kodi's process tree (kodi is a wrapper that starts kodi.bin). */
function kodiThreads(): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parents.set(Number(entry), Number(fields[1]));
    } catch {
      // gone meanwhile
    }
  }
  const tree = new Set<number>([kodi.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let threads = 0;
  for (const pid of tree) {
    try {
      threads += Number(/^Threads:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return threads;
}

async function sessionCookie(): Promise<string> {
  const session = (await context.cookies(url("/"))).find((cookie) => cookie.name === "cloudsync_session");
  if (session === undefined) {
    throw new Error("no session cookie in the browser");
  }
  return `cloudsync_session=${session.value}`;
}

async function logIn(target: Page): Promise<number> {
  await target.goto(url("/"));
  await target.fill("#pin", pin);
  const started = Date.now();
  await Promise.all([target.waitForURL(url("/")), target.click("button[type=submit]")]);
  await waitFor("the form filled in", async () => (await target.inputValue("#syncGroup")) === GROUP, 15_000, 20);
  return Date.now() - started;
}

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  const workDir = mkdtempSync(join(tmpdir(), "cloudsync-web-attacks-"));
  xvfb = await startXvfb();
  broker = await startMosquitto({ users: { household: PASSWORD } });
  webPort = await freePort();
  kodi = await KodiInstance.start({
    name: "attacked",
    display: xvfb.display,
    workDir,
    addonZips: [addonZip],
    addonSettings: {
      [ADDON_ID]: {
        mqtt_broker_host: "127.0.0.1",
        mqtt_broker_port: String(broker.port),
        mqtt_use_ssl: "false",
        mqtt_username: "household",
        // As CloudSync up to 4.0.0 saved it: no record of the broker it was entered for.
        mqtt_password: PASSWORD,
        mqtt_device_id: DEVICE_ID,
        sync_group: GROUP,
        enable_web_config: "true",
        web_config_port: String(webPort),
        // Detailed: every web request is logged, so a web path reaches kodi.log.
        log_level: "2",
      },
    },
  });
  await kodi.enableAddon(ADDON_ID);
  await kodi.waitForLog(/\[service\.cloudsync\] caught up with the group/, 30_000, kodi.runStartMark());
  await kodi.waitForLog(/\[service\.cloudsync\] set-up web page at http:\/\/[^ ]*:\d+/, 10_000, kodi.runStartMark());
  pin = await waitFor("the PIN in the settings file", () => settingValue("web_pin") || undefined, 10_000);
  // The rebinding name resolves to this device, as the attacker's DNS answers once the page is loaded.
  // Chromium's own Local/Private Network Access checks would stop the rebinding page's requests before
  // they reach Kodi; switched off here, as other browsers (and older Chromium) do not have them, so
  // the test shows that the page itself refuses.
  browser = await launchChromium([
    `--host-resolver-rules=MAP ${REBINDING_HOST} 127.0.0.1`,
    "--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights,PrivateNetworkAccessRespectPreflightResults",
  ]);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
}, 180_000);

afterAll(async () => {
  writeFileSync(join(artifacts, "e2e-web-page-attacks.json"), JSON.stringify(figures, null, 2) + "\n");
  await browser?.close();
  await kodi?.stop();
  await broker?.stop();
  await xvfb?.stop();
}, 60_000);

describe("the set-up page under attack, in real Kodi and Chromium", () => {
  test("the password entered before 4.0.1 is bound to the broker it is used with", () => {
    expect(pin).toMatch(/^\d{10}$/);
    expect(settingValue("mqtt_password")).toBe(PASSWORD);
    expect(settingValue("mqtt_password_for")).toBe(`127.0.0.1:${broker.port}:plain`);
  });

  test("a DNS-rebinding page in Chromium gets 421 and no session, even with the right PIN", async () => {
    const rebinding = await context.newPage();
    const attackerPage = `http://${REBINDING_HOST}:${webPort}/`;
    try {
      // Opened by the attacker's name, the page itself is refused.
      const direct = await rebinding.goto(attackerPage);
      expect(direct?.status()).toBe(421);
      // The attacker's page as its own server first served it (the name still resolved to the attacker then)…
      await rebinding.route(attackerPage, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>cute cats</title>" }));
      await rebinding.goto(attackerPage);
      await rebinding.unroute(attackerPage);
      // …then the name resolves to this device, and its script, same-origin with that name, posts the PIN (as if it had learnt it).
      const script = `fetch("/login", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "pin=${pin}", redirect: "manual" })
        .then(async (response) => ({ status: response.status, body: await response.text() }))`;
      const login = (await rebinding.evaluate(script)) as { status: number; body: string };
      expect(login.status).toBe(421);
      expect(login.body).not.toContain("CloudSync</h1>");
      const settings = (await rebinding.evaluate(`fetch("/api/settings").then((response) => response.status)`)) as number;
      expect(settings).toBe(421);
      expect(await context.cookies(`http://${REBINDING_HOST}:${webPort}/`)).toEqual([]);
      expect(await context.cookies(url("/"))).toEqual([]);
    } finally {
      await rebinding.close();
    }
    expect(kodi.logText()).toMatch(/web page: refused a request from 127\.0\.0\.1 for another host \(rebind\.attacker\.test:\d+\)/);
  });

  test("a foreign Host header gets 421 and no cookie; a login posted from another site's page gets 403", async () => {
    for (const host of [`evil.example:${webPort}`, `127.0.0.1:${webPort + 1}`, "evil.example"]) {
      const answer = await send({ ...loginForm(pin), headers: { ...loginForm(pin).headers, Host: host } });
      expect({ host, status: answer.status, cookie: answer.headers["set-cookie"] }).toEqual({ host, status: 421, cookie: undefined });
    }
    const crossSite = await send({ ...loginForm(pin), headers: { ...loginForm(pin).headers, Origin: "http://evil.example" } });
    expect(crossSite.status).toBe(403);
    expect(crossSite.headers["set-cookie"]).toBeUndefined();
    // The page's own origin, and a client that sends none (curl), are let in.
    const own = await send({ ...loginForm(pin), headers: { ...loginForm(pin).headers, Origin: `http://127.0.0.1:${webPort}` } });
    expect(own.status).toBe(303);
    const noOrigin = await send({ ...loginForm(pin), headers: { ...loginForm(pin).headers, Host: `localhost:${webPort}` } });
    expect(noOrigin.status).toBe(303);
  });

  test("the owner gets in within seconds while eight other addresses keep guessing; no guess gets a session", async () => {
    let attacking = true;
    const statuses: number[] = [];
    let guesses = 0;
    const attacker = async (address: string): Promise<void> => {
      while (attacking) {
        guesses += 1;
        const answer = await send({ ...loginForm(wrongPin(guesses)), localAddress: address }).catch(() => ({ status: 0, headers: {}, body: "" }));
        statuses.push(answer.status);
      }
    };
    const attackers = ["127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5", "127.0.0.6", "127.0.0.7", "127.0.0.8", "127.0.0.9"].map(attacker);
    try {
      // Each guessing address has used its free tries and now waits ever longer.
      await waitFor("the guessers to be slowed down", () => statuses.filter((status) => status === 429).length >= 16, 30_000);
      figures["ownerLoginUnderAttackMs"] = await logIn(page);
      const whileAttacked = await send({ path: "/api/status", headers: { Cookie: await sessionCookie() } });
      expect(whileAttacked.status).toBe(200);
    } finally {
      attacking = false;
      await Promise.all(attackers);
    }
    figures["guessesAnsweredDuringAttack"] = statuses.length;
    expect(figures["ownerLoginUnderAttackMs"]).toBeLessThan(5_000);
    expect(statuses.filter((status) => status === 303)).toEqual([]);
    expect(new Set(statuses)).toEqual(new Set([401, 429]));
    // Nowhere near the budget: the PIN is the same, and the owner's session stays open.
    expect(settingValue("web_pin")).toBe(pin);
    expect((await send({ path: "/api/status", headers: { Cookie: await sessionCookie() } })).status).toBe(200);
    expect(kodi.fullLogText()).not.toContain(pin);
  });

  test("other apps' cookies on the same host, a[b]=1 among them, do not stop the login or the page", async () => {
    // Another web app on this device (cookies are per host, not per port) sets its own cookies.
    const otherPort = await freePort();
    const otherApp: Server = createServer((_request, response) => {
      response.setHeader("Set-Cookie", ["a[b]=1; Path=/", 'prefs={"theme": "dark", "size": 3}; Path=/', "flag; Path=/", 'quoted="x y"; Path=/']);
      response.end("another app");
    });
    await new Promise<void>((resolveListen) => otherApp.listen(otherPort, "127.0.0.1", () => resolveListen()));
    const fresh = await browser.newContext();
    try {
      const other = await fresh.newPage();
      await other.goto(`http://127.0.0.1:${otherPort}/`);
      const names = (await fresh.cookies(url("/"))).map((cookie) => cookie.name);
      expect(names).toContain("a[b]");
      const logins: number[] = [];
      other.on("response", (response) => {
        if (response.url().endsWith("/login")) {
          logins.push(response.status());
        }
      });
      await logIn(other);
      // One login, answered once: no round of login pages.
      expect(logins).toEqual([303]);
      await other.reload();
      await waitFor("the form filled in again", async () => (await other.inputValue("#syncGroup")) === GROUP, 10_000);
      expect(logins).toEqual([303]);
    } finally {
      await fresh.close();
      await new Promise((resolveClose) => otherApp.close(resolveClose));
    }
    const cookie = await sessionCookie();
    for (const header of [`a[b]=1; ${cookie}`, `${cookie}; a[b]=1`, `prefs={"a": [1, 2]}; ${cookie}`, `junk; ;=; ${cookie}`]) {
      expect({ header, status: (await send({ path: "/api/status", headers: { Cookie: header } })).status }).toEqual({ header, status: 200 });
    }
  });

  test("a newline in a favourite's title or in a web path forges no kodi.log line", async () => {
    const forged = "2026-01-01 00:00:00.000 T:1 info <general>: [service.cloudsync] FORGED";
    const favourite = { type: "window", path: "", window: "videos", windowparameter: "videodb://movies/titles/", thumbnail: "" };
    const identity = favouriteIdentity({ title: "", ...favourite } as Parameters<typeof favouriteIdentity>[0]);
    expect(identity).not.toBeNull();
    const logBefore = kodi.logMark();
    const other = await mqtt.connectAsync({
      host: "127.0.0.1",
      port: broker.port,
      protocolVersion: 5,
      clientId: `attacks-${process.pid}`,
      username: "household",
      password: PASSWORD,
    });
    try {
      const state = { v: 1, device: "device-other", time: Date.now(), present: true, title: `Films\n${forged} title\r\u001b[2J`, ...favourite };
      await other.publishAsync(favouriteTopic(GROUP, identity!), JSON.stringify(state), { qos: 1, retain: false });
    } finally {
      await other.endAsync();
    }
    await kodi.waitForLog(/added favourite "Films\\n2026-01-01/, 20_000, logBefore);
    await send({ path: `/%0A${encodeURIComponent(forged)}%20path%0D%0A` });
    await kodi.waitForLog(/web page: GET \/\\n2026-01-01/, 10_000, logBefore);
    const lines = kodi.fullLogText().split("\n");
    expect(
      lines.filter(
        (line) => line.includes("FORGED") && !line.includes("[service.cloudsync] (detail) web page: GET") && !line.includes('added favourite "Films'),
      ),
    ).toEqual([]);
    expect(lines.filter((line) => line.startsWith("2026-01-01"))).toEqual([]);
    expect(kodi.fullLogText()).not.toContain("\u001b");
  });

  test(`300 slow clients: Kodi gains at most ${MAX_CONNECTIONS} threads plus a few, the page still answers, and each slow request ends at its ${REQUEST_DEADLINE_SECONDS} s deadline`, async () => {
    const cookie = await sessionCookie();
    const baseline = kodiThreads();
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, kodiThreads());
    }, 100);
    const sockets: { socket: Socket; connectedAt: number; answered: boolean; closedAt: number }[] = [];
    const openSlow = (address: string): void => {
      const socket = connect({ host: "127.0.0.1", port: webPort, localAddress: address });
      const slow = { socket, connectedAt: 0, answered: false, closedAt: 0 };
      sockets.push(slow);
      socket.on("connect", () => {
        slow.connectedAt = Date.now();
        socket.write(`GET /api/status HTTP/1.1\r\nHost: 127.0.0.1:${webPort}\r\n`);
      });
      socket.on("data", () => {
        slow.answered = true;
      });
      socket.on("error", () => undefined);
      socket.on("close", () => {
        slow.closedAt = Date.now();
      });
    };
    // A header line a second: never a whole request.
    const trickle = setInterval(() => {
      for (const slow of sockets) {
        if (slow.closedAt === 0 && !slow.socket.destroyed) {
          slow.socket.write("X-Slow: 1\r\n");
        }
      }
    }, 1_000);
    try {
      // From one other address: it gets its share of connections, the rest a quick 503, and the owner is not affected.
      for (let index = 0; index < 300; index++) {
        openSlow("127.0.0.20");
      }
      await waitFor(
        "every slow client held or refused",
        () => sockets.every((slow) => slow.socket.readyState !== "opening") && sockets.filter((slow) => slow.answered || slow.closedAt !== 0).length >= 300 - 8,
        20_000,
      );
      figures["slowClientsRefusedWith503"] = sockets.filter((slow) => slow.answered).length;
      const startedAt = Date.now();
      const status = await send({ path: "/api/status", headers: { Cookie: cookie }, timeoutMs: 5_000 });
      figures["pageAnswerWith300SlowClientsMs"] = Date.now() - startedAt;
      expect(status.status).toBe(200);
      await page.reload();
      await waitFor("the form filled in under the slow clients", async () => (await page.inputValue("#syncGroup")) === GROUP, 10_000);
      const held = sockets.filter((slow) => !slow.answered && slow.closedAt === 0);
      expect(held.length).toBeLessThanOrEqual(8);
      expect(held.length).toBeGreaterThan(0);
      // Each held request is cut at its deadline, though a header line comes every second.
      await waitFor("every slow connection closed by the server", () => sockets.every((slow) => slow.closedAt !== 0), (REQUEST_DEADLINE_SECONDS + 10) * 1000);
      const heldLongest = Math.max(...held.map((slow) => slow.closedAt - slow.connectedAt));
      figures["slowRequestHeldLongestMs"] = heldLongest;
      expect(heldLongest).toBeLessThan((REQUEST_DEADLINE_SECONDS + 3) * 1000);

      // From four more addresses: every connection the server allows is held; a request gets a quick 503, not a hang.
      sockets.length = 0;
      for (const address of ["127.0.0.21", "127.0.0.22", "127.0.0.23", "127.0.0.24"]) {
        for (let index = 0; index < 10; index++) {
          openSlow(address);
        }
      }
      await waitFor(
        "the server full",
        async () => (await send({ path: "/api/status", headers: { Cookie: cookie }, timeoutMs: 5_000 })).status === 503,
        8_000,
        100,
      );
      const fullAt = Date.now();
      const refused = await send({ path: "/api/status", headers: { Cookie: cookie }, timeoutMs: 5_000 });
      figures["fullServerAnswerMs"] = Date.now() - fullAt;
      expect([refused.status, refused.headers["retry-after"]]).toEqual([503, "1"]);

      // The slow requests are cut at their deadline, and the page answers again.
      await waitFor(
        "the page answering again",
        async () => (await send({ path: "/api/status", headers: { Cookie: cookie }, timeoutMs: 5_000 }).catch(() => ({ status: 0 }))).status === 200,
        (REQUEST_DEADLINE_SECONDS + 10) * 1000,
        250,
      );
      await waitFor("every slow connection closed by the server", () => sockets.every((slow) => slow.closedAt !== 0), (REQUEST_DEADLINE_SECONDS + 10) * 1000);
      figures["threadsBeforeSlowClients"] = baseline;
      figures["threadsAddedBySlowClients"] = peak - baseline;
    } finally {
      clearInterval(trickle);
      clearInterval(sampler);
      for (const slow of sockets) {
        slow.socket.destroy();
      }
    }
    expect(peak - baseline).toBeLessThanOrEqual(MAX_CONNECTIONS + 4);
  });

  test("only the broker host changed on the page: the page says the password goes, and nothing of it reaches the new host", async () => {
    // A stranger's broker at another address of this machine, on the same port.
    const stranger: FakeBroker = await startFakeBroker("127.0.0.2", broker.port);
    try {
      await page.reload();
      await waitFor("the form filled in", async () => (await page.inputValue("#brokerHost")) === "127.0.0.1", 10_000);
      expect(await page.isVisible("#password-notice")).toBe(false);
      await page.fill("#brokerHost", "127.0.0.2");
      expect(await page.isVisible("#password-notice")).toBe(true);
      await expect(page.textContent("#password-notice")).resolves.toContain("saving removes it");
      const [response] = await Promise.all([
        page.waitForResponse((candidate) => candidate.url().endsWith("/api/settings") && candidate.request().method() === "POST"),
        page.click("#save"),
      ]);
      expect(response.status()).toBe(200);
      await waitFor(
        "the page to say the password was removed",
        async () => ((await page.textContent("#form-message")) ?? "").includes("The password was removed"),
        5_000,
        50,
      );
      expect(settingValue("mqtt_broker_host")).toBe("127.0.0.2");
      expect(settingValue("mqtt_password")).toBe("");
      await waitFor("the service to connect to the new host", () => stranger.connects.length > 0 || undefined, 20_000, 50);
      // Paho sets the flag for an empty password: what counts is that no password is in it.
      expect(stranger.connects.map((connect) => connect.password ?? "")).toEqual(stranger.connects.map(() => ""));
      expect(stranger.connects.every((connect) => !connect.raw.includes(PASSWORD))).toBe(true);
    } finally {
      await stranger.stop();
    }
    // Back to the household's broker with the password typed again: bound to it, and connected.
    const logBefore = kodi.logText().length;
    await page.fill("#brokerHost", "127.0.0.1");
    await page.fill("#password", PASSWORD);
    expect(await page.isVisible("#password-notice")).toBe(false);
    await Promise.all([
      page.waitForResponse((candidate) => candidate.url().endsWith("/api/settings") && candidate.request().method() === "POST"),
      page.click("#save"),
    ]);
    await waitFor("the password saved for the household's broker", () => settingValue("mqtt_password_for") === `127.0.0.1:${broker.port}:plain`, 10_000);
    await waitFor("reconnected to the household's broker", () => /connected to the broker/.test(kodi.logText().slice(logBefore)), 20_000);
  });

  test("the broker port changed in settings.xml by another tool: the password is cleared, and nothing of it reaches the new port", async () => {
    const strangerPort = await freePort();
    const stranger = await startFakeBroker("127.0.0.1", strangerPort);
    try {
      expect(settingValue("mqtt_password")).toBe(PASSWORD);
      writeAddonSetting(settingsFile(), "mqtt_broker_port", String(strangerPort));
      await waitFor("the service to connect to the new port", () => stranger.connects.length > 0 || undefined, 20_000, 50);
      expect(stranger.connects.map((connect) => connect.password ?? "")).toEqual(stranger.connects.map(() => ""));
      expect(stranger.connects.every((connect) => !connect.raw.includes(PASSWORD))).toBe(true);
      await waitFor("the password cleared in settings.xml", () => settingValue("mqtt_password") === "", 10_000);
      expect(kodi.logText()).toMatch(new RegExp(`the broker's password was entered for another broker, and is not sent to 127\\.0\\.0\\.1:${strangerPort}`));
    } finally {
      await stranger.stop();
    }
    expect(kodi.fullLogText()).not.toContain(PASSWORD);
  });

  test(`after ${WRONG_PIN_BUDGET} wrong PINs from many addresses the PIN is replaced: sessions end, the old PIN is refused, the owner gets in with the new one`, async () => {
    const oldPin = pin;
    const cookie = await sessionCookie();
    expect((await send({ path: "/api/status", headers: { Cookie: cookie } })).status).toBe(200);
    const startedAt = Date.now();
    const startMark = kodi.logMark();
    let done = false;
    let guesses = 0;
    let toldOfNewPin = false;
    // 150 guessing addresses, each obeying Retry-After (the 429 of its growing wait, the 503 of a full server).
    const guesser = async (address: string): Promise<void> => {
      while (!done) {
        guesses += 1;
        const answer = await send({ ...loginForm(wrongPin(guesses + 7)), localAddress: address, timeoutMs: 20_000 }).catch(() => null);
        if (answer !== null && answer.body.includes("shown on the TV")) {
          toldOfNewPin = true;
        }
        const retryAfter = Number(answer?.headers["retry-after"] ?? (answer === null ? "1" : "0"));
        if (retryAfter > 0 && !done) {
          await new Promise((resolveWait) => setTimeout(resolveWait, retryAfter * 1000));
        }
      }
    };
    const guessers = Array.from({ length: 150 }, (_unused, index) => guesser(`127.0.1.${index + 1}`));
    try {
      pin = await waitFor(
        "a new PIN in the settings file",
        () => {
          const now = settingValue("web_pin");
          return now !== "" && now !== oldPin ? now : undefined;
        },
        // At most 10 checks a second make it 100 s at best; 158 s measured on 2 busy cores.
        360_000,
        200,
      );
    } finally {
      done = true;
      await Promise.all(guessers);
    }
    figures["budgetSpentAfterMs"] = Date.now() - startedAt;
    figures["guessesSentUntilNewPin"] = guesses;
    // At most 10 checks a second: the budget cannot be spent faster than this.
    expect(figures["budgetSpentAfterMs"]).toBeGreaterThanOrEqual((WRONG_PIN_BUDGET / 10) * 1000 - 2_000);
    expect(pin).toMatch(/^\d{10}$/);
    expect(toldOfNewPin).toBe(true);
    await kodi.waitForLog(/too many wrong PINs; the PIN was replaced \(shown on the TV and under Web page\) and every session closed/, 5_000, startMark);
    expect(kodi.fullLogText()).not.toContain(pin);
    // Every session ended; the old PIN opens nothing.
    expect((await send({ path: "/api/status", headers: { Cookie: cookie } })).status).toBe(401);
    expect((await send(loginForm(oldPin))).status).toBe(401);
    // The owner reads the new PIN on the TV and gets in.
    figures["ownerLoginWithNewPinMs"] = await logIn(page);
  }, 420_000);

  test("nothing raised in Kodi", () => {
    const log = kodi.fullLogText();
    expect(log.split("\n").filter((line) => /Traceback \(most recent call last\)|PythonToCppException|unexpected error/.test(line))).toEqual([]);
  });
});
