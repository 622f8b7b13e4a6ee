import type { WebRequest } from "cloudsync_host/web";
import { FREE_WRONG_PINS, WRONG_PIN_BUDGET, WebAccess } from "../../src/core/web-access";
import { thisDeviceNames } from "../../src/core/web-request-checks";
import { WebSettingsView } from "../../src/core/web-settings-form";
import { escapeHtml, loginPage } from "../../src/web/login-page";
import { ForgetOutcome } from "../../src/core/group-forget";
import { FORM_TOKEN_HEADER, SESSION_COOKIE, StatusView, WebApp, WebAppContext, WebResponse } from "../../src/web/web-app";

const PIN = "123456";

const SETTINGS_VIEW: WebSettingsView = {
  brokerHost: "broker.example",
  brokerPort: 8883,
  username: "kodi",
  passwordSet: true,
  useTls: true,
  syncWatched: true,
  syncResume: true,
  syncFavorites: true,
  syncFavoriteRemovals: false,
  syncMusic: true,
  deviceName: "Living room",
  syncGroup: "home",
};

const STATUS_VIEW: StatusView = {
  connection: "connected",
  reason: "",
  broker: "broker.example:8883",
  lastSync: 1_700_000_000_000,
  outbox: 0,
  devices: [{ id: "dev-a", name: "Living room", version: "4.0.0", online: true, lastSeen: 1_700_000_000_000, thisDevice: true }],
  deviceId: "dev-a",
  version: "4.0.0",
};

/** The service as the web app sees it: fixed answers, and a record of what was saved. */
class FakeContext implements WebAppContext {
  readonly saved: Record<string, string>[] = [];
  saveProblem = "";
  clock = 1_700_000_000_000;
  readonly missingAssets = new Set<string>();
  private secrets = 0;

  settingsView(): WebSettingsView {
    return { ...SETTINGS_VIEW };
  }

  saveSettings(changes: Record<string, string>): string {
    this.saved.push(changes);
    return this.saveProblem;
  }

  status(): StatusView {
    return STATUS_VIEW;
  }

  asset(name: string): string | null {
    return this.missingAssets.has(name) ? null : "<asset " + name + ">";
  }

  readonly newPins: string[] = [];
  /** The groups the page asked to forget, and the answer the service gives. */
  readonly forgotten: string[] = [];
  forgetAnswer: ForgetOutcome = { kind: "removed", removed: 12, otherPassphrase: 0, milliseconds: 40 };

  forgetGroup(confirmedGroup: string): ForgetOutcome {
    this.forgotten.push(confirmedGroup);
    return this.forgetAnswer;
  }

  deviceNames(): string[] {
    return thisDeviceNames(["kodi-living-room"], ["192.168.1.5", "fd00::5"]);
  }

  replacePin(): string {
    const pin = `98765432${10 + this.newPins.length}`;
    this.newPins.push(pin);
    return pin;
  }

  newSecret(): string {
    this.secrets += 1;
    return `secret-${this.secrets}`;
  }

  now(): number {
    return this.clock;
  }
}

let nextRequestId = 1;

/** The page's own address, as a browser on the LAN opens it. */
const HOST = "192.168.1.5:8090";

/** A request as the shim describes it; `cookies` become the Cookie header a browser sends. */
function request(values: Partial<WebRequest> & { cookies?: Record<string, string> }): WebRequest {
  const { cookies, headers, ...rest } = values;
  const cookieHeader = Object.entries(cookies ?? {})
    .map(([name, value]) => `${name}=${value}`)
    .join("; ");
  return {
    id: nextRequestId++,
    method: "GET",
    path: "/",
    query: {},
    headers: { host: HOST, ...(cookieHeader === "" ? {} : { cookie: cookieHeader }), ...(headers ?? {}) },
    content_type: "",
    body: "",
    form: {},
    unread_body: "",
    client: "192.168.1.20",
    local_address: "192.168.1.5",
    local_port: 8090,
    ...rest,
  };
}

function bodyJson(response: WebResponse): Record<string, unknown> {
  expect(response.headers["Content-Type"]).toBe("application/json; charset=utf-8");
  return JSON.parse(response.body) as Record<string, unknown>;
}

interface Setup {
  app: WebApp;
  access: WebAccess;
  context: FakeContext;
}

function setup(): Setup {
  const access = new WebAccess();
  access.setPin(PIN);
  const context = new FakeContext();
  return { app: new WebApp(access, context), access: access, context: context };
}

function postLogin(app: WebApp, pin: string, client = "192.168.1.20"): WebResponse {
  return app.handle(
    request({ method: "POST", path: "/login", content_type: "application/x-www-form-urlencoded", body: `pin=${pin}`, form: { pin: pin }, client: client }),
  );
}

/** A logged-in browser: the session cookie and the form token its page would read. */
interface Browser extends Setup {
  sessionId: string;
  token: string;
  get(path: string): WebResponse;
  send(method: string, path: string, body: string | null, extra?: Partial<WebRequest>): WebResponse;
}

function loggedIn(): Browser {
  const base = setup();
  const login = postLogin(base.app, PIN);
  expect(login.status).toBe(303);
  const sessionId = /cloudsync_session=([^;]*)/.exec(login.headers["Set-Cookie"])![1];
  const cookies = { [SESSION_COOKIE]: sessionId };
  const token = bodyJson(base.app.handle(request({ path: "/api/session", cookies: cookies })))["token"] as string;
  return {
    ...base,
    sessionId: sessionId,
    token: token,
    get: (path) => base.app.handle(request({ path: path, cookies: cookies })),
    send: (method, path, body, extra = {}) =>
      base.app.handle(
        request({
          method: method,
          path: path,
          cookies: cookies,
          headers: { [FORM_TOKEN_HEADER]: token },
          content_type: "application/json",
          body: body,
          ...extra,
        }),
      ),
  };
}

describe("without a session", () => {
  test.each(["/", "/index.html", "/app.js", "/style.css", "/nothing", "/logout"])("%s answers 401 with the HTML login page", (path) => {
    const { app } = setup();
    const response = app.handle(request({ path: path }));
    expect(response.status).toBe(401);
    expect(response.headers["Content-Type"]).toBe("text/html; charset=utf-8");
    expect(response.headers["WWW-Authenticate"]).toBe('Cookie realm="CloudSync"');
    expect(response.body).toContain('<form method="post" action="/login">');
  });

  test.each(["/api/settings", "/api/status", "/api/session", "/api/nothing"])("%s answers 401 with JSON", (path) => {
    const { app } = setup();
    const response = app.handle(request({ path: path }));
    expect(response.status).toBe(401);
    expect(response.headers["WWW-Authenticate"]).toBe('Cookie realm="CloudSync"');
    expect(typeof bodyJson(response)["error"]).toBe("string");
  });

  test("a POST of settings without a session is refused and saves nothing", () => {
    const { app, context } = setup();
    const response = app.handle(request({ method: "POST", path: "/api/settings", content_type: "application/json", body: '{"syncWatched":false}' }));
    expect(response.status).toBe(401);
    expect(context.saved).toEqual([]);
  });

  test("an unknown or empty session cookie gets 401", () => {
    const { app } = setup();
    expect(app.handle(request({ path: "/api/settings", cookies: { [SESSION_COOKIE]: "made-up" } })).status).toBe(401);
    expect(app.handle(request({ path: "/api/settings", cookies: { [SESSION_COOKIE]: "" } })).status).toBe(401);
  });

  test("the login page for a 401 has the strict login policy and is never cached", () => {
    const { app } = setup();
    const response = app.handle(request({ path: "/" }));
    expect(response.headers["Content-Security-Policy"]).toContain("default-src 'none'");
    expect(response.headers["Content-Security-Policy"]).not.toContain("script-src");
    expect(response.headers["Cache-Control"]).toBe("no-store");
    expect(response.headers["X-Frame-Options"]).toBe("DENY");
  });
});

describe("/login", () => {
  test("GET is not allowed: 405 with Allow POST", () => {
    const { app } = setup();
    const response = app.handle(request({ path: "/login" }));
    expect(response.status).toBe(405);
    expect(response.headers["Allow"]).toBe("POST");
  });

  test("a POST without a PIN field answers 400 and asks for the PIN", () => {
    const { app } = setup();
    const response = app.handle(request({ method: "POST", path: "/login", form: {} }));
    expect(response.status).toBe(400);
    expect(response.body).toContain("Enter the PIN.");
  });

  test("a wrong PIN answers 401 with the login page saying it is not right, and no cookie", () => {
    const { app } = setup();
    const response = postLogin(app, "000000");
    expect(response.status).toBe(401);
    expect(response.headers["Content-Type"]).toBe("text/html; charset=utf-8");
    expect(response.body).toContain("not right");
    expect(response.headers["Set-Cookie"]).toBeUndefined();
  });

  test("the right PIN answers 303 to / with an HttpOnly SameSite=Strict session cookie", () => {
    const { app, access } = setup();
    const response = postLogin(app, PIN);
    expect(response.status).toBe(303);
    expect(response.headers["Location"]).toBe("/");
    const cookie = response.headers["Set-Cookie"];
    expect(cookie).toMatch(/^cloudsync_session=secret-1; /);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Strict");
    expect(cookie).toContain("Path=/");
    expect(cookie).toContain("Max-Age=43200");
    expect(access.sessionCount).toBe(1);
  });

  test("the session id and form token are two different fresh secrets", () => {
    const { app, access, context } = setup();
    postLogin(app, PIN);
    const session = access.session("secret-1", context.clock);
    expect(session).not.toBeNull();
    expect(session!.formToken).toBe("secret-2");
  });

  test(`after ${FREE_WRONG_PINS} typos an address must wait: 401 with Retry-After, then 429 without a check, even with the right PIN`, () => {
    const { app, access } = setup();
    for (let index = 0; index < FREE_WRONG_PINS; index++) {
      const typo = postLogin(app, "000000");
      expect(typo.status).toBe(401);
      expect(typo.headers["Retry-After"]).toBeUndefined();
    }
    const wrong = postLogin(app, "000000");
    expect(wrong.status).toBe(401);
    expect(wrong.headers["Retry-After"]).toBe("1");
    expect(wrong.body).toContain("Wait 1 seconds");

    const right = postLogin(app, PIN);
    expect(right.status).toBe(429);
    expect(right.headers["Retry-After"]).toBe("1");
    expect(right.body).toContain("Too many wrong PINs from this device");
    expect(right.headers["Set-Cookie"]).toBeUndefined();
    expect(access.sessionCount).toBe(0);
  });

  test("the wait ends: the right PIN opens a session a second later", () => {
    const { app, context } = setup();
    for (let index = 0; index <= FREE_WRONG_PINS; index++) {
      postLogin(app, "000000");
    }
    context.clock += 1_000;
    expect(postLogin(app, PIN).status).toBe(303);
  });

  test("another address guessing does not slow the owner: the right PIN from the owner's address opens at once", () => {
    const { app } = setup();
    for (let index = 0; index < 10; index++) {
      postLogin(app, "000000", "192.168.1.66");
    }
    expect(postLogin(app, "000000", "192.168.1.66").status).toBe(429);
    expect(postLogin(app, PIN, "192.168.1.20").status).toBe(303);
  });

  test(`a login waits for its PIN check only when it has one to check (waitsForPinCheck)`, () => {
    const { app } = setup();
    const login = (pin: string | undefined, client = "192.168.1.20", extra: Partial<WebRequest> = {}) =>
      request({ method: "POST", path: "/login", form: pin === undefined ? {} : { pin: pin }, client: client, ...extra });
    expect(app.waitsForPinCheck(login(PIN))).toBe(true);
    expect(app.waitsForPinCheck(login(undefined))).toBe(false);
    expect(app.waitsForPinCheck(request({ path: "/login" }))).toBe(false);
    expect(app.waitsForPinCheck(request({ method: "POST", path: "/api/settings", form: { pin: PIN } }))).toBe(false);
    expect(app.waitsForPinCheck(login(PIN, "192.168.1.20", { headers: { host: "evil.example:8090" } }))).toBe(false);
    for (let index = 0; index <= FREE_WRONG_PINS; index++) {
      postLogin(app, "000000", "192.168.1.66");
    }
    expect(app.waitsForPinCheck(login(PIN, "192.168.1.66"))).toBe(false);
  });

  test(`after ${WRONG_PIN_BUDGET} wrong PINs in all the PIN is replaced: sessions end, the new PIN opens, the old does not`, () => {
    const { app, access, context } = setup();
    expect(postLogin(app, PIN, "192.168.1.20").status).toBe(303);
    let last = postLogin(app, "000000", "10.0.0.0");
    for (let guess = 1; guess < WRONG_PIN_BUDGET; guess++) {
      last = postLogin(app, "000000", `10.0.${Math.floor(guess / 200)}.${guess % 200}`);
    }
    expect(context.newPins).toHaveLength(1);
    expect(last.status).toBe(401);
    expect(last.body).toContain("shown on the TV");
    expect(access.sessionCount).toBe(0);
    expect(postLogin(app, PIN, "192.168.1.20").status).toBe(401);
    expect(postLogin(app, context.newPins[0]!, "192.168.1.20").status).toBe(303);
  });
});

describe("with a session", () => {
  test("/ answers the index asset with the page policy and no caching", () => {
    const browser = loggedIn();
    const response = browser.get("/");
    expect(response.status).toBe(200);
    expect(response.body).toBe("<asset index.html>");
    expect(response.headers["Content-Type"]).toBe("text/html; charset=utf-8");
    expect(response.headers["Content-Security-Policy"]).toContain("script-src 'self'");
    expect(response.headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(response.headers["Cache-Control"]).toBe("no-store");
    expect(response.headers["X-Content-Type-Options"]).toBe("nosniff");
  });

  test.each([
    ["/index.html", "<asset index.html>", "text/html; charset=utf-8"],
    ["/app.js", "<asset app.js>", "text/javascript; charset=utf-8"],
    ["/style.css", "<asset style.css>", "text/css; charset=utf-8"],
  ])("%s answers its asset with its content type", (path, body, contentType) => {
    const response = loggedIn().get(path);
    expect(response.status).toBe(200);
    expect(response.body).toBe(body);
    expect(response.headers["Content-Type"]).toBe(contentType);
  });

  test("a missing asset answers 500 naming the file", () => {
    const browser = loggedIn();
    browser.context.missingAssets.add("app.js");
    const response = browser.get("/app.js");
    expect(response.status).toBe(500);
    expect(bodyJson(response)["error"]).toContain("app.js");
  });

  test("a POST to an asset is not allowed", () => {
    const response = loggedIn().send("POST", "/", "{}");
    expect(response.status).toBe(405);
    expect(response.headers["Allow"]).toBe("GET, HEAD");
  });

  test.each(["/constructor", "/toString", "/__proto__", "/hasOwnProperty"])("%s, a name every JavaScript object inherits, answers 404", (path) => {
    expect(loggedIn().get(path).status).toBe(404);
  });

  test("an unknown path answers 404", () => {
    const response = loggedIn().get("/nothing");
    expect(response.status).toBe(404);
    expect(bodyJson(response)["error"]).toContain("/nothing");
  });

  test("GET /api/settings answers the settings view", () => {
    const response = loggedIn().get("/api/settings");
    expect(response.status).toBe(200);
    expect(bodyJson(response)).toEqual(SETTINGS_VIEW);
  });

  test("GET /api/settings never sends a password value", () => {
    const body = bodyJson(loggedIn().get("/api/settings"));
    expect(Object.keys(body)).not.toContain("password");
    expect(body["passwordSet"]).toBe(true);
  });

  test("GET /api/status answers the status", () => {
    const response = loggedIn().get("/api/status");
    expect(response.status).toBe(200);
    expect(bodyJson(response)).toEqual(STATUS_VIEW);
  });

  test("GET /api/session answers the session's form token", () => {
    const browser = loggedIn();
    const response = browser.get("/api/session");
    expect(response.status).toBe(200);
    expect(bodyJson(response)).toEqual({ token: "secret-2" });
    expect(browser.token).toBe("secret-2");
  });

  test("DELETE /api/settings answers 405 with the allowed methods", () => {
    const browser = loggedIn();
    const response = browser.send("DELETE", "/api/settings", null);
    expect(response.status).toBe(405);
    expect(response.headers["Allow"]).toBe("GET, POST");
    expect(browser.context.saved).toEqual([]);
  });

  test("POST /api/status answers 405", () => {
    const response = loggedIn().send("POST", "/api/status", "{}");
    expect(response.status).toBe(405);
    expect(response.headers["Allow"]).toBe("GET");
  });

  test("GET /logout answers 405 and keeps the session", () => {
    const browser = loggedIn();
    expect(browser.get("/logout").status).toBe(405);
    expect(browser.get("/api/settings").status).toBe(200);
  });

  test("the session expires after 12 hours idle", () => {
    const browser = loggedIn();
    browser.context.clock += 12 * 60 * 60_000 + 1;
    expect(browser.get("/api/settings").status).toBe(401);
  });
});

describe("POST /api/settings", () => {
  test("without the form token header answers 403 and saves nothing", () => {
    const browser = loggedIn();
    const response = browser.send("POST", "/api/settings", '{"syncWatched":false}', { headers: {} });
    expect(response.status).toBe(403);
    expect(browser.context.saved).toEqual([]);
  });

  test("with a wrong form token answers 403 and saves nothing", () => {
    const browser = loggedIn();
    const response = browser.send("POST", "/api/settings", '{"syncWatched":false}', { headers: { [FORM_TOKEN_HEADER]: "secret-1" } });
    expect(response.status).toBe(403);
    expect(browser.context.saved).toEqual([]);
  });

  test("another session's form token is refused", () => {
    const browser = loggedIn();
    postLogin(browser.app, PIN); // a second session: secret-3 / secret-4
    const response = browser.send("POST", "/api/settings", '{"syncWatched":false}', { headers: { [FORM_TOKEN_HEADER]: "secret-4" } });
    expect(response.status).toBe(403);
    expect(browser.context.saved).toEqual([]);
  });

  test.each(["application/x-www-form-urlencoded", "text/plain", "multipart/form-data", ""])("with the token but content type %p answers 415", (contentType) => {
    const browser = loggedIn();
    const response = browser.send("POST", "/api/settings", '{"syncWatched":false}', { content_type: contentType });
    expect(response.status).toBe(415);
    expect(browser.context.saved).toEqual([]);
  });

  test.each([
    ["an unknown field", '{"syncWatched":false,"webPin":"000000"}'],
    ["a wrong type", '{"brokerPort":"1883"}'],
    ["a bad host", '{"brokerHost":"mqtt://broker.example"}'],
    ["not JSON", "syncWatched=false"],
    ["a JSON array", "[]"],
  ])("%s answers 400 and saves nothing", (_what, body) => {
    const browser = loggedIn();
    const response = browser.send("POST", "/api/settings", body);
    expect(response.status).toBe(400);
    expect(typeof bodyJson(response)["error"]).toBe("string");
    expect(browser.context.saved).toEqual([]);
  });

  test("a wrong type answers 400 with the field's error", () => {
    const browser = loggedIn();
    const body = bodyJson(browser.send("POST", "/api/settings", '{"brokerPort":0,"useTls":"yes"}'));
    expect(body["fields"]).toEqual({ brokerPort: "must be a whole number from 1 to 65535", useTls: "must be true or false" });
  });

  test("a body that is not UTF-8 (null) answers 400 and saves nothing", () => {
    const browser = loggedIn();
    const response = browser.send("POST", "/api/settings", null);
    expect(response.status).toBe(400);
    expect(bodyJson(response)["error"]).toContain("UTF-8");
    expect(browser.context.saved).toEqual([]);
  });

  test("a valid change answers 200 and saves it by Kodi setting id", () => {
    const browser = loggedIn();
    const response = browser.send("POST", "/api/settings", '{"syncWatched":false,"brokerPort":1883,"password":"","deviceName":"Den"}');
    expect(response.status).toBe(200);
    expect(browser.context.saved).toEqual([{ sync_watched: "false", mqtt_broker_port: "1883", device_name: "Den" }]);
    expect(bodyJson(response)).toEqual({ saved: 3, settings: SETTINGS_VIEW });
  });

  test("a new password is saved but never sent back", () => {
    const browser = loggedIn();
    const response = browser.send("POST", "/api/settings", '{"password":"n3w-s3cret"}');
    expect(response.status).toBe(200);
    expect(browser.context.saved).toEqual([{ mqtt_password: "n3w-s3cret" }]);
    expect(response.body).not.toContain("n3w-s3cret");
  });

  test("saveSettings returning a problem answers 500 with it", () => {
    const browser = loggedIn();
    browser.context.saveProblem = "Kodi refused mqtt_broker_port";
    const response = browser.send("POST", "/api/settings", '{"brokerPort":1883}');
    expect(response.status).toBe(500);
    expect(bodyJson(response)).toEqual({ error: "Kodi refused mqtt_broker_port" });
    expect(browser.context.saved).toEqual([{ mqtt_broker_port: "1883" }]);
  });
});

describe("POST /api/forget-group", () => {
  test("without a session answers 401 and forgets nothing", () => {
    const { app, context } = setup();
    const response = app.handle(request({ method: "POST", path: "/api/forget-group", content_type: "application/json", body: '{"group":"home"}' }));
    expect(response.status).toBe(401);
    expect(context.forgotten).toEqual([]);
  });

  test("without the form token, or from another site, forgets nothing", () => {
    const browser = loggedIn();
    expect(browser.send("POST", "/api/forget-group", '{"group":"home"}', { headers: {} }).status).toBe(403);
    const foreign = browser.send("POST", "/api/forget-group", '{"group":"home"}', {
      headers: { [FORM_TOKEN_HEADER]: browser.token, origin: "http://evil.example" },
    });
    expect(foreign.status).toBe(403);
    expect(browser.send("POST", "/api/forget-group", '{"group":"home"}', { content_type: "text/plain" }).status).toBe(415);
    expect(browser.context.forgotten).toEqual([]);
  });

  test("GET is not allowed", () => {
    const browser = loggedIn();
    expect(browser.get("/api/forget-group").status).toBe(405);
    expect(browser.context.forgotten).toEqual([]);
  });

  test.each([
    ["no group", "{}"],
    ["an empty group", '{"group":""}'],
    ["a group that is not text", '{"group":3}'],
    ["not JSON", "group=home"],
    ["a JSON array", '["home"]'],
  ])("%s answers 400 and forgets nothing", (_what, body) => {
    const browser = loggedIn();
    const response = browser.send("POST", "/api/forget-group", body);
    expect(response.status).toBe(400);
    expect(typeof bodyJson(response)["error"]).toBe("string");
    expect(browser.context.forgotten).toEqual([]);
  });

  test("the confirmed group goes to the service; 200 with the count it removed", () => {
    const browser = loggedIn();
    const response = browser.send("POST", "/api/forget-group", '{"group":"home"}');
    expect(response.status).toBe(200);
    expect(bodyJson(response)).toEqual({ removed: 12, group: "home", otherPassphrase: 0 });
    expect(browser.context.forgotten).toEqual(["home"]);
  });

  test("a failure answers 409 with its reason and what was removed before it", () => {
    const browser = loggedIn();
    browser.context.forgetAnswer = { kind: "failed", problem: "the broker refused 3 deletion(s): Not authorized", removed: 0 };
    const response = browser.send("POST", "/api/forget-group", '{"group":"home"}');
    expect(response.status).toBe(409);
    expect(bodyJson(response)).toEqual({ error: "the broker refused 3 deletion(s): Not authorized", removed: 0 });
  });
});

describe("POST /logout", () => {
  test("with the token closes the session and clears the cookie", () => {
    const browser = loggedIn();
    const response = browser.send("POST", "/logout", "", { content_type: "" });
    expect(response.status).toBe(200);
    expect(bodyJson(response)).toEqual({ loggedOut: true });
    expect(response.headers["Set-Cookie"]).toMatch(/^cloudsync_session=; /);
    expect(response.headers["Set-Cookie"]).toContain("Max-Age=0");
    expect(browser.access.sessionCount).toBe(0);
    expect(browser.get("/api/settings").status).toBe(401);
    expect(browser.get("/").status).toBe(401);
  });

  test("without the token answers 403 and keeps the session", () => {
    const browser = loggedIn();
    const response = browser.send("POST", "/logout", "", { headers: {} });
    expect(response.status).toBe(403);
    expect(response.headers["Set-Cookie"]).toBeUndefined();
    expect(browser.get("/api/settings").status).toBe(200);
  });
});

describe("login page", () => {
  test("escapeHtml escapes & < > \" and '", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });

  test("escapeHtml escapes & first, so nothing is escaped twice", () => {
    expect(escapeHtml("&lt;")).toBe("&amp;lt;");
    expect(escapeHtml("<")).toBe("&lt;");
  });

  test("escapeHtml leaves plain text alone", () => {
    expect(escapeHtml("Try again in 60 seconds.")).toBe("Try again in 60 seconds.");
  });

  test("the message is shown escaped", () => {
    const page = loginPage(`<script>alert("x")</script>`);
    expect(page).not.toContain("<script>");
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  test("no message, no error paragraph", () => {
    expect(loginPage("")).not.toContain('class="error"');
    expect(loginPage("Wrong")).toContain('<p class="error" role="alert">Wrong</p>');
  });

  test("the page has no script", () => {
    expect(loginPage("x")).not.toMatch(/<script/i);
  });
});

describe("Host and Origin: DNS rebinding and other sites", () => {
  test("a Host that is not this device answers 421 for every path, even a login with the right PIN, and opens nothing", () => {
    const { app, access } = setup();
    for (const host of ["evil.example:8090", "192.168.1.5:8091", "evil.example"]) {
      const login = app.handle(request({ method: "POST", path: "/login", form: { pin: PIN }, headers: { host: host } }));
      expect({ host, status: login.status, cookie: login.headers["Set-Cookie"] }).toEqual({ host, status: 421, cookie: undefined });
      expect(app.handle(request({ path: "/api/settings", headers: { host: host } })).status).toBe(421);
    }
    expect(access.sessionCount).toBe(0);
  });

  test("a request without a Host header answers 400", () => {
    const { app } = setup();
    expect(app.handle(request({ path: "/", headers: { host: "" } })).status).toBe(400);
  });

  test("this device's names and addresses are let in, each with the page's port", () => {
    const { app } = setup();
    for (const host of ["192.168.1.5:8090", "localhost:8090", "127.0.0.1:8090", "kodi-living-room.local:8090", "[fd00::5]:8090"]) {
      expect({ host, status: app.handle(request({ path: "/", headers: { host: host } })).status }).toEqual({ host, status: 401 });
    }
  });

  test("a login or a change posted with another site's Origin (or null) answers 403; the page's own Origin and none are let in", () => {
    const browser = loggedIn();
    const login = (origin: string | undefined) =>
      browser.app.handle(request({ method: "POST", path: "/login", form: { pin: PIN }, headers: origin === undefined ? {} : { origin: origin } })).status;
    expect(login("http://evil.example")).toBe(403);
    expect(login("null")).toBe(403);
    expect(login("http://192.168.1.5:8090")).toBe(303);
    expect(login(undefined)).toBe(303);
    const change = (origin: string) =>
      browser.send("POST", "/api/settings", '{"syncWatched":false}', { headers: { [FORM_TOKEN_HEADER]: browser.token, origin: origin } }).status;
    expect(change("http://evil.example")).toBe(403);
    expect(browser.context.saved).toEqual([]);
    expect(change("http://192.168.1.5:8090")).toBe(200);
    // A GET is not a change: its Origin is not checked (cookies are SameSite=Strict, and the page does not allow other sites to read).
    expect(
      browser.app.handle(request({ path: "/api/status", cookies: { [SESSION_COOKIE]: browser.sessionId }, headers: { origin: "http://evil.example" } })).status,
    ).toBe(200);
  });

  test("pages say Referrer-Policy same-origin: under no-referrer a browser would send Origin null with the page's own POSTs", () => {
    const { app } = setup();
    expect(app.handle(request({ path: "/" })).headers["Referrer-Policy"]).toBe("same-origin");
  });
});

describe("cookies from other apps on the same host", () => {
  test.each([["a[b]=1; %s"], ["%s; a[b]=1"], ['prefs={"a": [1, 2]}; %s'], ["junk; ;=; %s"], ["cloudsync_session=stale-one; %s"]])(
    "%s still finds the session",
    (pattern) => {
      const browser = loggedIn();
      const cookie = pattern.replace("%s", `${SESSION_COOKIE}=${browser.sessionId}`);
      expect(browser.app.handle(request({ path: "/api/status", headers: { cookie: cookie } })).status).toBe(200);
    },
  );
});
