/**
 * Drives a GroupSession the way the service does, with an in-memory library, favourites and
 * broker and an injected clock: effects are carried out in order, reads answered from the stores,
 * failures reported back. Tests then look at what reached the broker and the stores.
 */
import { Favourite, favouriteTargetIdentity } from "../../../src/core/favourite";
import { FavouritesStore } from "../../../src/core/favourites-store";
import { GroupSession } from "../../../src/core/group-session";
import { IncomingMessage } from "../../../src/core/incoming-messages";
import { ItemKind, LibraryStore, LocalItem, ResumePoint } from "../../../src/core/library-store";
import { Publication } from "../../../src/core/outgoing-messages";
import { SessionEffect } from "../../../src/core/session-effects";
import { CloudSyncSettings } from "../../../src/core/settings";
import { HealthNotice } from "../../../src/core/sync-health";
import { InMemorySongs } from "./in-memory-songs";

export class InMemoryLibrary implements LibraryStore {
  readonly items: Map<string, LocalItem> = new Map();
  writes = 0;
  /** Set to make Kodi refuse the next writes of a rating. */
  refuseWrites = false;

  constructor(items: LocalItem[]) {
    for (const item of items) {
      this.items.set(`${item.kind}|${item.id}`, { ...item, resume: { ...item.resume } });
    }
  }

  listItems(kind: ItemKind): LocalItem[] {
    return [...this.items.values()].filter((item) => item.kind === kind).map((item) => ({ ...item, resume: { ...item.resume } }));
  }

  listInProgress(kind: ItemKind): LocalItem[] {
    return this.listItems(kind).filter((item) => item.resume.position > 0);
  }

  listRated(kind: ItemKind): LocalItem[] {
    return this.listItems(kind).filter((item) => (item.userrating ?? 0) > 0);
  }

  getItem(kind: ItemKind, id: number): LocalItem | null {
    const item = this.items.get(`${kind}|${id}`);
    return item === undefined ? null : { ...item, resume: { ...item.resume } };
  }

  /** This library's device runs in UTC: a sender's instant is shown as UTC text. */
  setWatched(kind: ItemKind, id: number, playcount: number, lastplayed: string, playedAt = ""): void {
    const item = this.mustGet(kind, id);
    item.playcount = playcount;
    item.lastplayed = playedAt === "" ? lastplayed : playedAt.replace("T", " ").replace("Z", "");
    item.playedAt = playedAt;
    this.writes += 1;
  }

  setRating(kind: ItemKind, id: number, rating: number): void {
    if (this.refuseWrites) {
      throw new Error("Kodi refused");
    }
    this.mustGet(kind, id).userrating = rating;
    this.writes += 1;
  }

  setResume(kind: ItemKind, id: number, resume: ResumePoint): void {
    this.mustGet(kind, id).resume = { ...resume };
    this.writes += 1;
  }

  /** Nothing to announce to: the session never sees Kodi's notifications of these writes. */
  announceWatchedWrites(): void {}

  /** A user's change, as Kodi would store it. */
  change(kind: ItemKind, id: number, change: Partial<LocalItem>): LocalItem {
    Object.assign(this.mustGet(kind, id), change);
    return this.getItem(kind, id) as LocalItem;
  }

  private mustGet(kind: ItemKind, id: number): LocalItem {
    const item = this.items.get(`${kind}|${id}`);
    if (item === undefined) {
      throw new Error(`no ${kind} ${id}`);
    }
    return item;
  }
}

export class InMemoryFavourites implements FavouritesStore {
  favourites: Favourite[];
  refuse = false;

  constructor(favourites: Favourite[]) {
    this.favourites = [...favourites];
  }

  list(): Favourite[] {
    return [...this.favourites];
  }

  add(favourite: Favourite): void {
    if (this.refuse) {
      throw new Error("Kodi refused");
    }
    // Kodi lists what it was given, and knows nothing of the library item a favourite follows.
    const listed: Favourite = { ...favourite };
    delete listed.libraryItem;
    this.favourites.push(listed);
  }

  /** Kodi's AddFavourite toggles by target: the library item a favourite follows plays no part. */
  remove(favourite: Favourite): void {
    this.favourites = this.favourites.filter((listed) => favouriteTargetIdentity(listed) !== favouriteTargetIdentity(favourite));
  }
}

export function settingsFor(deviceId: string, changes: Partial<CloudSyncSettings> = {}): CloudSyncSettings {
  const settings = new CloudSyncSettings();
  settings.deviceId = deviceId;
  settings.deviceName = `Kodi ${deviceId}`;
  settings.brokerHost = "broker.test";
  Object.assign(settings, changes);
  return settings;
}

export class SessionDriver {
  readonly session: GroupSession;
  now = 1_700_000_000_000;
  /** What the broker took, in order. */
  published: Publication[] = [];
  brokerTakes = true;
  logs: { level: string; message: string }[] = [];
  savedOutbox: string | null = null;
  reads: string[] = [];
  notices: HealthNotice[] = [];

  constructor(
    readonly settings: CloudSyncSettings,
    readonly library: InMemoryLibrary = new InMemoryLibrary([]),
    readonly favourites: InMemoryFavourites = new InMemoryFavourites([]),
    savedOutbox: string | null = null,
    readonly songs: InMemorySongs = new InMemorySongs([]),
  ) {
    this.session = new GroupSession(settings, "4.1.0");
    this.run(this.session.start(savedOutbox, this.now));
  }

  run(effects: SessionEffect[]): void {
    const queue = [...effects];
    for (let effect = queue.shift(); effect !== undefined; effect = queue.shift()) {
      let answer: SessionEffect[];
      try {
        answer = this.carryOut(effect);
      } catch (error) {
        answer = this.session.effectFailed(effect, (error as Error).message);
      }
      queue.push(...answer);
    }
  }

  advance(milliseconds: number): void {
    this.now += milliseconds;
    this.run(this.session.tick(this.now));
  }

  connect(reason = "session new"): void {
    this.run(this.session.brokerConnected(reason, this.now));
  }

  receive(topic: string, payload: string | null, retained = true, size = payload === null ? 10 : Buffer.byteLength(payload)): void {
    const message: IncomingMessage = { topic, payload, size, retained };
    this.run(this.session.messageReceived(message, this.now));
  }

  /** The marker this device sent last, delivered back by the broker. */
  returnMarker(): void {
    const marker = [...this.published].reverse().find((publication) => publication.topic.endsWith("/caught-up"));
    if (marker === undefined) {
      throw new Error("no marker was sent");
    }
    this.receive(marker.topic, marker.payload, false);
  }

  /** Kodi's OnUpdate for an item a user changed. */
  userChanged(kind: ItemKind, id: number, change: Partial<LocalItem>): void {
    const item = this.library.change(kind, id, change);
    this.run(this.session.libraryUpdated({ id, type: kind, scanned: false, playcount: change.playcount ?? null }, this.now));
    void item;
  }

  publishedOn(suffix: string): Publication[] {
    return this.published.filter((publication) => publication.topic.endsWith(suffix));
  }

  logged(level: string, fragment: string): boolean {
    return this.logs.some((line) => line.level === level && line.message.includes(fragment));
  }

  private carryOut(effect: SessionEffect): SessionEffect[] {
    switch (effect.kind) {
      case "publish":
        if (!this.brokerTakes) {
          return this.session.effectFailed(effect, "the broker did not take it");
        }
        this.published.push(effect.publication);
        return this.session.effectDone(effect, this.now);
      case "save-outbox":
        this.savedOutbox = effect.text;
        return [];
      case "write-item":
        if (effect.write.field === "watched") {
          this.library.setWatched(effect.write.kind, effect.write.id, effect.write.playcount, effect.write.lastplayed, effect.write.playedAt);
        } else if (effect.write.field === "rating") {
          this.library.setRating(effect.write.kind, effect.write.id, effect.write.userrating ?? 0);
        } else {
          this.library.setResume(effect.write.kind, effect.write.id, effect.write.resume);
        }
        return this.session.effectDone(effect, this.now);
      case "write-favourite": {
        const target = favouriteTargetIdentity(effect.write.favourite);
        const present = this.favourites.list().some((favourite) => favouriteTargetIdentity(favourite) === target);
        if (present === (effect.write.action === "add")) {
          return this.session.effectDone(effect, this.now, false);
        }
        if (effect.write.action === "add") {
          this.favourites.add(effect.write.favourite);
        } else {
          this.favourites.remove(effect.write.favourite);
        }
        return this.session.effectDone(effect, this.now);
      }
      case "read-item":
        this.reads.push(`item ${effect.itemKind} ${effect.id}`);
        return this.session.itemRead(effect.itemKind, effect.id, this.library.getItem(effect.itemKind, effect.id), effect.scanned, this.now);
      case "read-library":
        this.reads.push("library");
        return this.session.libraryListed(this.library.listItems("movie"), this.library.listItems("episode"), this.now, this.library.listItems("tvshow"));
      case "read-in-progress":
        this.reads.push("in-progress");
        return this.session.inProgressListed(this.library.listInProgress("movie"), this.library.listInProgress("episode"), this.now);
      case "read-rated":
        this.reads.push("rated");
        return this.session.ratedListed(this.library.listRated("movie"), this.library.listRated("episode"), this.now, this.library.listRated("tvshow"));
      case "read-favourites":
        this.reads.push("favourites");
        return this.session.favouritesListed(this.favourites.list(), this.now);
      case "write-song":
        if (effect.write.field === "played") {
          this.songs.setPlayed(effect.write.id, effect.write.playcount, effect.write.lastplayed, effect.write.playedAt);
        } else {
          this.songs.setRating(effect.write.id, effect.write.userrating);
        }
        return this.session.effectDone(effect, this.now);
      case "read-song":
        this.reads.push(`song ${effect.id}`);
        return this.session.songRead(this.songs.getSong(effect.id), effect.scanned, this.now);
      case "read-songs":
        this.reads.push("songs");
        return this.session.songsListed(this.songs.listSongs());
      case "log":
        this.logs.push({ level: effect.level, message: effect.message });
        return [];
      case "notify":
        this.notices.push(effect.notice);
        return [];
      case "status-changed":
        return [];
    }
  }
}

/** A movie of the library, with an imdb id. */
export function movie(id: number, imdb: string, changes: Partial<LocalItem> = {}): LocalItem {
  return {
    kind: "movie",
    id,
    title: `Movie ${id}`,
    uniqueid: { imdb },
    show: {},
    season: -1,
    episode: -1,
    playcount: 0,
    lastplayed: "",
    resume: { position: 0, total: 0 },
    ...changes,
  };
}

/** A TV show (rated only: its watched status is its episodes'). */
export function tvShow(id: number, title: string, year: number, uniqueid: Record<string, string>, changes: Partial<LocalItem> = {}): LocalItem {
  return {
    kind: "tvshow",
    id,
    title,
    year,
    uniqueid,
    show: {},
    season: -1,
    episode: -1,
    playcount: 0,
    lastplayed: "",
    resume: { position: 0, total: 0 },
    ...changes,
  };
}

/** A favourite of a file. */
export function media(path: string, title = "A film", thumbnail = ""): Favourite {
  return { title, type: "media", path, window: "", windowparameter: "", thumbnail };
}
