/**
 * The broker's password goes only to the broker it was entered for. Settings can name a new broker
 * without the password being typed again: on the web page, in Kodi's settings dialog, or in a
 * settings.xml rewritten by another tool. Sending the stored password to that new destination
 * would hand it to whoever runs it, so the password is bound to a destination (host, port and TLS,
 * kept in setting mqtt_password_for) and cleared when the destination changes without it.
 */

import { CloudSyncSettings } from "./settings";

export const PASSWORD_FOR_SETTING = "mqtt_password_for";

/** Where a password goes: host (lower case), port, and whether TLS protects it on the way. */
export function destinationOf(host: string, port: number, useTls: boolean): string {
  return `${host.trim().toLowerCase()}:${port}:${useTls ? "tls" : "plain"}`;
}

/** The destination the settings name. */
export function brokerDestination(settings: CloudSyncSettings): string {
  return destinationOf(settings.brokerHost, settings.brokerPort, settings.useTls);
}

/**
 * What to do with the stored password as settings are read: "keep" it, "bind" it to the broker they
 * name, or "clear" it. `previous`: the settings before this change, or null at start.
 * - A password bound to this destination is kept.
 * - One that differs from the previous read was typed again (in Kodi's dialog or by a tool): bound here.
 * - One never bound (CloudSync up to 4.0.0 did not) is bound to the broker it is used with, unless
 *   that broker has just changed.
 * - Otherwise the destination changed without the password: cleared. At start, with nothing to
 *   compare, that is also so: a tool that wrote a new broker and its password while Kodi was off
 *   must have the password typed once more.
 */
export function passwordAction(current: CloudSyncSettings, previous: CloudSyncSettings | null): "keep" | "bind" | "clear" {
  if (current.password === "") {
    return "keep";
  }
  const destination = brokerDestination(current);
  if (current.passwordFor === destination) {
    return "keep";
  }
  if (previous !== null && previous.password !== current.password) {
    return "bind";
  }
  if (current.passwordFor === "" && (previous === null || brokerDestination(previous) === destination)) {
    return "bind";
  }
  return "clear";
}

/** The password to send to the broker these settings name: "" when it was entered for another. */
export function passwordToSend(settings: CloudSyncSettings): string {
  if (settings.passwordFor !== "" && settings.passwordFor !== brokerDestination(settings)) {
    return "";
  }
  return settings.password;
}

export interface SafeChanges {
  /** The changes to write, with the password's binding (or its clearing) added. */
  changes: Record<string, string>;
  /** True when the stored password is cleared because the broker changed without it. */
  passwordCleared: boolean;
}

/**
 * A web page save (setting id → value) with the rule applied in the same write: a new password is
 * bound to the broker the save names; a new broker without a new password clears the stored one.
 */
export function changesKeepingPasswordSafe(changes: Record<string, string>, current: CloudSyncSettings): SafeChanges {
  const result: Record<string, string> = { ...changes };
  const host = changes["mqtt_broker_host"];
  const port = changes["mqtt_broker_port"];
  const tls = changes["mqtt_use_ssl"];
  const destination = destinationOf(
    host === undefined ? current.brokerHost : host,
    port === undefined ? current.brokerPort : Number(port),
    tls === undefined ? current.useTls : tls === "true",
  );
  const password = changes["mqtt_password"];
  if (password !== undefined) {
    result[PASSWORD_FOR_SETTING] = password === "" ? "" : destination;
    return { changes: result, passwordCleared: false };
  }
  if (current.password !== "" && destination !== brokerDestination(current)) {
    result["mqtt_password"] = "";
    result[PASSWORD_FOR_SETTING] = "";
    return { changes: result, passwordCleared: true };
  }
  return { changes: result, passwordCleared: false };
}
