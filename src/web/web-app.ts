/**
 * The web page's answers to every request: the PIN check, the page and its files, and the JSON API
 * it uses (settings, status). Nothing here touches Kodi or the network; the service hands it the
 * request and a context to read and save through, and sends back what it returns.
 *
 * Rules: a request whose Host header is not this device gets 421 and nothing else (a DNS-rebinding
 * page in the owner's browser says its own name there), and one that changes something with an
 * Origin other than this page gets 403; without an open session every request gets 401; a request
 * that changes something also needs the session's form token in a header and a JSON body, so a
 * form on another site cannot do it; bad input gets a 4xx that says why and changes nothing; the
 * password is never sent back. Logins are checked one at a time (PinCheckQueue); core/web-access.ts
 * decides who waits, and when the PIN is replaced.
 */

import { WebRequest } from "cloudsync_host/web";
import { ForgetOutcome, parseForgetRequest } from "../core/group-forget";
import { WebAccess, WebSession, sameSecret } from "../core/web-access";
import { cookieValues, hostIsThisDevice, originIsThisPage } from "../core/web-request-checks";
import { SettingsChange, WebSettingsView, parseSettingsChange } from "../core/web-settings-form";
import { loginPage } from "./login-page";

export const SESSION_COOKIE = "cloudsync_session";
export const FORM_TOKEN_HEADER = "x-cloudsync-token";
/** The largest body the page ever needs (a settings change is well under 2 KB). */
export const MAX_BODY_BYTES = 16_384;

export interface WebResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface DeviceView {
  id: string;
  name: string;
  version: string;
  online: boolean;
  lastSeen: number;
  thisDevice: boolean;
}

export interface StatusView {
  /** "connected", "connecting", "disconnected" or "off". */
  connection: string;
  /** Why, in words (the broker's refusal, "no broker host set", …). */
  reason: string;
  broker: string;
  /** Milliseconds since the epoch of the last state sent or applied; 0 for never. */
  lastSync: number;
  outbox: number;
  devices: DeviceView[];
  deviceId: string;
  version: string;
  /** "N messages from devices with another passphrase", or "" when there were none. */
  otherPassphrase?: string;
}

/** What the web page needs from the service. */
export interface WebAppContext {
  settingsView(): WebSettingsView;
  /** Saves setting id → value; "" when saved, else why not. */
  saveSettings(changes: Record<string, string>): string;
  status(): StatusView;
  /** A file of the page (resources/web/<name>), or null. */
  asset(name: string): string | null;
  /** Unguessable text for a session id or form token. */
  newSecret(): string;
  /** The names and addresses this device answers to (core/web-request-checks.ts thisDeviceNames). */
  deviceNames(): string[];
  /** Forget this group's data on the broker, for the group the user confirmed (the service checks it is still the group). */
  forgetGroup(confirmedGroup: string): ForgetOutcome;
  /** Makes up a new PIN, saves it (shown in the Web page settings) and shows it on the TV; returns it. */
  replacePin(): string;
  now(): number;
}

interface Asset {
  file: string;
  contentType: string;
}

// Maps, not object literals: a path such as "constructor" must not find an inherited member.
const ASSETS: Map<string, Asset> = new Map([
  ["/", { file: "index.html", contentType: "text/html; charset=utf-8" }],
  ["/index.html", { file: "index.html", contentType: "text/html; charset=utf-8" }],
  ["/app.js", { file: "app.js", contentType: "text/javascript; charset=utf-8" }],
  ["/style.css", { file: "style.css", contentType: "text/css; charset=utf-8" }],
]);

const API_ROUTES: Map<string, string[]> = new Map([
  ["/api/session", ["GET"]],
  ["/api/settings", ["GET", "POST"]],
  ["/api/status", ["GET"]],
  ["/api/forget-group", ["POST"]],
  ["/logout", ["POST"]],
]);

const PAGE_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
const LOGIN_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

function baseHeaders(contentType: string, policy: string): Record<string, string> {
  return {
    "Content-Type": contentType,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    // Not no-referrer: under it a browser sends "Origin: null" even with the page's own POSTs, and
    // the Origin check would refuse them; same-origin sends nothing to other sites either.
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": policy,
  };
}

export function jsonResponse(status: number, value: object): WebResponse {
  return { status: status, headers: baseHeaders("application/json; charset=utf-8", PAGE_POLICY), body: JSON.stringify(value) };
}

function errorResponse(status: number, message: string): WebResponse {
  return jsonResponse(status, { error: message });
}

function loginResponse(status: number, message: string): WebResponse {
  return { status: status, headers: baseHeaders("text/html; charset=utf-8", LOGIN_POLICY), body: loginPage(message) };
}

function plainResponse(status: number, text: string): WebResponse {
  return { status: status, headers: baseHeaders("text/plain; charset=utf-8", LOGIN_POLICY), body: text };
}

function waitResponse(seconds: number): WebResponse {
  const refusal = loginResponse(429, `Too many wrong PINs from this device. Try again in ${seconds} seconds.`);
  refusal.headers["Retry-After"] = String(seconds);
  return refusal;
}

function sessionCookie(value: string, maxAgeSeconds: number): string {
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}`;
}

export class WebApp {
  constructor(
    private readonly access: WebAccess,
    private readonly context: WebAppContext,
  ) {}

  handle(request: WebRequest): WebResponse {
    const now = this.context.now();
    const refused = this.refusedBeforeSession(request);
    if (refused !== null) {
      return refused;
    }
    if (request.path === "/login") {
      return this.beforePinCheck(request, now) ?? this.checkPin(request, now);
    }
    const session = this.sessionOf(request, now);
    if (session === null) {
      if (request.path.startsWith("/api/")) {
        const refusal = errorResponse(401, "Enter the PIN shown in the add-on's settings in Kodi first.");
        refusal.headers["WWW-Authenticate"] = 'Cookie realm="CloudSync"';
        return refusal;
      }
      const page = loginResponse(401, "");
      page.headers["WWW-Authenticate"] = 'Cookie realm="CloudSync"';
      return page;
    }
    const asset = ASSETS.get(request.path);
    if (asset !== undefined) {
      return this.handleAsset(request, asset);
    }
    const methods = API_ROUTES.get(request.path);
    if (methods === undefined) {
      return errorResponse(404, `Nothing at ${request.path}.`);
    }
    if (!methods.includes(request.method)) {
      const refusal = errorResponse(405, `${request.method} is not allowed on ${request.path}.`);
      refusal.headers["Allow"] = methods.join(", ");
      return refusal;
    }
    if (request.method !== "GET") {
      const forged = this.checkStateChangingRequest(request, session);
      if (forged !== null) {
        return forged;
      }
    }
    if (request.path === "/api/session") {
      return jsonResponse(200, { token: session.formToken });
    }
    if (request.path === "/api/status") {
      return jsonResponse(200, this.context.status());
    }
    if (request.path === "/logout") {
      this.access.logout(session.id);
      const response = jsonResponse(200, { loggedOut: true });
      response.headers["Set-Cookie"] = sessionCookie("", 0);
      return response;
    }
    if (request.path === "/api/forget-group") {
      return this.handleForgetGroup(request);
    }
    if (request.method === "POST") {
      return this.handleSettingsChange(request);
    }
    return jsonResponse(200, this.context.settingsView());
  }

  /** Whether this request is a login whose PIN must be checked: the server queues it (PinCheckQueue) instead of calling handle at once. */
  waitsForPinCheck(request: WebRequest): boolean {
    return request.path === "/login" && this.refusedBeforeSession(request) === null && this.beforePinCheck(request, this.context.now()) === null;
  }

  /** Whether the next PIN check may happen now (checks are spaced, whoever asks). */
  pinCheckDue(now: number): boolean {
    return this.access.pinCheckDue(now);
  }

  /** When the next PIN may be checked (core/web-access.ts). */
  get nextPinCheckAt(): number {
    return this.access.nextPinCheckAt;
  }

  /** 421 for a Host that is not this device, 403 for a change sent from another site's page; null when neither. */
  private refusedBeforeSession(request: WebRequest): WebResponse | null {
    const hostHeader = request.headers["host"] ?? "";
    if (hostHeader === "") {
      return plainResponse(400, "A Host header is needed.");
    }
    const target = { hostHeader: hostHeader, localAddress: request.local_address, localPort: request.local_port };
    if (!hostIsThisDevice(target, this.context.deviceNames())) {
      // Not the name the client used: a page that had it resolve here must learn nothing from the answer.
      return plainResponse(421, "This is not the address of CloudSync's set-up page. Open it by this device's address or name.");
    }
    const origin = request.headers["origin"];
    if (request.method !== "GET" && request.method !== "HEAD" && origin !== undefined && !originIsThisPage(origin, hostHeader)) {
      return plainResponse(403, "Requests from other sites are refused.");
    }
    return null;
  }

  /** The open session the request's cookies name, if any; other apps' cookies are skipped. */
  private sessionOf(request: WebRequest, now: number): WebSession | null {
    for (const value of cookieValues(request.headers["cookie"] ?? "", SESSION_COOKIE)) {
      const session = this.access.session(value, now);
      if (session !== null) {
        return session;
      }
    }
    return null;
  }

  /** The answer to a login that needs no PIN check (wrong method, no PIN, this address must wait); null when the PIN is to be checked. */
  private beforePinCheck(request: WebRequest, now: number): WebResponse | null {
    if (request.method !== "POST") {
      const refusal = loginResponse(405, "");
      refusal.headers["Allow"] = "POST";
      return refusal;
    }
    if (request.form["pin"] === undefined) {
      return loginResponse(400, "Enter the PIN.");
    }
    const wait = this.access.waitFor(request.client, now);
    if (wait > 0) {
      return waitResponse(Math.ceil(wait / 1000));
    }
    return null;
  }

  private checkPin(request: WebRequest, now: number): WebResponse {
    const result = this.access.login(request.form["pin"] ?? "", now, this.context.newSecret(), this.context.newSecret(), request.client);
    if (result.outcome === "waiting") {
      return waitResponse(result.retryAfterSeconds);
    }
    if (result.outcome === "wrong") {
      if (result.replacePin) {
        this.access.setPin(this.context.replacePin());
        return loginResponse(401, "That PIN is not right. After many wrong PINs CloudSync made a new one: it is shown on the TV.");
      }
      const wait = result.retryAfterSeconds > 0 ? ` Wait ${result.retryAfterSeconds} seconds before the next try.` : "";
      const refusal = loginResponse(401, `That PIN is not right. Look at the add-on's settings in Kodi (Web page).${wait}`);
      if (result.retryAfterSeconds > 0) {
        refusal.headers["Retry-After"] = String(result.retryAfterSeconds);
      }
      return refusal;
    }
    const headers = baseHeaders("text/plain; charset=utf-8", LOGIN_POLICY);
    headers["Location"] = "/";
    headers["Set-Cookie"] = sessionCookie(result.session.id, 12 * 60 * 60);
    return { status: 303, headers: headers, body: "Opened; continue to /" };
  }

  private handleAsset(request: WebRequest, asset: Asset): WebResponse {
    if (request.method !== "GET" && request.method !== "HEAD") {
      const refusal = errorResponse(405, `${request.method} is not allowed on ${request.path}.`);
      refusal.headers["Allow"] = "GET, HEAD";
      return refusal;
    }
    const text = this.context.asset(asset.file);
    if (text === null) {
      return errorResponse(500, `The add-on's file resources/web/${asset.file} is missing; reinstall the add-on.`);
    }
    return { status: 200, headers: baseHeaders(asset.contentType, PAGE_POLICY), body: text };
  }

  /** A request that changes something must come from our page: the session's token, and JSON. */
  private checkStateChangingRequest(request: WebRequest, session: WebSession): WebResponse | null {
    const token = request.headers[FORM_TOKEN_HEADER] ?? "";
    if (!sameSecret(token, session.formToken)) {
      return errorResponse(403, "The page's form token is missing or old; reload the page.");
    }
    if (request.path !== "/logout" && request.content_type !== "application/json") {
      return errorResponse(415, "Send the request as application/json.");
    }
    return null;
  }

  /** Forget this group's data on the broker: 200 with the count, 409 with why nothing (or not everything) was removed. */
  private handleForgetGroup(request: WebRequest): WebResponse {
    if (request.body === null) {
      return errorResponse(400, "The request is not UTF-8 text.");
    }
    const parsed = parseForgetRequest(request.body);
    if (parsed.problem !== "") {
      return errorResponse(400, parsed.problem);
    }
    const outcome = this.context.forgetGroup(parsed.group);
    if (outcome.kind === "failed") {
      return jsonResponse(409, { error: outcome.problem, removed: outcome.removed });
    }
    return jsonResponse(200, { removed: outcome.removed, group: parsed.group, otherPassphrase: outcome.otherPassphrase });
  }

  private handleSettingsChange(request: WebRequest): WebResponse {
    if (request.body === null) {
      return errorResponse(400, "The request is not UTF-8 text.");
    }
    const change: SettingsChange = parseSettingsChange(request.body);
    if (change.problem !== "") {
      return jsonResponse(400, { error: change.problem, fields: change.errors });
    }
    const problem = this.context.saveSettings(change.changes);
    if (problem !== "") {
      return errorResponse(500, problem);
    }
    return jsonResponse(200, { saved: Object.keys(change.changes).length, settings: this.context.settingsView() });
  }
}
