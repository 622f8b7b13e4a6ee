/**
 * The service: the only place that touches Kodi and the broker. It runs on Kodi's service
 * thread; Paho's thread and Kodi's callbacks only queue, and this loop takes from the queues.
 */

import { Addon } from "xbmcaddon";
import { ServiceMonitor, KodiEvent } from "cloudsync_host/monitor";
import { MqttConnection, ReceivedMessage } from "cloudsync_host/mqtt";
import { join_path, profile_directory, read_text, write_text } from "cloudsync_host/files";
import { BackgroundProgress, localized, notify, set_service_running } from "cloudsync_host/ui";
import { FavouritePublication, FavouriteSync, FavouriteWrite } from "./core/favourite-sync";
import {
  MAX_FAVOURITE_LIST_PAYLOAD_BYTES,
  MAX_FAVOURITE_PAYLOAD_BYTES,
  encodeFavouriteListMessage,
  encodeFavouriteMessage,
  parseFavouriteListMessage,
  parseFavouriteMessage,
} from "./core/favourite-messages";
import { Favourite, favouriteIdentity } from "./core/favourite";
import { FavouritesStore } from "./host/favourites";
import { JsonRpcFavourites } from "./kodi/json-rpc-favourites";
import { encodeDeviceStatus } from "./core/device-status";
import { encodeResumeMessage, parseResumeMessage, parseWatchedItemMessage } from "./core/item-messages";
import { LibrarySync, FieldState, ItemPublication, ItemWrite } from "./core/library-sync";
import { DEVICE_STATUS_EXPIRY_SECONDS, SECONDS_PER_DAY, SESSION_EXPIRY_SECONDS } from "./core/message-expiry";
import { Outbox, Publication } from "./core/outbox";
import { CloudSyncSettings } from "./core/settings";
import { readKodiSettings } from "./kodi/settings-reader";
import {
  ItemField,
  catchUpTopic,
  deviceStatusTopic,
  favouriteListTopic,
  favouriteTopic,
  itemSubscriptions,
  itemTopic,
  parseFavouriteTopic,
  parseDeviceStatusTopic,
  parseItemTopic,
} from "./core/topics";
import { MAX_PAYLOAD_BYTES, encodeWatchedMessage } from "./core/watched-message";
import { ItemKind, VideoLibrary } from "./host/video-library";
import { JsonRpcVideoLibrary } from "./kodi/json-rpc-video-library";
import { describeError, logDebug, logError, logInfo, logWarning, setLogLevel } from "./log";
import { random_token } from "cloudsync_host/web";
import { DeviceDirectory } from "./core/device-directory";
import { parseDeviceStatus } from "./core/device-status";
import { WebAccess } from "./core/web-access";
import { WebSettingsView, webSettingsView } from "./core/web-settings-form";
import { writeKodiSettings } from "./kodi/settings-reader";
import { StatusView, WebApp, WebAppContext } from "./web/web-app";
import { WebPageServer } from "./web/web-page-server";

/** Seconds the loop waits for Kodi between rounds: the latency floor of a sync. */
const LOOP_WAIT_SECONDS = 0.1;
/** Messages applied per round, so a flood of retained states never freezes the loop. */
const MESSAGES_PER_ROUND = 200;
/** Writes logged one by one per round; a catch-up burst gets a summary line instead of thousands. */
const LOGGED_WRITES_PER_ROUND = 10;
const KEEPALIVE_SECONDS = 30;
/**
 * QoS 0, not 1: on subscribe, a stock Mosquitto sends at most 1,020 retained messages at QoS 1
 * (20 in flight + max_queued_messages 1000) and silently drops the rest, so a library of
 * thousands of items would never fully arrive (measured: 1,020 of 12,000). At QoS 0 all arrive.
 * Nothing is lost by it: states are retained, and every (re)connect subscribes again, which
 * makes the broker send every retained state again.
 */
const SUBSCRIPTION_QOS = 0;
const OUTBOX_FILE = "outbox.json";
/** Malformed messages get a log line each up to this many: a flood must not flood kodi.log. */
const MAX_LOGGED_PROBLEMS = 20;
/** A catch-up marker can be dropped by a broker whose queue is full: sent again after this much quiet. */
const MARKER_RESEND_MILLISECONDS = 5_000;
/** If no marker returns after this much quiet (a broker that refuses it), unsent changes go out anyway. */
const CATCH_UP_TIMEOUT_MILLISECONDS = 30_000;
/** How often Kodi's favourites are read: it sends no notification when they change. */
const FAVOURITES_POLL_MILLISECONDS = 2_000;
/** The notification the settings button "Publish All My Favorites" sends (NotifyAll). */
const PUBLISH_ALL_METHOD = "Other.publish_all_favourites";
const ADDON_ID = "service.cloudsync";
/** How often the short "in progress" listing is read: resume points set through JSON-RPC fire no notification. */
const RESUME_POLL_MILLISECONDS = 5_000;
/** The retained device status is refreshed this often, so "last seen" stays true while online. */
const STATUS_REFRESH_MILLISECONDS = 10 * 60_000;
/**
 * How often the settings file is compared with what was last read. Kodi tells the service when its
 * own settings dialog saves, but not when something else (a set-up tool, a user with a text
 * editor, a synced profile) rewrites the file; a fresh Addon() reads the file as it is now.
 */
const SETTINGS_FILE_POLL_MILLISECONDS = 2_000;
const SETTINGS_FILE = "settings.xml";
/** Bytes of randomness in a web session id or form token. */
const WEB_SECRET_BYTES = 24;

export class Service implements WebAppContext {
  private readonly monitor: ServiceMonitor = new ServiceMonitor();
  private readonly connection: MqttConnection = new MqttConnection();
  private readonly library: VideoLibrary = new JsonRpcVideoLibrary();
  private readonly favouritesStore: FavouritesStore = new JsonRpcFavourites();
  private favourites: FavouriteSync;
  private favouritesPolledAt = 0;
  private readonly outbox: Outbox = new Outbox();
  private readonly version: string;
  private settings: CloudSyncSettings;
  private sync: LibrarySync;
  private connected = false;
  private configured = false;
  private readonly outboxPath: string;
  private loggedProblems = 0;
  /** The marker this connection waits for before publishing item states; "" once caught up. */
  private awaitedMarker = "";
  private markerSentAt = 0;
  /** When the catch-up last made progress (connected, or a message arrived). */
  private catchUpActiveAt = 0;
  private connections = 0;
  private messagesSinceConnect = 0;
  private statusPublishedAt = 0;
  private resumePolledAt = 0;
  private writesThisRound = 0;
  private readonly webPage: WebPageServer = new WebPageServer();
  private readonly webAccess: WebAccess = new WebAccess();
  private readonly webApp: WebApp;
  /** The settings before a save from the web page, whose change is applied once the request is answered. */
  private settingsBeforeSave: CloudSyncSettings | null = null;
  private readonly settingsPath: string;
  private settingsFileText: string | null = null;
  private settingsFileCheckedAt = 0;
  private readonly addonPath: string;
  private readonly webAssets: Map<string, string> = new Map();
  private readonly devices: DeviceDirectory = new DeviceDirectory();
  /** Why the broker connection is as it is, for the web page. */
  private connectionReason = "";
  /** When a state was last sent to or applied from the group; 0 for not yet. */
  private lastSyncAt = 0;

  constructor() {
    const addon = new Addon();
    this.version = addon.getAddonInfo("version");
    this.addonPath = addon.getAddonInfo("path");
    this.settings = this.readSettings();
    this.sync = new LibrarySync(this.settings.deviceId, this.settings.echoGraceSeconds);
    this.favourites = new FavouriteSync(this.settings.deviceId, this.settings.echoGraceSeconds);
    this.outboxPath = join_path(profile_directory(), OUTBOX_FILE);
    this.settingsPath = join_path(profile_directory(), SETTINGS_FILE);
    this.webAccess.setPin(this.settings.webPin);
    this.webApp = new WebApp(this.webAccess, this);
  }

  run(): void {
    logInfo(`CloudSync ${this.version} starting as device ${this.settings.deviceId}`);
    logInfo(`MQTT client: paho-mqtt from ${this.connection.paho_location()}`);
    this.loadOutbox();
    this.refreshLibrary();
    this.pollFavourites(true);
    this.applyBrokerSettings();
    this.settingsFileText = read_text(this.settingsPath);
    this.settingsFileCheckedAt = Date.now();
    this.webPage.apply(this.settings.webEnabled, this.settings.webPort, Date.now());
    set_service_running(true);
    while (!this.monitor.wait(LOOP_WAIT_SECONDS)) {
      this.runRound();
    }
    set_service_running(false);
    this.stop();
  }

  /** One pass over everything queued; a failure in one step is logged and the service goes on. */
  private runRound(): void {
    this.writesThisRound = 0;
    try {
      for (const event of this.monitor.take_events()) {
        this.handleKodiEvent(event);
      }
      this.webPage.serve(this.webApp, Date.now());
      if (this.settingsBeforeSave !== null) {
        const previous = this.settingsBeforeSave;
        this.settingsBeforeSave = null;
        this.applySettingsChange(previous, read_text(this.settingsPath));
      }
      this.pollSettingsFile();
      for (const change of this.connection.take_connection_changes()) {
        this.handleConnectionChange(change.connected, change.reason);
      }
      for (const message of this.connection.take_messages(MESSAGES_PER_ROUND)) {
        this.handleMessage(message);
      }
      this.pollResumePoints();
      this.pollFavourites(false);
      this.checkCatchUpTimeout();
      this.refreshDeviceStatus();
      this.flushOutbox();
    } catch (error) {
      logError(`unexpected error, carrying on: ${describeError(error)}`);
    }
    if (this.writesThisRound > LOGGED_WRITES_PER_ROUND) {
      logInfo(`marked ${this.writesThisRound - LOGGED_WRITES_PER_ROUND} more item(s) from the sync group`);
    }
  }

  private stop(): void {
    if (this.configured && this.connected) {
      this.connection.publish(
        deviceStatusTopic(this.settings.syncGroup, this.settings.deviceId),
        this.deviceStatusPayload(false),
        0,
        true,
        DEVICE_STATUS_EXPIRY_SECONDS,
      );
    }
    this.connection.stop();
    this.webPage.stop();
    if (this.outbox.size > 0) {
      logWarning(`stopping with ${this.outbox.size} change(s) not yet sent to the broker`);
    }
    logInfo("CloudSync stopped");
  }

  private readSettings(): CloudSyncSettings {
    const settings = readKodiSettings();
    setLogLevel(settings.logLevel);
    return settings;
  }

  private handleKodiEvent(event: KodiEvent): void {
    if (event.kind === "settings_changed") {
      this.handleSettingsChanged();
      return;
    }
    if (event.method === PUBLISH_ALL_METHOD && event.sender === ADDON_ID) {
      this.publishAllFavourites();
    } else if (event.method === "VideoLibrary.OnUpdate") {
      this.handleLibraryUpdate(event.data);
    } else if (event.method === "VideoLibrary.OnScanFinished" || event.method === "VideoLibrary.OnCleanFinished") {
      this.refreshLibrary();
    }
  }

  /** The settings file rewritten by something other than Kodi's dialog (which also tells us) is read again. */
  private pollSettingsFile(): void {
    const now = Date.now();
    if (now - this.settingsFileCheckedAt < SETTINGS_FILE_POLL_MILLISECONDS) {
      return;
    }
    this.settingsFileCheckedAt = now;
    const text = read_text(this.settingsPath);
    if (text !== null && text !== this.settingsFileText) {
      logDebug("the settings file changed: reading it again");
      this.handleSettingsChanged(text);
    }
  }

  /** `fileText`: the settings file as just read, when the caller has it. */
  private handleSettingsChanged(fileText: string | null = null): void {
    const previous = this.settingsBeforeSave ?? this.settings;
    this.settingsBeforeSave = null;
    this.settings = this.readSettings();
    this.applySettingsChange(previous, fileText ?? read_text(this.settingsPath));
  }

  /** Acts on the difference between `previous` and the settings now read; `fileText` is what they were read from. */
  private applySettingsChange(previous: CloudSyncSettings, fileText: string | null): void {
    this.settingsFileText = fileText;
    this.webAccess.setPin(this.settings.webPin);
    this.webPage.apply(this.settings.webEnabled, this.settings.webPort, Date.now());
    if (this.settings.brokerDiffers(previous)) {
      this.devices.clear(); // another group or broker: its devices are not these
    }
    if (this.settings.deviceId !== previous.deviceId || this.settings.echoGraceSeconds !== previous.echoGraceSeconds) {
      this.sync = new LibrarySync(this.settings.deviceId, this.settings.echoGraceSeconds);
      this.favourites = new FavouriteSync(this.settings.deviceId, this.settings.echoGraceSeconds);
      this.pollFavourites(true);
      this.noteUnsentStates();
      this.refreshLibrary();
    }
    if (this.settings.brokerDiffers(previous) || this.settings.enabled !== previous.enabled) {
      logInfo("broker settings changed: reconnecting");
      this.applyBrokerSettings();
    } else if (this.settings.deviceName !== previous.deviceName) {
      logInfo(`this device is now called "${this.settings.deviceName}" in the sync group`);
      if (this.connected) {
        this.queueDeviceStatus();
      }
    }
  }

  private applyBrokerSettings(): void {
    this.connected = false;
    this.connectionReason = "";
    if (!this.settings.enabled || this.settings.brokerHost === "") {
      this.connection.stop();
      this.configured = false;
      logInfo(this.settings.enabled ? "no broker host set: not syncing" : "sync is switched off");
      return;
    }
    this.connection.set_subscriptions(itemSubscriptions(this.settings.syncGroup, this.settings.deviceId), SUBSCRIPTION_QOS);
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
    this.connectionReason = reason;
    if (!connected) {
      logWarning(`broker connection lost or refused: ${reason}`);
      return;
    }
    logInfo(`connected to the broker (${reason}); group ${this.settings.syncGroup}`);
    this.queueDeviceStatus();
    this.startCatchUp();
  }

  private queueDeviceStatus(): void {
    this.statusPublishedAt = Date.now();
    this.outbox.put({
      topic: deviceStatusTopic(this.settings.syncGroup, this.settings.deviceId),
      payload: this.deviceStatusPayload(true),
      qos: 0,
      retain: true,
      expirySeconds: DEVICE_STATUS_EXPIRY_SECONDS,
    });
  }

  private refreshDeviceStatus(): void {
    if (this.connected && Date.now() - this.statusPublishedAt >= STATUS_REFRESH_MILLISECONDS) {
      this.queueDeviceStatus();
    }
  }

  /** Sends the marker that tells when every retained state of the group has arrived. */
  private startCatchUp(): void {
    this.connections += 1;
    this.messagesSinceConnect = 0;
    // The time keeps a marker queued in the persistent session by an earlier run from matching.
    this.awaitedMarker = `${this.settings.deviceId}#${this.connections}@${Date.now()}`;
    this.catchUpActiveAt = Date.now();
    this.sendMarker();
  }

  private sendMarker(): void {
    this.markerSentAt = Date.now();
    if (!this.connection.publish(catchUpTopic(this.settings.syncGroup, this.settings.deviceId), this.awaitedMarker, 1, false, 60)) {
      logWarning("could not send the catch-up marker; trying again shortly");
    }
  }

  private finishCatchUp(how: string): void {
    this.awaitedMarker = "";
    const unsent = this.outbox.pending().filter((publication) => this.isStateTopic(publication.topic)).length;
    logInfo(`${how}: ${this.messagesSinceConnect} message(s) received since connecting; sending ${unsent} unsent change(s)`);
  }

  private checkCatchUpTimeout(): void {
    if (!this.connected || this.awaitedMarker === "") {
      return;
    }
    const now = Date.now();
    if (now - this.catchUpActiveAt > CATCH_UP_TIMEOUT_MILLISECONDS) {
      logWarning("the catch-up marker did not come back from the broker");
      this.finishCatchUp("not sure to be caught up with the group");
    } else if (now - Math.max(this.markerSentAt, this.catchUpActiveAt) > MARKER_RESEND_MILLISECONDS) {
      this.sendMarker();
    }
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
    const now = Date.now();
    const writes: ItemWrite[] = [];
    for (const kind of ["movie", "episode"] as ItemKind[]) {
      writes.push(...this.sync.replaceLibrary(kind, this.library.listItems(kind), now));
    }
    logInfo(`library indexed: ${this.sync.itemCount} item(s), ${this.sync.pendingCount} waiting state(s)`);
    for (const write of writes) {
      this.applyWrite(write);
    }
  }

  private handleLibraryUpdate(data: string): void {
    const update = parseLibraryUpdate(data);
    if (update === null || (update.type !== "movie" && update.type !== "episode")) {
      return;
    }
    const kind: ItemKind = update.type === "movie" ? "movie" : "episode";
    if (!update.scanned && update.playcount !== null && this.sync.isEchoOfWrite(kind, update.id, update.playcount, Date.now())) {
      return; // our own write coming back: no need to read the item (halves the JSON-RPC of a burst)
    }
    const item = this.library.getItem(kind, update.id);
    if (item === null) {
      return;
    }
    const now = Date.now();
    if (update.scanned) {
      // A scan adding or refreshing an item is not a user's change: recorded, never published.
      for (const write of this.sync.addScannedItem(item, now)) {
        this.applyWrite(write);
      }
      return;
    }
    const switches = { watched: this.settings.syncWatched, resume: this.settings.syncResume };
    for (const publication of this.sync.applyLocalItem(item, now, switches)) {
      this.publishItem(publication);
    }
  }

  /** Reads Kodi's favourites (the first read is the baseline) and publishes what a user changed. */
  private pollFavourites(force: boolean): void {
    const now = Date.now();
    if (!this.settings.syncFavorites || (!force && now - this.favouritesPolledAt < FAVOURITES_POLL_MILLISECONDS)) {
      return;
    }
    this.favouritesPolledAt = now;
    let listed: Favourite[] = [];
    try {
      listed = this.favouritesStore.list();
    } catch (error) {
      this.logProblem(`could not read the favourites: ${describeError(error)}`);
      return;
    }
    for (const publication of this.favourites.applyListing(listed, now, this.settings.syncFavoriteRemovals)) {
      this.publishFavourite(publication, "publishing");
    }
  }

  private publishFavourite(publication: FavouritePublication, why: string): void {
    const word = publication.state.present ? "added" : "removed";
    logInfo(`${why} favourite "${publication.state.favourite.title}" (${publication.identity}) as ${word}`);
    this.outbox.put({
      topic: favouriteTopic(this.settings.syncGroup, publication.identity),
      payload: encodeFavouriteMessage(publication.state),
      qos: 1,
      retain: true,
      expirySeconds: this.settings.favouritesExpiryDays * SECONDS_PER_DAY,
    });
    this.saveOutbox();
    this.flushOutbox();
  }

  /** "Publish All My Favorites": every favourite of this device, then its complete list, with progress and the outcome shown. */
  private publishAllFavourites(): void {
    if (!this.settings.syncFavorites) {
      logWarning("Publish All My Favorites: favourites sync is switched off");
      notify(localized(32042), true);
      return;
    }
    if (!this.connected) {
      logWarning("Publish All My Favorites: the broker is not reachable; nothing sent");
      notify(localized(32042), true);
      return;
    }
    this.pollFavourites(true);
    const now = Date.now();
    const publications = this.favourites.publishAll(now);
    const progress = new BackgroundProgress(localized(32040), "");
    try {
      for (let index = 0; index < publications.length; index++) {
        const publication = publications[index];
        if (publication !== undefined) {
          progress.update((100 * index) / publications.length, publication.state.favourite.title);
          this.publishFavourite(publication, "Publish All:");
        }
      }
      const list = encodeFavouriteListMessage({ device: this.settings.deviceId, time: now, identities: this.favourites.localIdentities() });
      this.outbox.put({ topic: favouriteListTopic(this.settings.syncGroup), payload: list, qos: 1, retain: false, expirySeconds: this.settings.favouritesExpiryDays * SECONDS_PER_DAY });
      this.flushOutbox();
    } finally {
      progress.close();
    }
    const listTopic = favouriteListTopic(this.settings.syncGroup);
    const sent = !this.outbox.has(listTopic) && publications.every((publication) => !this.outbox.has(favouriteTopic(this.settings.syncGroup, publication.identity)));
    logInfo(`Publish All My Favorites: ${publications.length} favourite(s) ${sent ? "sent" : "queued; the broker did not take them yet"}`);
    notify(sent ? localized(32041).replace("%d", String(publications.length)) : localized(32042), !sent);
  }

  private handleFavouriteMessage(message: ReceivedMessage, identity: string): void {
    if (message.size > MAX_FAVOURITE_PAYLOAD_BYTES || message.payload === null) {
      this.logProblem(`dropped a message on ${message.topic}: ${message.size} bytes, not a valid favourite`);
      return;
    }
    const parsed = parseFavouriteMessage(message.payload);
    if (parsed.state === null) {
      this.logProblem(`dropped a message on ${message.topic}: ${parsed.problem}`);
      return;
    }
    if (!this.settings.syncFavorites) {
      return;
    }
    const write = this.favourites.applyRemote(identity, parsed.state, this.settings.syncFavoriteRemovals, Date.now());
    if (write !== null) {
      this.applyFavouriteWrite(write);
    }
  }

  private handleFavouriteList(message: ReceivedMessage): void {
    if (message.size > MAX_FAVOURITE_LIST_PAYLOAD_BYTES || message.payload === null) {
      this.logProblem(`dropped a message on ${message.topic}: ${message.size} bytes, not a valid list`);
      return;
    }
    const parsed = parseFavouriteListMessage(message.payload);
    if (parsed.list === null) {
      this.logProblem(`dropped a message on ${message.topic}: ${parsed.problem}`);
      return;
    }
    if (!this.settings.syncFavorites) {
      return;
    }
    const list = parsed.list;
    for (const write of this.favourites.applyAuthoritativeList(list.identities, list.time, list.device, this.settings.syncFavoriteRemovals, Date.now())) {
      this.applyFavouriteWrite(write);
    }
  }

  private applyFavouriteWrite(write: FavouriteWrite): void {
    const title = write.favourite.title;
    try {
      // Kodi's AddFavourite toggles, and the last listing can be 2 s old (a user may just have added
      // the same favourite here): only Kodi's list of this moment says whether the call adds or removes.
      const present = this.favouritesStore.list().some((favourite) => favouriteIdentity(favourite) === write.identity);
      if (present === (write.action === "add")) {
        logDebug(`favourite "${title}" is already ${present ? "here" : "gone"}: nothing to do`);
        return;
      }
      if (write.action === "add") {
        this.favouritesStore.add(write.favourite);
        this.lastSyncAt = Date.now();
        logInfo(`added favourite "${title}" (from device ${write.device})`);
      } else {
        this.favouritesStore.remove(write.favourite);
        this.lastSyncAt = Date.now();
        logInfo(`removed favourite "${title}" (from device ${write.device})`);
      }
    } catch (error) {
      this.favourites.revertWrite(write);
      logError(`could not ${write.action} favourite "${title}": ${describeError(error)}`);
    }
  }

  private pollResumePoints(): void {
    const now = Date.now();
    if (!this.settings.syncResume || now - this.resumePolledAt < RESUME_POLL_MILLISECONDS) {
      return;
    }
    this.resumePolledAt = now;
    const switches = { watched: this.settings.syncWatched, resume: this.settings.syncResume };
    for (const kind of ["movie", "episode"] as ItemKind[]) {
      for (const publication of this.sync.applyInProgressListing(kind, this.library.listInProgress(kind), now, switches)) {
        this.publishItem(publication);
      }
    }
  }

  private publishItem(publication: ItemPublication, why = "publishing"): void {
    const topic = itemTopic(this.settings.syncGroup, publication.kind, publication.identity, publication.field);
    let payload = "";
    if (publication.watched !== null) {
      const word = publication.watched.playcount > 0 ? "watched" : "unwatched";
      logInfo(`${why} "${publication.title}" (${publication.kind} ${publication.identity}) as ${word}`);
      payload = encodeWatchedMessage(publication.watched);
    } else if (publication.resume !== null) {
      logInfo(`${why} "${publication.title}" (${publication.kind} ${publication.identity}) ${describeResume(publication.resume.position)}`);
      payload = encodeResumeMessage(publication.resume);
    }
    this.outbox.put({ topic: topic, payload: payload, qos: 1, retain: true, expirySeconds: this.settings.watchedExpiryDays * SECONDS_PER_DAY });
    this.saveOutbox();
    this.flushOutbox();
  }

  private flushOutbox(): void {
    if (!this.connected || this.outbox.size === 0) {
      return;
    }
    const before = this.outbox.size;
    const catchingUp = this.awaitedMarker !== "";
    for (const publication of this.outbox.pending()) {
      if (catchingUp && this.isStateTopic(publication.topic)) {
        continue; // item states wait until every retained state has arrived
      }
      if (!this.sendPublication(publication)) {
        logWarning(`the broker did not take a message; ${this.outbox.size} kept for later`);
        break;
      }
      this.outbox.remove(publication.topic);
      if (this.isStateTopic(publication.topic)) {
        this.lastSyncAt = Date.now();
      }
    }
    if (this.outbox.size !== before) {
      this.saveOutbox();
    }
  }

  private isStateTopic(topic: string): boolean {
    return parseItemTopic(this.settings.syncGroup, topic) !== null || parseFavouriteTopic(this.settings.syncGroup, topic) !== null;
  }

  private loadOutbox(): void {
    const text = read_text(this.outboxPath);
    if (text === null) {
      return;
    }
    const unusable = this.outbox.load(text);
    if (unusable > 0) {
      logWarning(`the saved outbox had ${unusable} unusable entr(ies); they were dropped`);
    }
    if (this.outbox.size > 0) {
      logInfo(`${this.outbox.size} change(s) from before the restart waiting for the broker`);
    }
    this.noteUnsentStates();
  }

  /** Unsent changes count as the newest known states of their items until something newer arrives. */
  private noteUnsentStates(): void {
    for (const publication of this.outbox.pending()) {
      const item = parseItemTopic(this.settings.syncGroup, publication.topic);
      if (item === null) {
        continue;
      }
      const state = this.parseState(item.field, publication.payload).state;
      if (state !== null) {
        this.sync.noteUnsentState(item.kind, item.identity, item.field, state);
      }
    }
  }

  private parseState(field: ItemField, payload: string): { state: FieldState | null; problem: string } {
    if (field === "watched") {
      const parsed = parseWatchedItemMessage(payload);
      return { state: parsed.state, problem: parsed.problem };
    }
    const parsed = parseResumeMessage(payload);
    return { state: parsed.state, problem: parsed.problem };
  }

  private saveOutbox(): void {
    if (!write_text(this.outboxPath, this.outbox.toJson())) {
      logError(`could not save the outbox to ${this.outboxPath}; unsent changes would be lost if Kodi stopped now`);
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
    this.messagesSinceConnect += 1;
    this.catchUpActiveAt = Date.now();
    const favouriteIdentity = parseFavouriteTopic(this.settings.syncGroup, message.topic);
    if (favouriteIdentity !== null) {
      if (message.size > 0) {
        this.handleFavouriteMessage(message, favouriteIdentity);
      }
      return;
    }
    if (message.topic === favouriteListTopic(this.settings.syncGroup)) {
      if (message.size > 0) {
        this.handleFavouriteList(message);
      }
      return;
    }
    const statusDevice = parseDeviceStatusTopic(this.settings.syncGroup, message.topic);
    if (statusDevice !== null) {
      this.handleDeviceStatus(message, statusDevice);
      return;
    }
    const item = parseItemTopic(this.settings.syncGroup, message.topic);
    if (item === null) {
      if (this.awaitedMarker !== "" && message.topic === catchUpTopic(this.settings.syncGroup, this.settings.deviceId) && message.payload === this.awaitedMarker) {
        this.finishCatchUp("caught up with the group");
      }
      return;
    }
    if (message.size === 0) {
      // An empty retained message clears the topic on the broker: nothing to apply.
      return;
    }
    if (message.size > MAX_PAYLOAD_BYTES || message.payload === null) {
      this.logProblem(`dropped a message on ${message.topic}: ${message.size} bytes, not a valid state`);
      return;
    }
    const { state, problem } = this.parseState(item.field, message.payload);
    if (state === null) {
      this.logProblem(`dropped a message on ${message.topic}: ${problem}`);
      return;
    }
    if ((item.field === "watched" && !this.settings.syncWatched) || (item.field === "resume" && !this.settings.syncResume)) {
      return;
    }
    const outcome = this.sync.applyRemote(item.kind, item.identity, item.field, state, Date.now());
    if (outcome.accepted && state.device !== this.settings.deviceId && this.outbox.has(message.topic)) {
      this.outbox.remove(message.topic);
      this.saveOutbox();
      logInfo(`a newer change from device ${state.device} replaces this device's unsent one on ${message.topic}`);
    }
    if (outcome.write !== null) {
      this.applyWrite(outcome.write);
    }
    if (outcome.correction !== null) {
      this.publishItem(outcome.correction, `device ${state.device} sent an older state; republishing`);
    }
  }

  private handleDeviceStatus(message: ReceivedMessage, deviceId: string): void {
    if (message.size === 0) {
      this.devices.forget(deviceId);
      return;
    }
    if (message.payload === null || message.size > MAX_PAYLOAD_BYTES) {
      this.logProblem(`dropped a message on ${message.topic}: ${message.size} bytes, not a device status`);
      return;
    }
    const parsed = parseDeviceStatus(message.payload);
    if (parsed.status === null || parsed.status.device !== deviceId) {
      this.logProblem(`dropped a message on ${message.topic}: ${parsed.status === null ? parsed.problem : "the device differs from its topic"}`);
      return;
    }
    this.devices.applyStatus(parsed.status, !message.retained, Date.now());
  }

  /** One warning per bad message, up to a limit per run of bad ones, then one line saying so. */
  private logProblem(line: string): void {
    this.loggedProblems += 1;
    if (this.loggedProblems <= MAX_LOGGED_PROBLEMS) {
      logWarning(line);
    } else if (this.loggedProblems === MAX_LOGGED_PROBLEMS + 1) {
      logWarning("more invalid messages arrived; they are dropped without a log line each");
    }
  }

  private applyWrite(write: ItemWrite): void {
    const what = write.field === "watched" ? (write.playcount > 0 ? "watched" : "unwatched") : describeResume(write.resume.position);
    try {
      if (write.field === "watched") {
        this.library.setWatched(write.kind, write.id, write.playcount, write.lastplayed);
      } else {
        this.library.setResume(write.kind, write.id, write.resume);
      }
      this.writesThisRound += 1;
      this.lastSyncAt = Date.now();
      if (this.writesThisRound <= LOGGED_WRITES_PER_ROUND) {
        logInfo(`marked "${write.title}" ${what} (from device ${write.device})`);
      }
    } catch (error) {
      logError(`could not mark "${write.title}" ${what}: ${describeError(error)}`);
    }
  }

  // What the web page reads and changes (WebAppContext).

  settingsView(): WebSettingsView {
    return webSettingsView(this.settings);
  }

  saveSettings(changes: Record<string, string>): string {
    const problem = writeKodiSettings(changes);
    if (problem !== "") {
      logError(`web page: settings not saved: ${problem}`);
      return problem;
    }
    // Names only: values (the password) are never logged.
    logInfo(`settings changed from the web page: ${Object.keys(changes).join(", ") || "nothing"}`);
    // Read at once so the page's answer shows what was saved; acted on after the answer is sent,
    // since moving the web page now would cut the answer off.
    if (this.settingsBeforeSave === null) {
      this.settingsBeforeSave = this.settings;
    }
    this.settings = this.readSettings();
    return "";
  }

  status(): StatusView {
    let connection = "connecting";
    let reason = this.connectionReason;
    if (!this.settings.enabled) {
      connection = "off";
      reason = "CloudSync is switched off in its settings";
    } else if (this.settings.brokerHost === "") {
      connection = "off";
      reason = "no broker host is set";
    } else if (this.connected) {
      connection = "connected";
    } else if (reason !== "") {
      connection = "disconnected";
    }
    return {
      connection: connection,
      reason: reason,
      broker: `${this.settings.brokerHost}:${this.settings.brokerPort} (${this.settings.useTls ? "TLS" : "no TLS"})`,
      lastSync: this.lastSyncAt,
      outbox: this.outbox.size,
      devices: this.devices.list().map((device) => ({
        id: device.id,
        name: device.name,
        version: device.version,
        online: device.online,
        lastSeen: device.lastSeen,
        thisDevice: device.id === this.settings.deviceId,
      })),
      deviceId: this.settings.deviceId,
      version: this.version,
    };
  }

  asset(name: string): string | null {
    const cached = this.webAssets.get(name);
    if (cached !== undefined) {
      return cached;
    }
    const text = read_text(join_path(join_path(join_path(this.addonPath, "resources"), "web"), name));
    if (text !== null) {
      this.webAssets.set(name, text);
    }
    return text;
  }

  newSecret(): string {
    return random_token(WEB_SECRET_BYTES);
  }

  now(): number {
    return Date.now();
  }
}

function describeResume(position: number): string {
  if (position <= 0) {
    return "with no resume point";
  }
  const seconds = Math.floor(position);
  const minutes = Math.floor(seconds / 60);
  return `resuming at ${minutes}:${String(seconds % 60).padStart(2, "0")}`;
}

interface LibraryUpdate {
  id: number;
  type: string;
  /** True when a library scan caused it (`added` or `transaction`), not a user. */
  scanned: boolean;
  /** The new playcount when the notification says it changed, else null. */
  playcount: number | null;
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
  const playcount = fields["playcount"];
  return { id: id, type: type, scanned: fields["added"] === true || fields["transaction"] === true, playcount: typeof playcount === "number" ? playcount : null };
}
