/**
 * The status CloudSync shows at the top of its settings (General → Status), for people who set it
 * up with the remote: connected or why not, when it last synced, how many devices of the group are
 * online, how many changes wait to be sent. Words come from strings.po (the caller passes them).
 */

import { SessionStatus } from "./group-session";
import { CloudSyncSettings } from "./settings";

/** The templates of strings.po that the lines are made of (%s and %d as Kodi's strings have them). */
export interface StatusWords {
  connectedTo: string;
  notConnected: string;
  connectingTo: string;
  switchedOff: string;
  noBrokerHost: string;
  never: string;
  devicesOnline: string;
}

export interface StatusLines {
  connection: string;
  lastSync: string;
  devices: string;
  waiting: string;
}

/** `lastSyncText`: the last sync as the local clock shows it ("" for never), made by the caller. */
export function statusLines(status: SessionStatus, settings: CloudSyncSettings, lastSyncText: string, words: StatusWords): StatusLines {
  const broker = settings.brokerHost;
  let connection = words.connectingTo.replace("%s", broker);
  if (!settings.enabled) {
    connection = words.switchedOff;
  } else if (broker === "") {
    connection = words.noBrokerHost;
  } else if (status.connected) {
    connection = words.connectedTo.replace("%s", broker);
  } else if (status.reason !== "") {
    connection = words.notConnected.replace("%s", status.reason);
  }
  const online = status.devices.filter((device) => device.online).length;
  return {
    connection: connection,
    lastSync: status.lastSyncAt > 0 && lastSyncText !== "" ? lastSyncText : words.never,
    devices: words.devicesOnline.replace("%d", String(online)).replace("%d", String(status.devices.length)),
    waiting: String(status.outboxSize),
  };
}
