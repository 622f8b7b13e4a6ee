/**
 * What a person with only a remote sees of CloudSync's health: the Status lines at the top of its
 * settings (General), and a notification when sync stops working or works again.
 *
 * The lines are read-only settings. Kodi's settings dialog reads the settings file when it opens
 * (verified in Kodi 20: each Addon() has its own copy, and the dialog's OK saves its copy back), so
 * the lines are kept current in the file: a new connection state or device count at once, the last
 * sync and the waiting changes at most every 10 s, since every write saves the file. When the settings are saved by someone else (the
 * dialog's OK writes back the lines it showed), the file is read again and what is stale rewritten.
 */

import { Addon } from "xbmcaddon";
import { local_date_text, local_time_text, localized, notify } from "cloudsync_host/ui";
import {
  STATUS_CONNECTION_SETTING,
  STATUS_DEVICES_SETTING,
  STATUS_LAST_SYNC_SETTING,
  STATUS_WAITING_SETTING,
  STRING_STATUS_CONNECTED_TO,
  STRING_STATUS_CONNECTING_TO,
  STRING_STATUS_DEVICES_ONLINE,
  STRING_STATUS_NEVER,
  STRING_STATUS_NO_BROKER_HOST,
  STRING_STATUS_NOT_CONNECTED,
  STRING_STATUS_SWITCHED_OFF,
  STRING_SYNC_STOPPED,
  STRING_SYNC_WORKS_AGAIN,
} from "./contract";
import { SessionStatus } from "./core/group-session";
import { CloudSyncSettings } from "./core/settings";
import { StatusLines, StatusWords, statusLines } from "./core/status-lines";
import { HealthNotice } from "./core/sync-health";
import { logInfo } from "./log";

/** The last sync and the waiting changes, which follow activity, are written at most this often: each write saves the settings file. */
const WRITE_MILLISECONDS = 10_000;

export class StatusDisplay {
  /** What the settings file holds for each line, as far as this display knows. */
  private readonly written: Map<string, string> = new Map();
  private writtenAt = 0;
  /** True when the settings were saved by someone else: the file is read again before the next write. */
  private stale = true;
  private words: StatusWords | null = null;

  /** The settings file was saved (the settings dialog, the web page, another program). */
  settingsSaved(): void {
    this.stale = true;
  }

  /** Writes the lines that changed: the connection and devices at once, the rest at most every 10 s. */
  refresh(status: SessionStatus, settings: CloudSyncSettings, now: number): void {
    const lines = settingsOf(statusLines(status, settings, status.lastSyncAt > 0 ? clockText(status.lastSyncAt, now) : "", this.statusWords()));
    if (this.stale) {
      this.stale = false;
      const saved = new Addon();
      for (const line of lines) {
        this.written.set(line[0], saved.getSetting(line[0]));
      }
    }
    const changed = lines.filter((line) => this.written.get(line[0]) !== line[1]);
    const urgent = changed.some((line) => line[0] === STATUS_CONNECTION_SETTING || line[0] === STATUS_DEVICES_SETTING);
    if (changed.length === 0 || (!urgent && now - this.writtenAt < WRITE_MILLISECONDS)) {
      return;
    }
    this.writtenAt = now;
    // A fresh Addon(): one made earlier holds the settings as they were then, and would save those back.
    const addon = new Addon();
    for (const line of changed) {
      this.written.set(line[0], line[1]);
      addon.setSetting(line[0], line[1]);
    }
  }

  /** A notification in Kodi's corner; kodi.log says so too (under the log-level setting). */
  notify(notice: HealthNotice): void {
    if (notice.kind === "stopped") {
      logInfo(`told the user that sync stopped: ${notice.reason}`);
      notify(localized(STRING_SYNC_STOPPED).replace("%s", notice.reason), true);
    } else {
      logInfo("told the user that sync works again");
      notify(localized(STRING_SYNC_WORKS_AGAIN), false);
    }
  }

  private statusWords(): StatusWords {
    if (this.words === null) {
      this.words = {
        connectedTo: localized(STRING_STATUS_CONNECTED_TO),
        notConnected: localized(STRING_STATUS_NOT_CONNECTED),
        connectingTo: localized(STRING_STATUS_CONNECTING_TO),
        switchedOff: localized(STRING_STATUS_SWITCHED_OFF),
        noBrokerHost: localized(STRING_STATUS_NO_BROKER_HOST),
        never: localized(STRING_STATUS_NEVER),
        devicesOnline: localized(STRING_STATUS_DEVICES_ONLINE),
      };
    }
    return this.words;
  }
}

function settingsOf(lines: StatusLines): [string, string][] {
  return [
    [STATUS_CONNECTION_SETTING, lines.connection],
    [STATUS_LAST_SYNC_SETTING, lines.lastSync],
    [STATUS_DEVICES_SETTING, lines.devices],
    [STATUS_WAITING_SETTING, lines.waiting],
  ];
}

/** The local clock time of `milliseconds`, with its date when that is not today (Kodi's regional formats). */
function clockText(milliseconds: number, now: number): string {
  const date = local_date_text(milliseconds);
  const time = local_time_text(milliseconds);
  return date === local_date_text(now) ? time : `${date} ${time}`;
}
