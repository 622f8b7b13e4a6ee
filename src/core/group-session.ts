/**
 * This device's part in its sync group, with no I/O: the library and favourite sync, the outbox,
 * the device directory and the catch-up marker. Each event (connected, a message, a listing, a
 * local change, a timer tick, an effect that failed) is answered with effects for the service to
 * carry out; time always comes in as a parameter. docs/architecture.md shows where it sits.
 *
 * Rules kept here (docs/protocol.md has them in full):
 * - Item and favourite states wait in the outbox until the catch-up marker comes back, so a device
 *   that was away cannot overwrite newer retained states it has not received yet.
 * - A newer remote state replaces this device's unsent change for the same item and field.
 * - A remote state older than the known one is answered by publishing the known one again.
 * - Invalid messages get a warning each up to a limit per run, then one line saying so.
 * - What anyone on the broker could send is bounded: a state stamped more than a day ahead is
 *   refused (it would freeze the item), a favourite whose body is not the one its topic names is
 *   refused (a replay onto another topic), a favourite that starts something is applied only when
 *   the user allows it, a thumbnail only when it is local, and the states kept for items and
 *   favourites this device does not have, and the device directory, have caps.
 */

import { CatchUp } from "./catch-up";
import { ConnectionReports } from "./connection-reports";
import { GroupCipher, openProtected, protectPublication, protectedRoot, protectedTopic } from "./group-cipher";
import { DeviceDirectory, KnownDevice, MAX_DEVICES } from "./device-directory";
import { Favourite } from "./favourite";
import { FavouritePublication, FavouriteSync, FavouriteWrite, MAX_KNOWN_FAVOURITES, MAX_LOCAL_FAVOURITES } from "./favourite-sync";
import { startsSomething, withLocalThumbnail } from "./favourite-trust";
import { ItemKind, LocalItem } from "./library-store";
import { ItemPublication, ItemWrite, LibrarySync, MAX_PENDING_STATES, SyncSwitches } from "./library-sync";
import { LibraryUpdate } from "./library-update";
import { PendingLibraryFavourites, linkToLibrary } from "./library-favourites";
import { Outbox } from "./outbox";
import { describeOutgoing } from "./broker-limits";
import { PublishPacer } from "./publish-pacing";
import {
  OutgoingMessage,
  Publication,
  describeMessage,
  describeItemRating,
  describeResume,
  isStateMessage,
  itemOutboxKey,
  publicationOf,
} from "./outgoing-messages";
import { ProblemLog } from "./problem-log";
import { SessionEffect, LogLevel } from "./session-effects";
import { CloudSyncSettings } from "./settings";
import { ItemField, deviceStatusTopic, itemSubscriptions } from "./topics";
import { routeTopic } from "./topic-routes";
import { IncomingMessage, MAX_SEALED_BYTES, Reading, readDeviceStatus, readFavouriteList, readFavouriteState, readItemState } from "./incoming-messages";
import { HealthNotice, SyncHealth } from "./sync-health";
import { nextDueAt } from "./timed-work";
import { SongSession, describeSongWrite } from "./song-session";
import { LocalSong } from "./song-store";
import { SongUpdate } from "./song-update";

/** How often the short "in progress" listing is read: resume points set through JSON-RPC fire no notification. */
export const RESUME_POLL_MILLISECONDS = 5_000;
/** How often Kodi's favourites are read: it sends no notification when they change. */
export const FAVOURITES_POLL_MILLISECONDS = 2_000;
/** How often the listing of rated items is read: Kodi 20 sends no notification when a rating is set through JSON-RPC (checked). */
export const RATINGS_POLL_MILLISECONDS = 5_000;
/** The retained device status is refreshed this often, so "last seen" stays true while online. */
export const STATUS_REFRESH_MILLISECONDS = 10 * 60_000;
/**
 * This device's status goes out again when someone empties it, but not more often than this: a
 * client emptying it in a loop would otherwise have it published once per deletion.
 */
export const EMPTIED_STATUS_REPUBLISH_MILLISECONDS = 5_000;
/** Messages that did not open (another passphrase) are summed up in one log line at most this often. */
export const FOREIGN_SUMMARY_MILLISECONDS = 60_000;
/** Writes logged one by one per round; a catch-up burst gets a summary line instead of thousands. */
export const LOGGED_WRITES_PER_ROUND = 10;
/** Under a publish rate limit, the outbox is saved at most this often (see save()). */
export const OUTBOX_SAVE_MILLISECONDS = 1000;

export interface SessionStatus {
  connected: boolean;
  /** Why the connection is as it is ("" while a first attempt is under way). */
  reason: string;
  /** Milliseconds since the epoch of the last state sent or applied; 0 for never. */
  lastSyncAt: number;
  outboxSize: number;
  devices: KnownDevice[];
  /** Messages of the group's topics that did not open: from devices with another passphrase (or forged). */
  otherPassphraseMessages: number;
}

export class GroupSession {
  private settings: CloudSyncSettings;
  private readonly version: string;
  private library: LibrarySync;
  private favourites: FavouriteSync;
  private readonly outbox: Outbox = new Outbox();
  /** The broker's publish rate limit: what may not go yet stays in the outbox, in order. */
  private readonly pacer: PublishPacer = new PublishPacer();
  private outboxSavedAt = 0;
  /** Set by stop() when the publish rate limit left no room for the offline status: the broker is to publish the Last Will. */
  offlineStatusByWill = false;
  private readonly music: SongSession;
  /** The group's keys when it has a passphrase; null: the plain protocol. */
  private cipher: GroupCipher | null = null;
  /** Set when the passphrase changed: this device's states go out again under the new keys once connected. */
  private republishOnConnect = false;
  private foreignMessages = 0;
  private foreignSinceSummary = 0;
  private foreignSummaryAt = -FOREIGN_SUMMARY_MILLISECONDS;
  private readonly devices: DeviceDirectory = new DeviceDirectory();
  private readonly catchUp: CatchUp = new CatchUp();
  private readonly connectionReports: ConnectionReports = new ConnectionReports();
  private readonly health: SyncHealth = new SyncHealth();
  /** Favourites of library items this device does not have yet. */
  private readonly libraryFavourites: PendingLibraryFavourites = new PendingLibraryFavourites();
  private connected = false;
  private connectionReason = "";
  private lastSyncAt = 0;
  private readonly problems: ProblemLog = new ProblemLog();
  /** The caps of what strangers could make this device remember: warned once each per run. */
  private pendingLimitWarned = false;
  private favouritesLimitWarned = false;
  private devicesLimitWarned = false;
  private writesThisRound = 0;
  private resumePolledAt = 0;
  private ratingsPolledAt = 0;
  private favouritesPolledAt = 0;
  private statusPublishedAt = 0;
  /** When its emptied status was last published again (null: never). */
  private emptiedStatusAnsweredAt: number | null = null;
  /** Emptied again before EMPTIED_STATUS_REPUBLISH_MILLISECONDS had passed: published again once they have. */
  private statusRepublishDue = false;
  /** True once a refused publication was logged, until one goes through: one warning per outage. */
  private refusalLogged = false;
  /** Effects of the event being answered; finish() hands them over. */
  private effects: SessionEffect[] = [];
  private outboxChanged = false;

  constructor(settings: CloudSyncSettings, version: string) {
    this.settings = settings;
    this.version = version;
    this.library = new LibrarySync(settings.deviceId, settings.echoGraceSeconds);
    this.favourites = new FavouriteSync(settings.deviceId, settings.echoGraceSeconds);
    this.music = new SongSession(settings, this.outbox);
    this.pacer.setLimit(settings.publishesPerSecond);
  }

  // Start, settings and stop.

  /** At start: the outbox saved by the last run (null when there is none), then the first listings. */
  start(savedOutbox: string | null, now: number): SessionEffect[] {
    if (savedOutbox !== null) {
      const loaded = this.outbox.load(savedOutbox, this.settings.syncGroup);
      if (loaded.unusable > 0) {
        this.log("warning", `the saved outbox had ${loaded.unusable} unusable entr(ies); they were dropped`);
      }
      if (this.outbox.size > 0) {
        this.log("info", `${this.outbox.size} change(s) from before the restart waiting for the broker`);
      }
      this.noteUnsentStates();
    }
    this.effects.push({ kind: "read-library" });
    this.requestSongs();
    this.requestFavourites(now);
    return this.finish();
  }

  /** New settings (Kodi's dialog, the web page, or the settings file rewritten). */
  applySettings(settings: CloudSyncSettings, now: number): SessionEffect[] {
    const previous = this.settings;
    this.settings = settings;
    this.music.useSettings(settings);
    this.pacer.setLimit(settings.publishesPerSecond);
    if (settings.publishesPerSecond !== previous.publishesPerSecond) {
      this.log(
        "info",
        settings.publishesPerSecond > 0 ? `publishing at most ${settings.publishesPerSecond} message(s) per second` : "publishing without a rate limit",
      );
    }
    if (settings.brokerDiffers(previous)) {
      this.devices.clear(); // another group or broker: its devices are not these
      this.effects.push({ kind: "status-changed" });
    }
    if (settings.syncMusic !== previous.syncMusic) {
      this.log("info", `music sync switched ${settings.syncMusic ? "on" : "off"}`);
    }
    if (settings.deviceId !== previous.deviceId || settings.echoGraceSeconds !== previous.echoGraceSeconds) {
      this.library = new LibrarySync(settings.deviceId, settings.echoGraceSeconds);
      this.favourites = new FavouriteSync(settings.deviceId, settings.echoGraceSeconds);
      this.music.restart();
      this.noteUnsentStates();
      // The library first: a favourite of a library file is known by its item.
      this.effects.push({ kind: "read-library" });
      this.requestSongs();
      this.requestFavourites(now);
    } else {
      if (settings.syncMusic && !previous.syncMusic) {
        this.requestSongs(); // changes made while music sync was off are not this device's to publish: a fresh baseline
      }
      if ((settings.syncRatings && !previous.syncRatings) || (settings.syncResume && !previous.syncResume) || (settings.syncWatched && !previous.syncWatched)) {
        // Likewise for the library: ratings set while their sync was off would otherwise go out at the
        // next poll stamped now, over newer ones from the group.
        this.effects.push({ kind: "read-library" });
      }
    }
    if (!settings.brokerDiffers(previous) && settings.deviceName !== previous.deviceName) {
      this.log("info", `this device is now called "${settings.deviceName}" in the sync group`);
      if (this.connected) {
        this.queueDeviceStatus(now);
      }
    }
    return this.finish();
  }

  /**
   * The group's keys (null: no passphrase). `republish`: the passphrase changed, so this device's
   * own states are sent again under the new keys once it is connected (the old ones cannot be read).
   */
  useCipher(cipher: GroupCipher | null, republish: boolean): void {
    this.cipher = cipher;
    this.foreignSinceSummary = 0;
    if (republish) {
      this.republishOnConnect = true;
    }
  }

  /** The topic filters this device subscribes to. */
  subscriptions(): string[] {
    const cipher = this.cipher;
    if (cipher !== null) {
      return [`${protectedRoot(cipher, this.settings.syncGroup)}/+`];
    }
    return itemSubscriptions(this.settings.syncGroup, this.settings.deviceId);
  }

  /** How a message travels: the plain protocol's publication, sealed when the group has a passphrase. */
  publicationFor(message: OutgoingMessage): Publication {
    const publication = publicationOf(message, this.settings);
    const cipher = this.cipher;
    return cipher === null ? publication : protectPublication(cipher, this.settings.syncGroup, publication);
  }

  /** The service (re)configured the broker connection: nothing is known of it until it reports. */
  brokerConfigured(now: number): SessionEffect[] {
    this.connectionReports.reset();
    if (this.settings.enabled && this.settings.brokerHost !== "") {
      this.health.failing("", now);
    } else {
      this.health.notExpected();
    }
    this.connected = false;
    this.connectionReason = "";
    this.effects.push({ kind: "status-changed" });
    return this.finish();
  }

  /** Kodi is stopping the service: the offline status goes out at once, if it can. */
  stop(now: number): SessionEffect[] {
    if (this.connected && this.pacer.mayPublish(now)) {
      const message: OutgoingMessage = { kind: "device-status", status: this.deviceStatus(false, now) };
      this.effects.push({ kind: "publish", message: message, publication: this.publicationFor(message), fromOutbox: false });
    } else if (this.connected) {
      // The rate limit is used up this second: the broker publishes the offline status (the Last Will) instead.
      this.offlineStatusByWill = true;
    }
    if (this.outbox.size > 0) {
      this.log("warning", `stopping with ${this.outbox.size} change(s) not yet sent to the broker`);
    }
    if (this.outboxChanged) {
      this.outboxChanged = false;
      this.effects.push({ kind: "save-outbox", text: this.outbox.toJson() });
    }
    return this.take();
  }

  // The broker.

  brokerConnected(reason: string, now: number): SessionEffect[] {
    this.connectionReports.reportable([{ connected: true, reason: reason }]);
    this.connected = true;
    this.connectionReason = reason;
    this.refusalLogged = false;
    this.pacer.connected();
    this.notify(this.health.working());
    this.log("info", `connected to the broker (${reason}); group ${this.settings.syncGroup}`);
    this.queueDeviceStatus(now);
    this.sendMarker(this.catchUp.start(this.settings.deviceId, now));
    this.effects.push({ kind: "status-changed" });
    if (this.republishOnConnect) {
      this.republishOnConnect = false;
      this.republishOwnStates(now);
    }
    return this.finish(now);
  }

  /** The connection ended or an attempt failed: one warning per reason, not one per retry. */
  brokerDisconnected(reason: string, now: number): SessionEffect[] {
    this.health.failing(reason, now);
    const repeated = this.connectionReports.reportable([{ connected: false, reason: reason }]).length === 0;
    this.connected = false;
    this.connectionReason = reason;
    if (!repeated) {
      this.log("warning", `broker connection lost or refused: ${reason}`);
      this.effects.push({ kind: "status-changed" });
    }
    return this.finish();
  }

  messageReceived(received: IncomingMessage, now: number): SessionEffect[] {
    this.catchUp.messageArrived(now);
    let message = received;
    const cipher = this.cipher;
    if (cipher !== null) {
      if (received.size === 0) {
        if (received.topic === protectedTopic(cipher, this.settings.syncGroup, deviceStatusTopic(this.settings.syncGroup, this.settings.deviceId))) {
          this.ownStatusEmptied(now);
        }
        return this.finish(); // an emptied retained topic: nobody's authenticated word
      }
      const opened =
        received.payload === null || received.size > MAX_SEALED_BYTES ? null : openProtected(cipher, this.settings.syncGroup, received.topic, received.payload);
      if (opened === null) {
        this.countForeign(now);
        return this.finish();
      }
      message = { topic: opened.topic, payload: opened.payload, size: opened.payload.length, retained: received.retained };
    }
    const route = routeTopic(this.settings.syncGroup, this.settings.deviceId, message.topic);
    switch (route.kind) {
      case "item":
        this.receiveItemState(message, route.itemKind, route.identity, route.field, now);
        break;
      case "song":
        this.refuse(message, this.music.receiveSongState(message, route.identity, route.field, now));
        this.takeMusic();
        break;
      case "favourite":
        this.receiveFavourite(message, route.identity, now);
        break;
      case "favourite-list":
        this.receiveFavouriteList(message, now);
        break;
      case "device-status":
        this.receiveDeviceStatus(message, route.device, now);
        break;
      case "catch-up-marker":
        if (this.catchUp.isAwaitedMarker(message.payload)) {
          this.finishCatchUp("caught up with the group");
        }
        break;
      case "other":
        break;
    }
    return this.finish();
  }

  // Kodi.

  /** Kodi's VideoLibrary.OnUpdate: the item is read unless it is our own write coming back. */
  libraryUpdated(update: LibraryUpdate, now: number): SessionEffect[] {
    if (update.type !== "movie" && update.type !== "episode" && update.type !== "tvshow") {
      return [];
    }
    const kind: ItemKind = update.type;
    if (!update.scanned && update.playcount !== null && this.library.isEchoOfWrite(kind, update.id, update.playcount, now)) {
      return []; // our own write coming back: no need to read the item (halves the JSON-RPC of a burst)
    }
    return [{ kind: "read-item", itemKind: kind, id: update.id, scanned: update.scanned }];
  }

  /** A scan or clean finished: the library is listed again. */
  libraryChanged(): SessionEffect[] {
    return [{ kind: "read-library" }];
  }

  /** The item Kodi said changed (or a listing no longer shows), as read now (null: no longer in the library, so forgotten). */
  itemRead(kind: ItemKind, id: number, item: LocalItem | null, scanned: boolean, now: number): SessionEffect[] {
    if (item === null) {
      this.library.forgetItem(kind, id);
      return [];
    }
    if (scanned) {
      // A scan adding or refreshing an item is not a user's change: recorded, never published.
      this.writeItems(this.library.addScannedItem(item, now));
      this.applyWaitingFavourites(now);
    } else {
      this.publishItems(this.library.applyLocalItem(item, now, this.switches()));
    }
    return this.finish();
  }

  /** The whole library as listed now (at start and after each scan): recorded, never published. */
  libraryListed(movies: LocalItem[], episodes: LocalItem[], now: number, shows: LocalItem[] = []): SessionEffect[] {
    const writes = this.library
      .replaceLibrary("movie", movies, now)
      .concat(this.library.replaceLibrary("episode", episodes, now), this.library.replaceLibrary("tvshow", shows, now));
    this.log("info", `library indexed: ${this.library.itemCount} item(s), ${this.library.pendingCount} waiting state(s)`);
    this.writeItems(writes);
    this.applyWaitingFavourites(now);
    return this.finish();
  }

  inProgressListed(movies: LocalItem[], episodes: LocalItem[], now: number): SessionEffect[] {
    const switches = this.switches();
    this.publishItems(this.library.applyInProgressListing("movie", movies, now, switches));
    this.publishItems(this.library.applyInProgressListing("episode", episodes, now, switches));
    if (switches.resume) {
      this.readUnlisted("movie", this.library.unlistedItems("movie", movies, "resume"));
      this.readUnlisted("episode", this.library.unlistedItems("episode", episodes, "resume"));
    }
    return this.finish();
  }

  /** The items with a user rating now (Kodi's ratings change without a notification). */
  ratedListed(movies: LocalItem[], episodes: LocalItem[], now: number, shows: LocalItem[] = []): SessionEffect[] {
    const switches = this.switches();
    this.publishItems(this.library.applyRatedListing("movie", movies, now, switches));
    this.publishItems(this.library.applyRatedListing("episode", episodes, now, switches));
    this.publishItems(this.library.applyRatedListing("tvshow", shows, now, switches));
    if (switches.rating === true) {
      this.readUnlisted("movie", this.library.unlistedItems("movie", movies, "rating"));
      this.readUnlisted("episode", this.library.unlistedItems("episode", episodes, "rating"));
      this.readUnlisted("tvshow", this.library.unlistedItems("tvshow", shows, "rating"));
    }
    return this.finish();
  }

  /** Items a listing no longer shows are read again: only the read tells a cleared value from a removed item. */
  private readUnlisted(kind: ItemKind, ids: number[]): void {
    for (const id of ids) {
      this.effects.push({ kind: "read-item", itemKind: kind, id: id, scanned: false });
    }
  }

  /**
   * Kodi's AudioLibrary.OnUpdate about a song: it carries no values, so the song is read. A scan's
   * (`added`/`transaction`) is left for AudioLibrary.OnScanFinished's listing: inside the scan's
   * transaction GetSongDetails refuses the song ("Invalid params", seen on Kodi 20).
   */
  songUpdated(update: SongUpdate): SessionEffect[] {
    return this.music.songUpdated(update);
  }

  /** A music scan or clean finished: the songs are listed again (states waiting for a song may now apply). */
  songsChanged(): SessionEffect[] {
    return this.music.songsChanged();
  }

  /** The song Kodi said changed, as read now (null: no longer in the library). */
  songRead(song: LocalSong | null, scanned: boolean, now: number): SessionEffect[] {
    this.music.songRead(song, scanned, now);
    this.takeMusic();
    return this.finish();
  }

  /** Every song as listed now (at start and after each music scan): recorded, never published. */
  songsListed(songs: LocalSong[]): SessionEffect[] {
    this.music.songsListed(songs);
    this.takeMusic();
    return this.finish();
  }

  /** Kodi's favourites as listed now (the first listing is the baseline). */
  favouritesListed(favourites: Favourite[], now: number): SessionEffect[] {
    if (this.settings.syncFavorites) {
      const linked = favourites.map((favourite) => linkToLibrary(favourite, this.library));
      for (const publication of this.favourites.applyListing(linked, now, this.settings.syncFavoriteRemovals)) {
        this.publishFavourite(publication, "publishing");
      }
    }
    return this.finish();
  }

  /**
   * "Publish All My Favorites", after a fresh listing: every favourite of this device, then its
   * complete list. Returns the messages, so the caller can tell whether the broker took them all.
   */
  publishAll(now: number): { effects: SessionEffect[]; messages: OutgoingMessage[] } {
    const messages: OutgoingMessage[] = [];
    for (const publication of this.favourites.publishAll(now)) {
      messages.push(this.publishFavourite(publication, "Publish All:"));
    }
    const list: OutgoingMessage = {
      kind: "favourite-list",
      list: { device: this.settings.deviceId, time: now, identities: this.favourites.localIdentities() },
    };
    this.putInOutbox(list);
    messages.push(list);
    return { effects: this.finish(), messages: messages };
  }

  /** Why Publish All cannot run now, for the log; "" when it can. */
  publishAllRefusal(): string {
    if (!this.settings.syncFavorites) {
      return "favourites sync is switched off";
    }
    if (!this.connected) {
      return "the broker is not reachable; nothing sent";
    }
    return "";
  }

  /** True when none of these messages waits in the outbox any more (the broker took them). */
  /** The publish rate limit in force (0: none). */
  publishesPerSecond(): number {
    return this.settings.publishesPerSecond;
  }

  allSent(messages: OutgoingMessage[]): boolean {
    return messages.every((message) => !this.outbox.has(message));
  }

  // Time.

  /** The clock moved on: polls that are due, the catch-up marker, the device status, the outbox. */
  tick(now: number): SessionEffect[] {
    this.notify(this.health.tick(now));
    if (this.settings.syncResume && now - this.resumePolledAt >= RESUME_POLL_MILLISECONDS) {
      this.resumePolledAt = now;
      this.effects.push({ kind: "read-in-progress" });
    }
    if (this.settings.syncRatings && now - this.ratingsPolledAt >= RATINGS_POLL_MILLISECONDS) {
      this.ratingsPolledAt = now;
      this.effects.push({ kind: "read-rated" });
    }
    if (now - this.favouritesPolledAt >= FAVOURITES_POLL_MILLISECONDS) {
      this.requestFavourites(now);
    }
    this.summariseForeign(now);
    if (this.connected) {
      const step = this.catchUp.step(now);
      if (step === "timed-out") {
        this.log("warning", "the catch-up marker did not come back from the broker");
        this.finishCatchUp("not sure to be caught up with the group");
      } else if (step === "resend") {
        this.sendMarker(this.catchUp.marker);
        this.catchUp.markerSent(now);
      }
      if (now - this.statusPublishedAt >= STATUS_REFRESH_MILLISECONDS) {
        this.queueDeviceStatus(now);
      } else if (this.statusRepublishDue && this.mayAnswerEmptiedStatus(now)) {
        this.answerEmptiedStatus(now);
      }
    }
    return this.finish(now);
  }

  /** True while connected and waiting for the catch-up marker: what arrives is the group's history. */
  get catchingUp(): boolean {
    return this.connected && this.catchUp.waiting;
  }

  /** When tick() next has something to do (core/timed-work.ts), so the service can sleep until then. */
  nextTickAt(now: number): number {
    const polls: { lastAt: number; everyMilliseconds: number }[] = [];
    if (this.settings.syncResume) {
      polls.push({ lastAt: this.resumePolledAt, everyMilliseconds: RESUME_POLL_MILLISECONDS });
    }
    if (this.settings.syncRatings) {
      polls.push({ lastAt: this.ratingsPolledAt, everyMilliseconds: RATINGS_POLL_MILLISECONDS });
    }
    if (this.settings.syncFavorites) {
      polls.push({ lastAt: this.favouritesPolledAt, everyMilliseconds: FAVOURITES_POLL_MILLISECONDS });
    }
    const dueAt: number[] = [];
    if (this.connected) {
      dueAt.push(this.statusPublishedAt + STATUS_REFRESH_MILLISECONDS);
      if (this.statusRepublishDue && this.emptiedStatusAnsweredAt !== null) {
        dueAt.push(this.emptiedStatusAnsweredAt + EMPTIED_STATUS_REPUBLISH_MILLISECONDS);
      }
    }
    if (this.foreignSinceSummary > 0) {
      dueAt.push(this.foreignSummaryAt + FOREIGN_SUMMARY_MILLISECONDS);
    }
    const held = this.pacer.limited && (this.outboxChanged || (this.connected && this.outbox.size > 0));
    return nextDueAt({ now: now, polls: polls, dueAt: dueAt, busy: (this.connected && this.catchUp.waiting) || held });
  }

  /** A round of the service loop ended: a burst of writes gets one summary line. */
  endRound(): SessionEffect[] {
    const extra = this.writesThisRound - LOGGED_WRITES_PER_ROUND;
    this.writesThisRound = 0;
    if (extra > 0) {
      this.log("info", `marked ${extra} more item(s) from the sync group`);
    }
    return this.take();
  }

  // Effects carried out.

  /** An effect was carried out; `changed` is false when there was nothing to do (a favourite already there). */
  effectDone(effect: SessionEffect, now: number, changed = true): SessionEffect[] {
    if (effect.kind === "publish" && isStateMessage(effect.message)) {
      this.lastSyncAt = now;
      this.refusalLogged = false;
    } else if (effect.kind === "write-item") {
      this.writesThisRound += 1;
      this.lastSyncAt = now;
      if (this.writesThisRound <= LOGGED_WRITES_PER_ROUND) {
        this.log("info", `marked "${effect.write.title}" ${describeWrite(effect.write)} (from device ${effect.write.device})`);
      }
    } else if (effect.kind === "write-song") {
      this.writesThisRound += 1;
      this.lastSyncAt = now;
      if (this.writesThisRound <= LOGGED_WRITES_PER_ROUND) {
        this.log("info", `marked song "${effect.write.title}" ${describeSongWrite(effect.write)} (from device ${effect.write.device})`);
      }
    } else if (effect.kind === "write-favourite") {
      const write = effect.write;
      if (changed) {
        this.lastSyncAt = now;
        this.log("info", `${write.action === "add" ? "added" : "removed"} favourite "${write.favourite.title}" (from device ${write.device})`);
      } else {
        this.log("debug", `favourite "${write.favourite.title}" is already ${write.action === "add" ? "here" : "gone"}: nothing to do`);
      }
    }
    return this.take();
  }

  effectFailed(effect: SessionEffect, reason: string): SessionEffect[] {
    switch (effect.kind) {
      case "publish":
        this.pacer.notSent();
        if (effect.message.kind === "catch-up-marker") {
          this.log("warning", "could not send the catch-up marker; trying again shortly");
        } else if (effect.fromOutbox) {
          this.outbox.putBack(effect.message);
          this.outboxChanged = true;
          if (!this.refusalLogged) {
            this.refusalLogged = true;
            this.log("warning", `the broker did not take a message; ${this.outbox.size} kept for later`);
          }
        }
        break;
      case "save-outbox":
        this.log("error", `could not save the outbox (${reason}); unsent changes would be lost if Kodi stopped now`);
        break;
      case "write-item":
        this.log("error", `could not mark "${effect.write.title}" ${describeWrite(effect.write)}: ${reason}`);
        // The index already holds the value we meant to write: read what Kodi really has (as a scan
        // would, never published), or the next poll would take Kodi's old value for the user's
        // change and send it back over the group's newer one.
        this.effects.push({ kind: "read-item", itemKind: effect.write.kind, id: effect.write.id, scanned: true });
        break;
      case "write-song":
        this.log("error", `could not mark song "${effect.write.title}" ${describeSongWrite(effect.write)}: ${reason}`);
        break;
      case "read-song":
      case "read-songs":
        this.log("error", `could not read the music library: ${reason}`);
        break;
      case "write-favourite":
        this.favourites.revertWrite(effect.write);
        this.log("error", `could not ${effect.write.action} favourite "${effect.write.favourite.title}": ${reason}`);
        break;
      case "read-favourites":
        this.effects.push(...this.problems.problem(`could not read the favourites: ${reason}`));
        break;
      case "read-item":
      case "read-library":
      case "read-in-progress":
      case "read-rated":
        this.log("error", `could not read the video library: ${reason}`);
        break;
      case "log":
      case "notify":
      case "status-changed":
        break;
    }
    // Saved, not flushed: what the broker just refused is tried again at the next event, not in a loop now.
    return this.save();
  }

  /** The broker answered `count` more publications (acknowledged or, QoS 0, written): under a rate limit they free their places a window later. */
  publicationsAnswered(count: number, now: number): SessionEffect[] {
    this.pacer.answered(count, now);
    return this.finish(now);
  }

  /** The broker announced a maximum packet size this publication exceeds: it can never go, so it is dropped with a line (up to a limit). */
  publicationTooLarge(effect: SessionEffect, bytes: number, maximum: number): SessionEffect[] {
    if (effect.kind === "publish") {
      this.pacer.notSent();
      this.effects.push(...this.problems.tooLarge(describeOutgoing(effect.message), bytes, maximum));
    }
    return this.take();
  }

  // What status views show.

  status(): SessionStatus {
    return {
      connected: this.connected,
      reason: this.connectionReason,
      lastSyncAt: this.lastSyncAt,
      outboxSize: this.outbox.size,
      devices: this.devices.list(),
      otherPassphraseMessages: this.foreignMessages,
    };
  }

  /** The offline status the broker publishes for this device if it disappears (its Last Will), as it travels (sealed in a group with a passphrase). */
  lastWillPublication(now: number): Publication {
    return this.publicationFor({ kind: "device-status", status: this.deviceStatus(false, now) });
  }

  // Inside.

  private receiveItemState(message: IncomingMessage, kind: ItemKind, identity: string, field: ItemField, now: number): void {
    const reading = readItemState(message, kind, identity, field, now);
    if (reading.kind !== "read") {
      this.refuse(message, reading);
      return;
    }
    const state = reading.value;
    if (
      (field === "watched" && !this.settings.syncWatched) ||
      (field === "resume" && !this.settings.syncResume) ||
      (field === "rating" && !this.settings.syncRatings)
    ) {
      return;
    }
    const outcome = this.library.applyRemote(kind, identity, field, state, now);
    const unsentKey = itemOutboxKey(field, kind, identity);
    if (outcome.accepted && state.device !== this.settings.deviceId && this.outbox.hasKey(unsentKey)) {
      this.outbox.removeKey(unsentKey);
      this.outboxChanged = true;
      this.log("info", `a newer change from device ${state.device} replaces this device's unsent one on ${message.topic}`);
    }
    if (outcome.write !== null) {
      this.effects.push({ kind: "write-item", write: outcome.write });
    }
    if (outcome.correction !== null) {
      this.publishItem(outcome.correction, `device ${state.device} sent an older state; republishing`);
    }
    if (!this.pendingLimitWarned && this.library.droppedPendingCount > 0) {
      this.pendingLimitWarned = true;
      this.log(
        "warning",
        `more than ${MAX_PENDING_STATES} states arrived for items this device does not have (the group's other libraries are much larger than this one, or someone is flooding the broker); the oldest are forgotten here, not on the broker, which offers them again at the next connection`,
      );
    }
  }

  private requestSongs(): void {
    this.music.requestSongs();
    this.takeMusic();
  }

  /** The song session's effects and outbox changes, after the session's own so far: the order they came in. */
  private takeMusic(): void {
    this.effects.push(...this.music.takeEffects());
    if (this.music.takeOutboxChanged()) {
      this.outboxChanged = true;
    }
  }

  private receiveFavourite(message: IncomingMessage, identity: string, now: number): void {
    const reading = readFavouriteState(message, identity, now);
    if (reading.kind !== "read") {
      this.refuse(message, reading);
      return;
    }
    const received = reading.value;
    if (!this.settings.syncFavorites) {
      return;
    }
    // With a passphrase, only devices of the group can send one; without, anyone on the broker could.
    if (received.present && startsSomething(received.favourite) && !this.settings.syncLaunchingFavourites && this.cipher === null) {
      this.effects.push(...this.problems.launchingFavourite(identity, received.favourite.title));
      return;
    }
    const favourite = withLocalThumbnail(received.favourite);
    if (favourite.thumbnail !== received.favourite.thumbnail) {
      this.log("debug", `favourite "${favourite.title}": its thumbnail is not on this device, so it is not used`);
    }
    const receivedState = { present: received.present, favourite: favourite, time: received.time, device: received.device };
    const state = this.libraryFavourites.localise(identity, receivedState, this.library);
    if (state === null) {
      this.effects.push(...this.problems.waitingFavourite(identity, favourite.title, favourite.libraryItem ?? "", this.libraryFavourites.droppedCount));
      return;
    }
    const write = this.favourites.applyRemote(identity, state, this.settings.syncFavoriteRemovals, now);
    if (write !== null) {
      this.writeFavourite(write);
    }
    if (!this.favouritesLimitWarned && this.favourites.droppedCount > 0) {
      this.favouritesLimitWarned = true;
      this.log(
        "warning",
        `too many favourites from the sync group (over ${MAX_LOCAL_FAVOURITES} here or ${MAX_KNOWN_FAVOURITES} known); the oldest are forgotten (is someone flooding the broker?)`,
      );
    }
  }

  private receiveFavouriteList(message: IncomingMessage, now: number): void {
    const reading = readFavouriteList(message, now);
    if (reading.kind !== "read") {
      this.refuse(message, reading);
      return;
    }
    if (!this.settings.syncFavorites) {
      return;
    }
    const list = reading.value;
    for (const write of this.favourites.applyAuthoritativeList(list.identities, list.time, list.device, this.settings.syncFavoriteRemovals, now)) {
      this.writeFavourite(write);
    }
  }

  private receiveDeviceStatus(message: IncomingMessage, deviceId: string, now: number): void {
    const reading = readDeviceStatus(message, deviceId, now);
    if (reading.kind === "empty" && deviceId === this.settings.deviceId) {
      this.ownStatusEmptied(now);
      return;
    }
    if (reading.kind === "empty") {
      this.devices.forget(deviceId); // an emptied retained status: the device was removed from the group
      this.effects.push({ kind: "status-changed" });
      return;
    }
    if (reading.kind === "refused") {
      this.refuse(message, reading);
      return;
    }
    this.devices.applyStatus(reading.value, !message.retained, now);
    this.effects.push({ kind: "status-changed" });
    if (!this.devicesLimitWarned && this.devices.droppedCount > 0) {
      this.devicesLimitWarned = true;
      this.log(
        "warning",
        `more than ${MAX_DEVICES} devices announced themselves in the sync group; the least recently seen are forgotten (is someone flooding the broker?)`,
      );
    }
  }

  private publishItems(publications: ItemPublication[]): void {
    for (const publication of publications) {
      this.publishItem(publication, "publishing");
    }
  }

  private publishItem(publication: ItemPublication, why: string): void {
    let message: OutgoingMessage | null = null;
    if (publication.watched !== null) {
      message = { kind: "watched", itemKind: publication.kind, identity: publication.identity, title: publication.title, state: publication.watched };
    } else if (publication.resume !== null) {
      message = { kind: "resume", itemKind: publication.kind, identity: publication.identity, title: publication.title, state: publication.resume };
    } else if (publication.rating !== undefined) {
      message = { kind: "rating", itemKind: publication.kind, identity: publication.identity, title: publication.title, state: publication.rating };
    }
    if (message !== null) {
      this.log("info", `${why} ${describeMessage(message)}`);
      this.putInOutbox(message);
    }
  }

  private publishFavourite(publication: FavouritePublication, why: string): OutgoingMessage {
    const message: OutgoingMessage = { kind: "favourite", identity: publication.identity, state: publication.state };
    this.log("info", `${why} ${describeMessage(message)}`);
    this.putInOutbox(message);
    return message;
  }

  private writeItems(writes: ItemWrite[]): void {
    for (const write of writes) {
      this.effects.push({ kind: "write-item", write: write });
    }
  }

  /** Favourites of items that a listing or scan just brought. */
  private applyWaitingFavourites(now: number): void {
    for (const waiting of this.libraryFavourites.takeResolvable(this.library)) {
      const write = this.settings.syncFavorites ? this.favourites.applyRemote(waiting.identity, waiting.state, this.settings.syncFavoriteRemovals, now) : null;
      if (write !== null) {
        this.writeFavourite(write);
      }
    }
  }

  private writeFavourite(write: FavouriteWrite): void {
    this.effects.push({ kind: "write-favourite", write: write });
  }

  private requestFavourites(now: number): void {
    if (this.settings.syncFavorites) {
      this.favouritesPolledAt = now;
      this.effects.push({ kind: "read-favourites" });
    }
  }

  private putInOutbox(message: OutgoingMessage): void {
    this.outbox.put(message);
    this.outboxChanged = true;
  }

  /**
   * Someone emptied this device's retained status (Forget this group's data): while connected it is
   * still in the group, so its status goes out again at once (at most once in
   * EMPTIED_STATUS_REPUBLISH_MILLISECONDS), not at the next 10-minute refresh.
   */
  private ownStatusEmptied(now: number): void {
    if (!this.connected) {
      return;
    }
    if (this.mayAnswerEmptiedStatus(now)) {
      this.answerEmptiedStatus(now);
    } else {
      this.statusRepublishDue = true;
    }
  }

  private mayAnswerEmptiedStatus(now: number): boolean {
    return this.emptiedStatusAnsweredAt === null || now - this.emptiedStatusAnsweredAt >= EMPTIED_STATUS_REPUBLISH_MILLISECONDS;
  }

  private answerEmptiedStatus(now: number): void {
    this.emptiedStatusAnsweredAt = now;
    this.queueDeviceStatus(now);
  }

  private queueDeviceStatus(now: number): void {
    this.statusPublishedAt = now;
    this.statusRepublishDue = false;
    this.putInOutbox({ kind: "device-status", status: this.deviceStatus(true, now) });
  }

  private deviceStatus(online: boolean, now: number): { device: string; name: string; version: string; online: boolean; time: number } {
    return { device: this.settings.deviceId, name: this.settings.deviceName, version: this.version, online: online, time: now };
  }

  private sendMarker(marker: string): void {
    const message: OutgoingMessage = { kind: "catch-up-marker", device: this.settings.deviceId, marker: marker };
    this.pacer.published(); // counted, but never held back: the catch-up waits for it
    this.effects.push({ kind: "publish", message: message, publication: this.publicationFor(message), fromOutbox: false });
  }

  private finishCatchUp(how: string): void {
    this.catchUp.finish();
    const unsent = this.outbox.pending().filter(isStateMessage).length;
    this.log("info", `${how}: ${this.catchUp.messagesSinceConnect} message(s) received since connecting; sending ${unsent} unsent change(s)`);
  }

  /** Unsent changes count as the newest known states of their items until something newer arrives. */
  private noteUnsentStates(): void {
    for (const message of this.outbox.pending()) {
      if (message.kind === "watched") {
        this.library.noteUnsentState(message.itemKind, message.identity, "watched", message.state);
      } else if (message.kind === "resume") {
        this.library.noteUnsentState(message.itemKind, message.identity, "resume", message.state);
      } else if (message.kind === "rating") {
        this.library.noteUnsentState(message.itemKind, message.identity, "rating", message.state);
      } else {
        this.music.noteUnsentState(message);
      }
    }
  }

  private switches(): SyncSwitches {
    return { watched: this.settings.syncWatched, resume: this.settings.syncResume, rating: this.settings.syncRatings };
  }

  /**
   * The outbox goes to the broker while connected; item states wait until the device has caught up.
   * Under a rate limit, only as many as it allows at `now` (null: an event without the time, so
   * none; the next tick, within 100 ms, sends them), oldest first; the rest stay, in order.
   */
  private flush(now: number | null): void {
    if (!this.connected) {
      return;
    }
    const catchingUp = this.catchUp.waiting;
    for (const message of this.outbox.pending()) {
      if (catchingUp && isStateMessage(message)) {
        continue;
      }
      if (this.pacer.limited) {
        if (now === null || !this.pacer.mayPublish(now)) {
          break;
        }
        this.pacer.published();
      }
      this.outbox.remove(message);
      this.outboxChanged = true;
      this.effects.push({ kind: "publish", message: message, publication: this.publicationFor(message), fromOutbox: true });
    }
  }

  /** Ends the answer to an event: the outbox is flushed and, when it changed, saved. */
  private finish(now: number | null = null): SessionEffect[] {
    this.flush(now);
    return this.save(now);
  }

  /**
   * The outbox's new text when it changed. Under a rate limit, at most once a second (from the
   * tick, and at stop): thousands may wait, and rewriting them for each of 10 publications a second
   * would cost more than the sending; a crash loses at most that second's changes.
   */
  private save(now: number | null = null): SessionEffect[] {
    if (this.outboxChanged && this.pacer.limited && (now === null || now - this.outboxSavedAt < OUTBOX_SAVE_MILLISECONDS)) {
      return this.take();
    }
    if (this.outboxChanged) {
      this.outboxSavedAt = now ?? this.outboxSavedAt;
      this.outboxChanged = false;
      this.effects.push({ kind: "save-outbox", text: this.outbox.toJson() });
    }
    return this.take();
  }

  private take(): SessionEffect[] {
    const effects = this.effects;
    this.effects = [];
    return effects;
  }

  /** A notification on the TV, unless the user switched them off. */
  private notify(notice: HealthNotice | null): void {
    if (notice !== null && this.settings.notifySyncProblems) {
      this.effects.push({ kind: "notify", notice: notice });
    }
  }

  private log(level: LogLevel, message: string): void {
    this.effects.push({ kind: "log", level: level, message: message });
  }

  /** A message of the group's topics that did not open: counted, and summed up once a minute at most. */
  private countForeign(now: number): void {
    this.foreignMessages += 1;
    this.foreignSinceSummary += 1;
    if (this.foreignMessages === 1) {
      this.effects.push({ kind: "status-changed" });
    }
    this.summariseForeign(now);
  }

  private summariseForeign(now: number): void {
    if (this.foreignSinceSummary === 0 || now - this.foreignSummaryAt < FOREIGN_SUMMARY_MILLISECONDS) {
      return;
    }
    this.log(
      "warning",
      `${this.foreignSinceSummary} message(s) from devices with another passphrase (or not of this group) were dropped; ${this.foreignMessages} since start`,
    );
    this.foreignSinceSummary = 0;
    this.foreignSummaryAt = now;
    this.effects.push({ kind: "status-changed" });
  }

  /** After a passphrase change: this device's own states and favourites again, under the new keys. */
  private republishOwnStates(now: number): void {
    const items = this.library.ownStates();
    for (const publication of items) {
      this.publishItem(publication, "under the new passphrase:");
    }
    const songs = this.music.republishOwnStates("under the new passphrase:");
    this.takeMusic();
    let favourites = 0;
    if (this.settings.syncFavorites) {
      for (const publication of this.favourites.publishAll(now)) {
        this.publishFavourite(publication, "under the new passphrase:");
        favourites += 1;
      }
    }
    this.log("info", `the passphrase changed: sending this device's ${items.length + songs} state(s) and ${favourites} favourite(s) again under the new keys`);
  }

  /** A message that is not to be used: an emptied topic says nothing; a refused one gets a (rate-limited) warning. */
  private refuse<T>(message: IncomingMessage, reading: Reading<T>): void {
    if (reading.kind === "refused") {
      this.effects.push(...this.problems.problem(`dropped a message on ${message.topic}: ${reading.problem}`));
    }
  }
}

/** A sealed message is its plain message (at most a favourite list) in base64 with some overhead. */
function describeWrite(write: ItemWrite): string {
  if (write.field === "watched") {
    return write.playcount > 0 ? "watched" : "unwatched";
  }
  if (write.field === "rating") {
    return describeItemRating(write.userrating ?? 0);
  }
  return describeResume(write.resume.position);
}
