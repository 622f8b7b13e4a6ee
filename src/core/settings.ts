/**
 * The add-on's settings, read tolerantly: CloudSync 3.x stored ports as text and users edit
 * settings files by hand, so a bad value falls back to its default with a warning instead of
 * stopping the service. Setting ids are kept from 3.x so an upgrade keeps the user's values.
 */
import { DEFAULT_SYNC_GROUP } from "../contract";

export const SETTING_IDS: string[] = [
  "enabled",
  "mqtt_broker_host",
  "mqtt_broker_port",
  "mqtt_username",
  "mqtt_password",
  "mqtt_password_for",
  "mqtt_use_ssl",
  "mqtt_ca_file",
  "sync_watched",
  "sync_resume",
  "sync_ratings",
  "sync_favorites",
  "sync_favorites_removals",
  "sync_launching_favourites",
  "sync_music",
  "mqtt_device_id",
  "device_name",
  "sync_group",
  "sync_passphrase",
  "echo_grace_seconds",
  "watched_expiry_days",
  "favourites_expiry_days",
  "log_level",
  "enable_web_config",
  "web_config_port",
  "web_pin",
  "notify_sync_problems",
  "publishes_per_second",
];

/** The highest publish rate limit one can set: beyond it a limit would never hold anything back (a burst is handed to Paho as fast as the service runs). */
export const MAX_PUBLISHES_PER_SECOND = 1000;

export class CloudSyncSettings {
  enabled = true;
  brokerHost = "";
  brokerPort = 8883;
  username = "";
  /** Never logged, never sent anywhere but to the broker. */
  password = "";
  /** The broker (core/broker-password.ts brokerDestination) the password was entered for; "" before 4.0.1. */
  passwordFor = "";
  useTls = true;
  caFile = "";
  syncWatched = true;
  syncResume = true;
  /** Users' ratings (1–10, or cleared) of films and episodes. */
  syncRatings = true;
  syncFavorites = true;
  /** Off: favourites are only ever added (CloudSync 3.x's behaviour); on: removals travel too. */
  syncFavoriteRemovals = false;
  /**
   * Off: favourites from the group that start something (a script, an Android app, a plugin) are
   * not added here, since anyone who can publish on the broker could send one.
   */
  syncLaunchingFavourites = false;
  /** Songs' play counts, last played dates and user ratings. */
  syncMusic = true;
  deviceId = "";
  deviceName = "";
  syncGroup = DEFAULT_SYNC_GROUP;
  /**
   * The group passphrase ("" for none): with one, everything on the broker is encrypted and
   * authenticated end to end. Never logged, never shown on the web page.
   */
  passphrase = "";
  /** After writing a remote change, how long Kodi's own adjustments of it are not taken for a user's. */
  echoGraceSeconds = 10;
  /**
   * MQTT message expiry of retained item states (watched, resume points, ratings); 0, the default:
   * none, so a device that joins months later still gets every item's latest state (a household's
   * library is a few thousand states of under 300 bytes each; docs/protocol.md, "History").
   */
  watchedExpiryDays = 0;
  /** MQTT message expiry of retained favourite states. */
  favouritesExpiryDays = 7;
  /** 0 quiet (warnings and errors), 1 normal, 2 detailed (debug lines too). */
  logLevel = 1;
  /** The set-up web page. */
  webEnabled = true;
  webPort = 8090;
  /** The PIN the web page asks for; made up at first start, shown in Kodi's settings, never logged. */
  webPin = "";
  /** A notification when sync has not worked for a minute, and when it works again. */
  notifySyncProblems = true;
  /**
   * The broker's limit on publications per second for one client, 0 for none (the default): EMQX's
   * free tier allows 10. Publications beyond it wait in the outbox (core/publish-pacing.ts).
   */
  publishesPerSecond = 0;

  /** Whether connecting needs doing again when settings change from `other` to these. */
  brokerDiffers(other: CloudSyncSettings): boolean {
    return (
      this.brokerHost !== other.brokerHost ||
      this.brokerPort !== other.brokerPort ||
      this.username !== other.username ||
      this.password !== other.password ||
      this.useTls !== other.useTls ||
      this.caFile !== other.caFile ||
      this.deviceId !== other.deviceId ||
      this.syncGroup !== other.syncGroup ||
      this.passphrase !== other.passphrase
    );
  }
}

export interface ParsedSettings {
  settings: CloudSyncSettings;
  /** One line per value that was unusable and replaced by its default. */
  warnings: string[];
}

function readBoolean(values: Record<string, string>, id: string, fallback: boolean, warnings: string[]): boolean {
  const text = (values[id] ?? "").trim().toLowerCase();
  if (text === "true") {
    return true;
  }
  if (text === "false") {
    return false;
  }
  if (text !== "") {
    warnings.push(`setting ${id} is not true or false; using ${fallback ? "true" : "false"}`);
  }
  return fallback;
}

function readPort(values: Record<string, string>, id: string, fallback: number, warnings: string[]): number {
  return readWholeNumber(values, id, fallback, 1, 65535, "a port number", warnings);
}

function readWholeNumber(
  values: Record<string, string>,
  id: string,
  fallback: number,
  minimum: number,
  maximum: number,
  what: string,
  warnings: string[],
): number {
  const text = (values[id] ?? "").trim();
  if (text === "") {
    return fallback;
  }
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum || value > maximum) {
    warnings.push(`setting ${id} is not ${what} from ${minimum} to ${maximum}; using ${fallback}`);
    return fallback;
  }
  return value;
}

function readText(values: Record<string, string>, id: string, fallback: string): string {
  const text = (values[id] ?? "").trim();
  return text === "" ? fallback : text;
}

/** The sync group a `sync_group` setting's text names: trimmed, the default when empty. */
export function syncGroupSetting(text: string): string {
  return readText({ sync_group: text }, "sync_group", DEFAULT_SYNC_GROUP);
}

export function parseSettings(values: Record<string, string>): ParsedSettings {
  const warnings: string[] = [];
  const settings = new CloudSyncSettings();
  settings.enabled = readBoolean(values, "enabled", settings.enabled, warnings);
  settings.brokerHost = readText(values, "mqtt_broker_host", "");
  settings.brokerPort = readPort(values, "mqtt_broker_port", settings.brokerPort, warnings);
  settings.username = readText(values, "mqtt_username", "");
  // A password may legitimately start or end with spaces: taken as typed.
  settings.password = values["mqtt_password"] ?? "";
  settings.passwordFor = readText(values, "mqtt_password_for", "");
  settings.useTls = readBoolean(values, "mqtt_use_ssl", settings.useTls, warnings);
  settings.caFile = readText(values, "mqtt_ca_file", "");
  settings.syncWatched = readBoolean(values, "sync_watched", settings.syncWatched, warnings);
  settings.syncResume = readBoolean(values, "sync_resume", settings.syncResume, warnings);
  settings.syncRatings = readBoolean(values, "sync_ratings", settings.syncRatings, warnings);
  settings.syncFavorites = readBoolean(values, "sync_favorites", settings.syncFavorites, warnings);
  settings.syncFavoriteRemovals = readBoolean(values, "sync_favorites_removals", settings.syncFavoriteRemovals, warnings);
  settings.syncLaunchingFavourites = readBoolean(values, "sync_launching_favourites", settings.syncLaunchingFavourites, warnings);
  settings.syncMusic = readBoolean(values, "sync_music", settings.syncMusic, warnings);
  settings.deviceId = readText(values, "mqtt_device_id", "");
  settings.deviceName = readText(values, "device_name", "");
  settings.syncGroup = syncGroupSetting(values["sync_group"] ?? "");
  // Taken as typed, like the password: spaces may be part of it.
  settings.passphrase = values["sync_passphrase"] ?? "";
  settings.echoGraceSeconds = readWholeNumber(values, "echo_grace_seconds", settings.echoGraceSeconds, 1, 300, "a number of seconds", warnings);
  settings.watchedExpiryDays = readWholeNumber(values, "watched_expiry_days", settings.watchedExpiryDays, 0, 365, "a number of days", warnings);
  settings.favouritesExpiryDays = readWholeNumber(values, "favourites_expiry_days", settings.favouritesExpiryDays, 1, 365, "a number of days", warnings);
  settings.logLevel = readWholeNumber(values, "log_level", settings.logLevel, 0, 2, "0, 1 or 2", warnings);
  settings.webEnabled = readBoolean(values, "enable_web_config", settings.webEnabled, warnings);
  settings.webPort = readPort(values, "web_config_port", settings.webPort, warnings);
  settings.webPin = readText(values, "web_pin", "");
  settings.notifySyncProblems = readBoolean(values, "notify_sync_problems", settings.notifySyncProblems, warnings);
  settings.publishesPerSecond = readWholeNumber(
    values,
    "publishes_per_second",
    settings.publishesPerSecond,
    0,
    MAX_PUBLISHES_PER_SECOND,
    "a number of publishes per second",
    warnings,
  );
  return { settings: settings, warnings: warnings };
}
