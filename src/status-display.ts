/**
 * What a person with only a remote sees of CloudSync's health: the Status lines at the top of its
 * settings (General), and a notification when sync stops working or works again.
 *
 * The lines are read-only settings. Writing a setting saves the add-on's settings file, so they are
 * written when they change while Kodi's add-on settings dialog is open (it shows the new value at
 * once), when the connection changes, and otherwise at most once a minute: whenever the dialog is
 * opened, the lines are current within a timer round.
 */

import { getCondVisibility } from "xbmc";
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

/** While the settings dialog is closed, lines other than the connection are written at most this often. */
const CLOSED_DIALOG_WRITE_MILLISECONDS = 60_000;

export class StatusDisplay {
  private readonly written: Map<string, string> = new Map();
  private writtenAt = 0;
  private words: StatusWords | null = null;


  /** Writes the lines that changed, when a person may see them (see above). */
  refresh(status: SessionStatus, settings: CloudSyncSettings, now: number): void {
    const lines = statusLines(status, settings, status.lastSyncAt > 0 ? clockText(status.lastSyncAt, now) : "", this.statusWords());
    const dialogOpen = getCondVisibility("Window.IsActive(addonsettings)");
    const connectionChanged = this.written.get(STATUS_CONNECTION_SETTING) !== lines.connection;
    if (!dialogOpen && !connectionChanged && now - this.writtenAt < CLOSED_DIALOG_WRITE_MILLISECONDS) {
      return;
    }
    this.writtenAt = now;
    const changed = settingsOf(lines).filter((line) => this.written.get(line[0]) !== line[1]);
    if (changed.length === 0) {
      return;
    }
    // A fresh Addon(): one made earlier can hold settings Kodi has since replaced (verified in Kodi 20:
    // writes through the service's first Addon() were lost once its settings dialog had been used).
    const addon = new Addon();
    for (const [id, text] of changed) {
      this.written.set(id, text);
      addon.setSetting(id, text);
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
