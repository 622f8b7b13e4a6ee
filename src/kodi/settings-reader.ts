/** The add-on's settings as Kodi holds them, read tolerantly (bad values fall back with a warning). */

import { Addon } from "xbmcaddon";
import { getInfoLabel } from "xbmc";
import { random_pin } from "cloudsync_host/web";
import { CloudSyncSettings, SETTING_IDS, parseSettings } from "../core/settings";
import { WEB_PIN_DIGITS } from "../core/web-access";
import { describeError, logInfo, logWarning } from "../log";

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
  if (settings.webPin.length < WEB_PIN_DIGITS) {
    // Never logged: whoever reads kodi.log must not be able to open the web page. A shorter PIN
    // (CloudSync 4.0.0 made six digits) is too easy to guess: it is replaced.
    settings.webPin = random_pin(WEB_PIN_DIGITS);
    addon.setSetting("web_pin", settings.webPin);
    logInfo(`made up the web page's PIN of ${WEB_PIN_DIGITS} digits (shown in the add-on's settings, Web page)`);
  }
  if (settings.deviceName === "") {
    settings.deviceName = getInfoLabel("System.FriendlyName");
  }
  return settings;
}

/** Saves setting id → value as Kodi stores them; "" when saved, else why not. Values are never logged. */
export function writeKodiSettings(changes: Record<string, string>): string {
  const addon = new Addon();
  for (const [id, value] of Object.entries(changes)) {
    if (!SETTING_IDS.includes(id)) {
      return `no setting ${id}`;
    }
    try {
      addon.setSetting(id, value);
    } catch (error) {
      return `Kodi did not save setting ${id}: ${describeError(error)}`;
    }
  }
  return "";
}
