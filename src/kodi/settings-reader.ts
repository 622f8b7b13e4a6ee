/** The add-on's settings as Kodi holds them, read tolerantly (bad values fall back with a warning). */

import { Addon } from "xbmcaddon";
import { getInfoLabel } from "xbmc";
import { CloudSyncSettings, SETTING_IDS, parseSettings } from "../core/settings";
import { logInfo, logWarning } from "../log";

export function readKodiSettings(): CloudSyncSettings {
  const addon = new Addon();
  const values: Record<string, string> = {};
  for (const id of SETTING_IDS) {
    values[id] = addon.getSetting(id);
  }
  const parsed = parseSettings(values);
  for (const warning of parsed.warnings) {
    logWarning(warning);
  }
  const settings = parsed.settings;
  if (settings.deviceId === "") {
    settings.deviceId = `kodi-${Math.floor(Math.random() * 1000000000000)}`;
    addon.setSetting("mqtt_device_id", settings.deviceId);
    logInfo(`new device id ${settings.deviceId}`);
  }
  if (settings.deviceName === "") {
    settings.deviceName = getInfoLabel("System.FriendlyName");
  }
  return settings;
}
