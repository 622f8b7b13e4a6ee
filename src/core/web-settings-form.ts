/**
 * The settings the web page shows and changes. What the page gets never holds the password or the
 * group passphrase (only whether one is set); what it sends is checked field by field, and any problem refuses the whole
 * change, so a bad request never leaves half the settings changed.
 */

import { CloudSyncSettings, MAX_PUBLISHES_PER_SECOND } from "./settings";

/** What the page shows; the password and the group passphrase are write-only. */
export interface WebSettingsView {
  brokerHost: string;
  brokerPort: number;
  username: string;
  passwordSet: boolean;
  useTls: boolean;
  syncWatched: boolean;
  syncResume: boolean;
  /** Optional only for views made before it existed. */
  syncRatings?: boolean;
  syncFavorites: boolean;
  syncFavoriteRemovals: boolean;
  syncMusic: boolean;
  deviceName: string;
  syncGroup: string;
  /** Whether a group passphrase is set (always given; optional only for views made before it existed). */
  passphraseSet?: boolean;
  /** The broker's publish rate limit, 0 for none (optional only for views made before it existed). */
  publishesPerSecond?: number;
}

export interface SettingsChange {
  /** Kodi setting id → its new value as Kodi stores it; empty when there were errors. */
  changes: Record<string, string>;
  /** Page field → what is wrong with it. */
  errors: Record<string, string>;
  /** A problem with the request as a whole ("" when none). */
  problem: string;
}

type FieldKind = "text" | "port" | "switch" | "rate";

interface FieldRule {
  settingId: string;
  kind: FieldKind;
  maxLength: number;
  required: boolean;
}

const MAX_HOST_LENGTH = 253;
const MAX_CREDENTIAL_LENGTH = 256;
const MAX_NAME_LENGTH = 64;

/**
 * Every field the page may send, and the Kodi setting it changes. A Map, not an object literal:
 * `"constructor" in {}` is true in JavaScript, and a field named so must be refused as unknown.
 */
const FIELD_RULES: Map<string, FieldRule> = new Map([
  ["brokerHost", { settingId: "mqtt_broker_host", kind: "text", maxLength: MAX_HOST_LENGTH, required: false }],
  ["brokerPort", { settingId: "mqtt_broker_port", kind: "port", maxLength: 0, required: false }],
  ["username", { settingId: "mqtt_username", kind: "text", maxLength: MAX_CREDENTIAL_LENGTH, required: false }],
  ["password", { settingId: "mqtt_password", kind: "text", maxLength: MAX_CREDENTIAL_LENGTH, required: false }],
  ["clearPassword", { settingId: "mqtt_password", kind: "switch", maxLength: 0, required: false }],
  ["useTls", { settingId: "mqtt_use_ssl", kind: "switch", maxLength: 0, required: false }],
  ["syncWatched", { settingId: "sync_watched", kind: "switch", maxLength: 0, required: false }],
  ["syncResume", { settingId: "sync_resume", kind: "switch", maxLength: 0, required: false }],
  ["syncRatings", { settingId: "sync_ratings", kind: "switch", maxLength: 0, required: false }],
  ["syncFavorites", { settingId: "sync_favorites", kind: "switch", maxLength: 0, required: false }],
  ["syncFavoriteRemovals", { settingId: "sync_favorites_removals", kind: "switch", maxLength: 0, required: false }],
  ["syncMusic", { settingId: "sync_music", kind: "switch", maxLength: 0, required: false }],
  ["deviceName", { settingId: "device_name", kind: "text", maxLength: MAX_NAME_LENGTH, required: false }],
  ["syncGroup", { settingId: "sync_group", kind: "text", maxLength: MAX_NAME_LENGTH, required: true }],
  ["passphrase", { settingId: "sync_passphrase", kind: "text", maxLength: MAX_CREDENTIAL_LENGTH, required: false }],
  ["clearPassphrase", { settingId: "sync_passphrase", kind: "switch", maxLength: 0, required: false }],
  ["publishesPerSecond", { settingId: "publishes_per_second", kind: "rate", maxLength: 0, required: false }],
]);

/** Fields the page can set but never read: an empty one keeps what is saved, spaces are kept. */
const SECRET_FIELDS: string[] = ["password", "passphrase"];

export function webSettingsView(settings: CloudSyncSettings): WebSettingsView {
  return {
    brokerHost: settings.brokerHost,
    brokerPort: settings.brokerPort,
    username: settings.username,
    passwordSet: settings.password !== "",
    useTls: settings.useTls,
    syncWatched: settings.syncWatched,
    syncResume: settings.syncResume,
    syncRatings: settings.syncRatings,
    syncFavorites: settings.syncFavorites,
    syncFavoriteRemovals: settings.syncFavoriteRemovals,
    syncMusic: settings.syncMusic,
    deviceName: settings.deviceName,
    syncGroup: settings.syncGroup,
    passphraseSet: settings.passphrase !== "",
    publishesPerSecond: settings.publishesPerSecond,
  };
}

function refused(problem: string, errors: Record<string, string>): SettingsChange {
  return { changes: {}, errors: errors, problem: problem };
}

/** Why a broker host the user typed cannot be one, or "". */
function hostProblem(host: string): string {
  if (host.includes("://")) {
    return "Enter only the host name or address, without mqtt:// or https://";
  }
  for (const character of [" ", "/", "\t", "\n", "?", "#", "@"]) {
    if (host.includes(character)) {
      return "A host name has no spaces, slashes or other punctuation than dots, dashes and colons";
    }
  }
  return "";
}

function checkText(name: string, value: unknown, rule: FieldRule): string {
  if (typeof value !== "string") {
    return "must be text";
  }
  if (value.length > rule.maxLength) {
    return `must be at most ${rule.maxLength} characters`;
  }
  if (!SECRET_FIELDS.includes(name) && value !== value.trim()) {
    return "must not start or end with a space";
  }
  if (rule.required && value === "") {
    return "must not be empty";
  }
  if (name === "brokerHost") {
    return hostProblem(value);
  }
  return "";
}

/** The checked change of a JSON body the page sent, or every reason it is refused. */
export function parseSettingsChange(body: string): SettingsChange {
  let data: unknown = null;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return refused("The request is not JSON.", {});
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return refused("The request must be a JSON object of settings.", {});
  }
  const fields = data as Record<string, unknown>;
  const errors: Record<string, string> = {};
  const changes: Record<string, string> = {};
  const names = Object.keys(fields);
  const unknown = names.filter((name) => !FIELD_RULES.has(name));
  if (unknown.length > 0) {
    return refused(`Unknown field(s): ${unknown.join(", ")}. Nothing was changed.`, {});
  }
  for (const name of names) {
    const rule = FIELD_RULES.get(name);
    const value = fields[name];
    if (rule === undefined) {
      continue;
    }
    let problem = "";
    if (rule.kind === "switch") {
      if (typeof value !== "boolean") {
        problem = "must be true or false";
      } else if (name === "clearPassword" || name === "clearPassphrase") {
        if (value) {
          changes[rule.settingId] = "";
        }
      } else {
        changes[rule.settingId] = value ? "true" : "false";
      }
    } else if (rule.kind === "port") {
      if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 65535) {
        problem = "must be a whole number from 1 to 65535";
      } else {
        changes[rule.settingId] = String(value);
      }
    } else if (rule.kind === "rate") {
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > MAX_PUBLISHES_PER_SECOND) {
        problem = `must be a whole number from 0 (no limit) to ${MAX_PUBLISHES_PER_SECOND}`;
      } else {
        changes[rule.settingId] = String(value);
      }
    } else {
      problem = checkText(name, value, rule);
      // An empty password or passphrase field means "keep the one set": the page never knows it.
      if (problem === "" && typeof value === "string" && !(SECRET_FIELDS.includes(name) && value === "")) {
        changes[rule.settingId] = value;
      }
    }
    if (problem !== "") {
      errors[name] = problem;
    }
  }
  if (fields["clearPassword"] === true && typeof fields["password"] === "string" && fields["password"] !== "") {
    errors["password"] = "cannot set a new password and remove it at once";
  }
  if (fields["clearPassphrase"] === true && typeof fields["passphrase"] === "string" && fields["passphrase"] !== "") {
    errors["passphrase"] = "cannot set a new passphrase and remove it at once";
  }
  if (Object.keys(errors).length > 0) {
    return refused("Some values are not valid. Nothing was changed.", errors);
  }
  return { changes: changes, errors: {}, problem: "" };
}
