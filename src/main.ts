/** Entry point called by the add-on's service.py: the service with its adapters to Kodi and Paho. */

import { ServiceMonitor } from "cloudsync_host/monitor";
import { MqttConnection } from "cloudsync_host/mqtt";
import { NotificationStream } from "cloudsync_host/notifications";
import { python_version } from "cloudsync_host/runtime";
import { set_service_running } from "cloudsync_host/ui";
import { getInfoLabel } from "xbmc";
import { Addon } from "xbmcaddon";
import { BrokerLink } from "./broker-link";
import { JsonRpcAudioLibrary } from "./kodi/json-rpc-audio-library";
import { JsonRpcFavourites } from "./kodi/json-rpc-favourites";
import { KodiEvents, STREAMED_METHODS } from "./kodi/kodi-events";
import { JsonRpcVideoLibrary } from "./kodi/json-rpc-video-library";
import { logUnexpectedError } from "./log";
import { OutboxFile } from "./outbox-file";
import { Service } from "./service";
import { StatusDisplay } from "./status-display";
import { WebPageServer } from "./web/web-page-server";

export function main(): void {
  try {
    const addon = new Addon();
    const clock = (): number => Date.now();
    new Service({
      kodi: new KodiEvents(new ServiceMonitor(), new NotificationStream(STREAMED_METHODS), clock),
      broker: new BrokerLink(new MqttConnection()),
      library: new JsonRpcVideoLibrary(),
      favourites: new JsonRpcFavourites(),
      songs: new JsonRpcAudioLibrary(),
      outboxFile: new OutboxFile(),
      webPage: new WebPageServer(),
      statusDisplay: new StatusDisplay(),
      version: addon.getAddonInfo("version"),
      addonPath: addon.getAddonInfo("path"),
      // "19.1 (19.1.0) Git:…" → "Kodi 19.1"
      runningOn: `Kodi ${getInfoLabel("System.BuildVersion").split(" ")[0] ?? "?"}, Python ${python_version()}`,
      clock,
      setRunning: (running: boolean) => set_service_running(running),
    }).run();
  } catch (error) {
    logUnexpectedError("CloudSync stopped by an unexpected error", error);
    throw error;
  }
}
