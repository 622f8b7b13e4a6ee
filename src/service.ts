/**
 * The service: the only place that touches Kodi and the broker. It runs on Kodi's service
 * thread; Paho's thread and Kodi's callbacks only queue, and this loop takes from the queues.
 */

import { Addon } from "xbmcaddon";
import { getInfoLabel } from "xbmc";
import { ServiceMonitor, KodiEvent } from "cloudsync_host/monitor";
import { MqttConnection, ReceivedMessage } from "cloudsync_host/mqtt";
import { encodeDeviceStatus } from "./core/device-status";
import { DEVICE_STATUS_EXPIRY_SECONDS, SESSION_EXPIRY_SECONDS, WATCHED_EXPIRY_SECONDS } from "./core/message-expiry";
import { MovieWatchedSync, WatchedPublication, WatchedWrite } from "./core/movie-watched-sync";
import { Outbox, Publication } from "./core/outbox";
import { CloudSyncSettings, SETTING_IDS, parseSettings } from "./core/settings";
import {
  deviceStatusTopic,
  identityFromMovieWatchedTopic,
  movieWatchedSubscription,
  movieWatchedTopic,
} from "./core/topics";
import { MAX_PAYLOAD_BYTES, encodeWatchedMessage, parseWatchedMessage } from "./core/watched-message";
import { VideoLibrary } from "./host/video-library";
import { JsonRpcVideoLibrary } from "./kodi/json-rpc-video-library";
import { describeError, logDebug, logError, logInfo, logWarning } from "./log";

/** Seconds the loop waits for Kodi between rounds: the latency floor of a sync. */
const LOOP_WAIT_SECONDS = 0.1;
/** Messages applied per round, so a flood of retained states never freezes the loop. */
const MESSAGES_PER_ROUND = 200;
const KEEPALIVE_SECONDS = 30;

export class Service {
  private readonly monitor: ServiceMonitor = new ServiceMonitor();
  private readonly connection: MqttConnection = new MqttConnection();
  private readonly library: VideoLibrary = new JsonRpcVideoLibrary();
  private readonly outbox: Outbox = new Outbox();
  private readonly version: string;
  private settings: CloudSyncSettings;
  private sync: MovieWatchedSync;
  private connected = false;
  private configured = false;

  constructor() {
    this.version = new Addon().getAddonInfo("version");
    this.settings = this.readSettings();
    this.sync = new MovieWatchedSync(this.settings.deviceId);
  }

  run(): void {
    logInfo(`CloudSync ${this.version} starting as device ${this.settings.deviceId}`);
    logInfo(`MQTT client: paho-mqtt from ${this.connection.paho_location()}`);
    this.refreshLibrary();
    this.applyBrokerSettings();
    while (!this.monitor.wait(LOOP_WAIT_SECONDS)) {
      this.runRound();
    }
    this.stop();
  }

  /** One pass over everything queued; a failure in one step is logged and the service goes on. */
  private runRound(): void {
    try {
      for (const event of this.monitor.take_events()) {
        this.handleKodiEvent(event);
      }
      for (const change of this.connection.take_connection_changes()) {
        this.handleConnectionChange(change.connected, change.reason);
      }
      for (const message of this.connection.take_messages(MESSAGES_PER_ROUND)) {
        this.handleMessage(message);
      }
      this.flushOutbox();
    } catch (error) {
      logError(`unexpected error, carrying on: ${describeError(error)}`);
    }
  }

  private stop(): void {
    if (this.configured && this.connected) {
      this.connection.publish(
        deviceStatusTopic(this.settings.syncGroup, this.settings.deviceId),
        this.deviceStatusPayload(false),
        1,
        true,
        DEVICE_STATUS_EXPIRY_SECONDS,
      );
    }
    this.connection.stop();
    if (this.outbox.size > 0) {
      logWarning(`stopping with ${this.outbox.size} change(s) not yet sent to the broker`);
    }
    logInfo("CloudSync stopped");
  }

  private readSettings(): CloudSyncSettings {
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

  private handleKodiEvent(event: KodiEvent): void {
    if (event.kind === "settings_changed") {
      this.handleSettingsChanged();
      return;
    }
    if (event.method === "VideoLibrary.OnUpdate") {
      this.handleLibraryUpdate(event.data);
    } else if (event.method === "VideoLibrary.OnScanFinished" || event.method === "VideoLibrary.OnCleanFinished") {
      this.refreshLibrary();
    }
  }

  private handleSettingsChanged(): void {
    const previous = this.settings;
    this.settings = this.readSettings();
    if (this.settings.deviceId !== previous.deviceId) {
      this.sync = new MovieWatchedSync(this.settings.deviceId);
      this.refreshLibrary();
    }
    if (this.settings.brokerDiffers(previous) || this.settings.enabled !== previous.enabled) {
      logInfo("broker settings changed: reconnecting");
      this.applyBrokerSettings();
    }
  }

  private applyBrokerSettings(): void {
    this.connected = false;
    if (!this.settings.enabled || this.settings.brokerHost === "") {
      this.connection.stop();
      this.configured = false;
      logInfo(this.settings.enabled ? "no broker host set: not syncing" : "sync is switched off");
      return;
    }
    this.connection.set_subscriptions([movieWatchedSubscription(this.settings.syncGroup)]);
    this.connection.configure({
      host: this.settings.brokerHost,
      port: this.settings.brokerPort,
      username: this.settings.username,
      password: this.settings.password,
      use_tls: this.settings.useTls,
      ca_file: this.settings.caFile,
      client_id: `cloudsync-${this.settings.deviceId}`,
      keepalive_seconds: KEEPALIVE_SECONDS,
      session_expiry_seconds: SESSION_EXPIRY_SECONDS,
      will_topic: deviceStatusTopic(this.settings.syncGroup, this.settings.deviceId),
      will_payload: this.deviceStatusPayload(false),
      will_expiry_seconds: DEVICE_STATUS_EXPIRY_SECONDS,
    });
    this.configured = true;
    const security = this.settings.useTls ? "TLS" : "no TLS";
    logInfo(`connecting to ${this.settings.brokerHost}:${this.settings.brokerPort} (${security})`);
  }

  private handleConnectionChange(connected: boolean, reason: string): void {
    this.connected = connected;
    if (!connected) {
      logWarning(`broker connection lost or refused: ${reason}`);
      return;
    }
    logInfo(`connected to the broker (${reason}); group ${this.settings.syncGroup}`);
    this.outbox.put({
      topic: deviceStatusTopic(this.settings.syncGroup, this.settings.deviceId),
      payload: this.deviceStatusPayload(true),
      qos: 1,
      retain: true,
      expirySeconds: DEVICE_STATUS_EXPIRY_SECONDS,
    });
  }

  private deviceStatusPayload(online: boolean): string {
    return encodeDeviceStatus({
      device: this.settings.deviceId,
      name: this.settings.deviceName,
      version: this.version,
      online: online,
      time: Date.now(),
    });
  }

  private refreshLibrary(): void {
    const writes = this.sync.replaceLibrary(this.library.listMovies());
    logInfo(`library indexed: ${this.sync.movieCount} movie(s), ${this.sync.pendingCount} waiting state(s)`);
    for (const write of writes) {
      this.writeWatched(write, "a state that waited for this movie");
    }
  }

  private handleLibraryUpdate(data: string): void {
    const update = parseLibraryUpdate(data);
    if (update === null || update.type !== "movie") {
      return;
    }
    const movie = this.library.getMovie(update.id);
    if (movie === null) {
      return;
    }
    if (update.scanned) {
      // A scan adding or refreshing an item is not a user's change: recorded, never published.
      const write = this.sync.addScannedMovie(movie);
      if (write !== null) {
        this.writeWatched(write, "a state that waited for this movie");
      }
      return;
    }
    if (!this.settings.syncWatched) {
      return;
    }
    const publication = this.sync.applyLocalMovie(movie, Date.now());
    if (publication !== null) {
      this.publishWatched(publication);
    }
  }

  private publishWatched(publication: WatchedPublication): void {
    const word = publication.state.playcount > 0 ? "watched" : "unwatched";
    logInfo(`publishing "${publication.title}" (${publication.identity}) as ${word}`);
    this.outbox.put({
      topic: movieWatchedTopic(this.settings.syncGroup, publication.identity),
      payload: encodeWatchedMessage(publication.state),
      qos: 1,
      retain: true,
      expirySeconds: WATCHED_EXPIRY_SECONDS,
    });
    this.flushOutbox();
  }

  private flushOutbox(): void {
    if (!this.connected || this.outbox.size === 0) {
      return;
    }
    for (const publication of this.outbox.pending()) {
      if (!this.sendPublication(publication)) {
        logWarning(`the broker did not take a message; ${this.outbox.size} kept for later`);
        return;
      }
      this.outbox.remove(publication.topic);
    }
  }

  private sendPublication(publication: Publication): boolean {
    return this.connection.publish(
      publication.topic,
      publication.payload,
      publication.qos,
      publication.retain,
      publication.expirySeconds,
    );
  }

  private handleMessage(message: ReceivedMessage): void {
    const identity = identityFromMovieWatchedTopic(this.settings.syncGroup, message.topic);
    if (identity === null) {
      return;
    }
    if (message.size === 0) {
      // An empty retained message clears the topic on the broker: nothing to apply.
      return;
    }
    if (message.size > MAX_PAYLOAD_BYTES || message.payload === null) {
      logWarning(`dropped a message on ${message.topic}: ${message.size} bytes, not a valid state`);
      return;
    }
    const parsed = parseWatchedMessage(message.payload);
    if (parsed.state === null) {
      logWarning(`dropped a message on ${message.topic}: ${parsed.problem}`);
      return;
    }
    if (!this.settings.syncWatched) {
      return;
    }
    const write = this.sync.applyRemoteWatched(identity, parsed.state);
    if (write !== null) {
      this.writeWatched(write, `device ${parsed.state.device}`);
    }
  }

  private writeWatched(write: WatchedWrite, source: string): void {
    const word = write.playcount > 0 ? "watched" : "unwatched";
    try {
      this.library.setMovieWatched(write.movieid, write.playcount, write.lastplayed);
      logInfo(`marked "${write.title}" ${word} (from ${source})`);
    } catch (error) {
      logError(`could not mark "${write.title}" ${word}: ${describeError(error)}`);
    }
  }
}

interface LibraryUpdate {
  id: number;
  type: string;
  /** True when a library scan caused it (`added` or `transaction`), not a user. */
  scanned: boolean;
}

/** The data of a VideoLibrary.OnUpdate notification, or null when it is not the shape Kodi sends. */
export function parseLibraryUpdate(data: string): LibraryUpdate | null {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(data);
  } catch (error) {
    logDebug(`ignored a library notification that was not JSON`);
    return null;
  }
  if (typeof parsed !== "object" || parsed === null) {
    return null;
  }
  const fields = parsed as Record<string, unknown>;
  const item = fields["item"];
  if (typeof item !== "object" || item === null) {
    return null;
  }
  const itemFields = item as Record<string, unknown>;
  const id = itemFields["id"];
  const type = itemFields["type"];
  if (typeof id !== "number" || typeof type !== "string") {
    return null;
  }
  return { id: id, type: type, scanned: fields["added"] === true || fields["transaction"] === true };
}
