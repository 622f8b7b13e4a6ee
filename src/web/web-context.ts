/** What the web page reads and changes: the settings, the session's status, the page's files. */

import { join_path, read_text } from "cloudsync_host/files";
import { localized, notify } from "cloudsync_host/ui";
import { device_names, random_pin, random_token } from "cloudsync_host/web";
import { STRING_WEB_PIN_REPLACED } from "../contract";
import { ForgetOutcome } from "../core/group-forget";
import { GroupSession } from "../core/group-session";
import { WEB_PIN_DIGITS } from "../core/web-access";
import { thisDeviceNames } from "../core/web-request-checks";
import { describeOtherPassphrase } from "../core/group-cipher";
import { WebSettingsView, webSettingsView } from "../core/web-settings-form";
import { logWarning } from "../log";
import { SettingsWatcher } from "../settings-watcher";
import { StatusView, WebAppContext } from "./web-app";

/** Bytes of randomness in a web session id or form token. */
const WEB_SECRET_BYTES = 24;

export class WebContext implements WebAppContext {
  private readonly assets: Map<string, string> = new Map();
  private names: string[] | null = null;

  constructor(
    private readonly settings: SettingsWatcher,
    private readonly session: GroupSession,
    private readonly version: string,
    private readonly addonPath: string,
    private readonly clock: () => number,
    private readonly forget: (group: string) => ForgetOutcome,
  ) {}

  settingsView(): WebSettingsView {
    return webSettingsView(this.settings.current);
  }

  saveSettings(changes: Record<string, string>): string {
    return this.settings.saveFromWebPage(changes);
  }

  status(): StatusView {
    const settings = this.settings.current;
    const session = this.session.status();
    let connection = "connecting";
    let reason = session.reason;
    if (!settings.enabled) {
      connection = "off";
      reason = "CloudSync is switched off in its settings";
    } else if (settings.brokerHost === "") {
      connection = "off";
      reason = "no broker host is set";
    } else if (session.connected) {
      connection = "connected";
    } else if (reason !== "") {
      connection = "disconnected";
    }
    return {
      connection: connection,
      reason: reason,
      broker: `${settings.brokerHost}:${settings.brokerPort} (${settings.useTls ? "TLS" : "no TLS"})`,
      lastSync: session.lastSyncAt,
      outbox: session.outboxSize,
      devices: session.devices.map((device) => ({
        id: device.id,
        name: device.name,
        version: device.version,
        online: device.online,
        lastSeen: device.lastSeen,
        thisDevice: device.id === settings.deviceId,
      })),
      deviceId: settings.deviceId,
      version: this.version,
      otherPassphrase: describeOtherPassphrase(session.otherPassphraseMessages),
    };
  }

  asset(name: string): string | null {
    const cached = this.assets.get(name);
    if (cached !== undefined) {
      return cached;
    }
    const text = read_text(join_path(join_path(join_path(this.addonPath, "resources"), "web"), name));
    if (text !== null) {
      this.assets.set(name, text);
    }
    return text;
  }

  deviceNames(): string[] {
    if (this.names === null) {
      // Asked once: the system's host name; the address a request arrived on is checked on its own.
      const system = device_names();
      this.names = thisDeviceNames(system.slice(0, 1), system.slice(1));
    }
    return this.names;
  }

  replacePin(): string {
    const pin = random_pin(WEB_PIN_DIGITS);
    this.settings.replaceWebPin(pin);
    // The PIN goes to the TV only: never to kodi.log.
    notify(`${localized(STRING_WEB_PIN_REPLACED)} ${pin}`, true);
    logWarning("web page: too many wrong PINs; the PIN was replaced (shown on the TV and under Web page) and every session closed");
    return pin;
  }

  newSecret(): string {
    return random_token(WEB_SECRET_BYTES);
  }

  forgetGroup(confirmedGroup: string): ForgetOutcome {
    return this.forget(confirmedGroup);
  }

  now(): number {
    return this.clock();
  }
}
