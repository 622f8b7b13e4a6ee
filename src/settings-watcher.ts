/**
 * The add-on's settings as they are now, and the moments they change: Kodi's settings dialog
 * (Kodi tells the service), the web page's Save, and the settings file rewritten by anything else
 * (a set-up tool, a text editor, a profile copied from another device), which Kodi does not report:
 * the file is compared with what was last read every 2 s, and a fresh Addon() reads it as it is.
 * Each read keeps the broker's password for the broker it was entered for (core/broker-password.ts):
 * a new host, port or TLS without the password typed again clears it before anything connects.
 */

import { join_path, profile_directory, read_text } from "cloudsync_host/files";
import { localized, notify } from "cloudsync_host/ui";
import { STRING_PASSWORD_CLEARED } from "./contract";
import { PASSWORD_FOR_SETTING, brokerDestination, changesKeepingPasswordSafe, passwordAction } from "./core/broker-password";
import { CloudSyncSettings } from "./core/settings";
import { readKodiSettings, writeKodiSettings } from "./kodi/settings-reader";
import { logDebug, logError, logInfo, logWarning, setLogLevel } from "./log";

const SETTINGS_FILE_POLL_MILLISECONDS = 2_000;
const SETTINGS_FILE = "settings.xml";

/** Settings that changed: what they were, what they are. */
export interface SettingsChange {
  previous: CloudSyncSettings;
  current: CloudSyncSettings;
}

export class SettingsWatcher {
  current: CloudSyncSettings;
  private readonly path: string = join_path(profile_directory(), SETTINGS_FILE);
  private fileText: string | null;
  private checkedAt: number;
  /** The settings before a save from the web page, whose change is acted on once the request is answered. */
  private beforeSave: CloudSyncSettings | null = null;

  constructor(now: number) {
    this.current = read(null);
    this.fileText = read_text(this.path);
    this.checkedAt = now;
  }

  /** Kodi's settings dialog saved. */
  kodiSaved(): SettingsChange {
    return this.reread(null);
  }

  /** A change made since the last call: a web page save (answered by now) or the file rewritten by another program. */
  poll(now: number): SettingsChange | null {
    if (this.beforeSave !== null) {
      const previous = this.beforeSave;
      this.beforeSave = null;
      this.fileText = read_text(this.path);
      return { previous: previous, current: this.current };
    }
    if (now - this.checkedAt < SETTINGS_FILE_POLL_MILLISECONDS) {
      return null;
    }
    this.checkedAt = now;
    const text = read_text(this.path);
    if (text === null || text === this.fileText) {
      return null;
    }
    logDebug("the settings file changed: reading it again");
    return this.reread(text);
  }

  /** When poll() next has something to do: at once after a web page save, else the file's next look. */
  nextPollAt(): number {
    return this.beforeSave !== null ? 0 : this.checkedAt + SETTINGS_FILE_POLL_MILLISECONDS;
  }

  /** The web page's Save: written at once and read back, so the page's answer shows what was saved. */
  saveFromWebPage(changes: Record<string, string>): string {
    const safe = changesKeepingPasswordSafe(changes, this.current);
    const problem = writeKodiSettings(safe.changes);
    if (problem !== "") {
      logError(`web page: settings not saved: ${problem}`);
      return problem;
    }
    // Names only: values (the password) are never logged.
    logInfo(`settings changed from the web page: ${Object.keys(changes).join(", ") || "nothing"}`);
    if (safe.passwordCleared) {
      logWarning(
        `the broker's password was cleared: it was entered for another broker than ${this.current.brokerHost === "" ? "the new one" : "the one now set"}; type it again`,
      );
    }
    // Acted on after the answer is sent (poll), since moving the web page now would cut the answer off.
    if (this.beforeSave === null) {
      this.beforeSave = this.current;
    }
    this.current = read(this.current);
    return "";
  }

  /** A new web page PIN, made up by the service after too many wrong ones: saved, and current at once. */
  replaceWebPin(pin: string): void {
    const problem = writeKodiSettings({ web_pin: pin });
    if (problem !== "") {
      logError(`web page: the new PIN was not saved: ${problem}`);
    }
    this.current.webPin = pin;
  }

  /** `text`: the settings file as just read, when the caller has it. */
  private reread(text: string | null): SettingsChange {
    const previous = this.beforeSave ?? this.current;
    this.beforeSave = null;
    this.current = read(previous);
    // The text as read before, unless read() has just rewritten the file (a password cleared or bound).
    this.fileText = text !== null && this.current.passwordFor === previous.passwordFor ? text : read_text(this.path);
    return { previous: previous, current: this.current };
  }
}

/** The settings as Kodi has them now, the password's rule applied (and saved) against `previous`. */
function read(previous: CloudSyncSettings | null): CloudSyncSettings {
  const settings = readKodiSettings();
  setLogLevel(settings.logLevel);
  const action = passwordAction(settings, previous);
  if (action === "bind") {
    settings.passwordFor = brokerDestination(settings);
    writeKodiSettings({ [PASSWORD_FOR_SETTING]: settings.passwordFor });
  } else if (action === "clear") {
    settings.password = "";
    settings.passwordFor = "";
    writeKodiSettings({ mqtt_password: "", [PASSWORD_FOR_SETTING]: "" });
    // Never the password itself; the host is the user's own setting.
    logWarning(
      `the broker's password was entered for another broker, and is not sent to ${settings.brokerHost}:${settings.brokerPort}: it was cleared; type it again`,
    );
    notify(localized(STRING_PASSWORD_CLEARED), true);
  }
  return settings;
}
