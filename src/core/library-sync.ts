/**
 * The sync rules for watched status and resume points of movies and episodes, with no I/O:
 * given what the local library says and what arrives from the sync group, decide what to
 * publish and what to write to Kodi.
 *
 * - A local change is a value that differs from the last one this device saw (or wrote) for the
 *   item. Scans never count: they go through replaceLibrary/addScannedItem, which only record.
 * - Echoes: a remote state is recorded as "seen" before it is written to Kodi, so Kodi's
 *   notification of our own write finds nothing changed (suppression by value); within the grace
 *   period after a write, a value near the written one (same watched or unwatched, a position
 *   within seconds) is taken as Kodi's adjustment of our write, recorded and not published.
 * - A remote state is applied when it is newer than the last state known for that item and field
 *   (later time wins, greater device id on equal times); an item this device does not have yet is
 *   remembered and applied when a scan brings it.
 */

import { isNewer, isSameStamp, stampAfter } from "./conflict-rule";
import { itemIdentity, itemKeys } from "./item-identity";
import { setKey } from "./library-folders";
import { ItemKind, LocalItem, ResumePoint } from "./library-store";
import { ResumeState, isNearPoint, isSamePoint } from "./resume-state";
import { ItemField } from "./topics";
import { RatingState } from "./rating-state";
import { WatchedState } from "./watched-state";

/** The state of one field of one item: watched status, resume point or the user's rating. */
export type FieldState = WatchedState | ResumeState | RatingState;

/** A write to the local library that brings an item to a remote state. */
export interface ItemWrite {
  kind: ItemKind;
  id: number;
  title: string;
  field: ItemField;
  playcount: number;
  lastplayed: string;
  /** lastplayed as a UTC instant, "" when the sender sent none (an older device): then lastplayed is written as it is. */
  playedAt: string;
  resume: ResumePoint;
  /** field "rating": the rating to write, 0 to clear. */
  userrating?: number;
  /** The device whose change this is, for the log. */
  device: string;
}

/** A state to publish for an item. */
export interface ItemPublication {
  kind: ItemKind;
  identity: string;
  title: string;
  field: ItemField;
  watched: WatchedState | null;
  resume: ResumeState | null;
  /** field "rating" only. */
  rating?: RatingState;
}

export interface SyncSwitches {
  watched: boolean;
  resume: boolean;
  /** Absent: off. */
  rating?: boolean;
}

/** What became of a remote state. */
export interface RemoteOutcome {
  /** Newer than anything known for the item and field: an unsent local change for it is obsolete. */
  accepted: boolean;
  /** The write that brings the local library to it, when the item is here and differs. */
  write: ItemWrite | null;
  /** It was older than the known state: that state, to publish again. */
  correction: ItemPublication | null;
}

interface RecentWrite {
  until: number;
}

/**
 * States kept for items this device does not have: a household's library is a few thousand items,
 * and anyone on the broker could send millions of made-up ones. Beyond this, the oldest is forgotten.
 */
export const MAX_PENDING_STATES = 20_000;

function itemKey(kind: ItemKind, value: string | number): string {
  return `${kind}|${value}`;
}

/** The new rating when the user changed it (0: cleared); null when unchanged or not read. */
function ratingChange(seen: LocalItem, current: LocalItem): number | null {
  if (current.userrating === undefined) {
    return null;
  }
  return current.userrating === (seen.userrating ?? 0) ? null : current.userrating;
}

export class LibrarySync {
  private readonly deviceId: string;
  private readonly graceMilliseconds: number;
  /** kind|identity key → the local item, for every key it can be reached by. */
  private itemsByKey: Map<string, LocalItem> = new Map();
  /** The file → the local item (a favourite of the file follows the item). */
  private itemsByFile: Map<string, LocalItem> = new Map();
  /** Movie sets, from the movies in them (a favourite of a set follows it): setid → its key, and back. */
  private setKeysById: Map<number, string> = new Map();
  private setIdsByKey: Map<string, number> = new Map();
  /** kind|library id → the local item with the values this device last saw or wrote. */
  private itemsById: Map<string, LocalItem> = new Map();
  /** kind|identity|field → the newest state known for it, local or remote. */
  private readonly knownStates: Map<string, FieldState> = new Map();
  /** kind|identity|field → a remote state for an item this device does not have yet. */
  private readonly pendingStates: Map<string, { kind: ItemKind; identity: string; field: ItemField; state: FieldState }> = new Map();
  /** kind|library id|field → until when a value read from Kodi may be its adjustment of our write. */
  private readonly recentWrites: Map<string, RecentWrite> = new Map();

  constructor(deviceId: string, graceSeconds: number) {
    this.deviceId = deviceId;
    this.graceMilliseconds = graceSeconds * 1000;
  }

  get itemCount(): number {
    return this.itemsById.size;
  }

  get pendingCount(): number {
    return this.pendingStates.size;
  }

  /** How many states for items this device does not have were forgotten to stay within MAX_PENDING_STATES. */
  droppedPendingCount = 0;

  /** Takes a fresh listing of one kind (at start and after each scan): recorded, never published. */
  replaceLibrary(kind: ItemKind, items: LocalItem[], now: number): ItemWrite[] {
    for (const [key, item] of Array.from(this.itemsById.entries())) {
      if (item.kind === kind) {
        this.itemsById.delete(key);
      }
    }
    for (const [key, item] of Array.from(this.itemsByKey.entries())) {
      if (item.kind === kind) {
        this.itemsByKey.delete(key);
      }
    }
    for (const [file, item] of Array.from(this.itemsByFile.entries())) {
      if (item.kind === kind) {
        this.itemsByFile.delete(file);
      }
    }
    if (kind === "movie") {
      this.setKeysById = new Map();
      this.setIdsByKey = new Map();
    }
    const writes: ItemWrite[] = [];
    for (const item of items) {
      writes.push(...this.addScannedItem(item, now));
    }
    return writes;
  }

  /** An item that appeared or was refreshed by a scan: recorded, never published; states waiting for it are returned. */
  addScannedItem(item: LocalItem, now: number): ItemWrite[] {
    this.remember(item);
    const writes: ItemWrite[] = [];
    for (const key of itemKeys(item)) {
      for (const field of ["watched", "resume", "rating"] as ItemField[]) {
        const pendingKey = `${itemKey(item.kind, key)}|${field}`;
        const pending = this.pendingStates.get(pendingKey);
        if (pending === undefined) {
          continue;
        }
        this.pendingStates.delete(pendingKey);
        const write = this.writeState(item, field, pending.state, now);
        if (write !== null) {
          writes.push(write);
        }
      }
    }
    return writes;
  }

  /** The library's current values for an item after Kodi said it changed (not a scan). */
  applyLocalItem(current: LocalItem, now: number, switches: SyncSwitches): ItemPublication[] {
    const seen = this.itemsById.get(itemKey(current.kind, current.id)) ?? null;
    this.remember(current);
    if (seen === null) {
      return []; // first sight of this item: a scan's, not a user's
    }
    const identity = itemIdentity(current);
    if (identity === null) {
      return [];
    }
    const publications: ItemPublication[] = [];
    const isWatchedAdjustment = seen.playcount > 0 === current.playcount > 0 && this.isWithinGrace(current, "watched", now);
    if (seen.playcount !== current.playcount && !isWatchedAdjustment && switches.watched) {
      const state: WatchedState = {
        playcount: current.playcount,
        lastplayed: current.lastplayed,
        time: this.stampFor(current.kind, identity, "watched", now),
        device: this.deviceId,
      };
      const playedAt = current.playedAt ?? "";
      if (playedAt !== "") {
        state.playedAt = playedAt;
      }
      this.knownStates.set(`${itemKey(current.kind, identity)}|watched`, state);
      publications.push({ kind: current.kind, identity: identity, title: current.title, field: "watched", watched: state, resume: null });
    }
    const isResumeAdjustment = isNearPoint(seen.resume, current.resume) && this.isWithinGrace(current, "resume", now);
    if (!isSamePoint(seen.resume, current.resume) && !isResumeAdjustment && switches.resume) {
      const state: ResumeState = {
        position: current.resume.position,
        total: current.resume.total,
        time: this.stampFor(current.kind, identity, "resume", now),
        device: this.deviceId,
      };
      this.knownStates.set(`${itemKey(current.kind, identity)}|resume`, state);
      publications.push({ kind: current.kind, identity: identity, title: current.title, field: "resume", watched: null, resume: state });
    }
    const rating = ratingChange(seen, current);
    if (rating !== null && switches.rating === true) {
      const state: RatingState = { rating: rating, time: this.stampFor(current.kind, identity, "rating", now), device: this.deviceId };
      this.knownStates.set(`${itemKey(current.kind, identity)}|rating`, state);
      publications.push({ kind: current.kind, identity: identity, title: current.title, field: "rating", watched: null, resume: null, rating: state });
    }
    return publications;
  }

  /**
   * True when a notification that carries a playcount is Kodi telling us about our own write
   * (same playcount as written, within the grace period): the item need not be read again.
   */
  isEchoOfWrite(kind: ItemKind, id: number, playcount: number, now: number): boolean {
    const seen = this.itemsById.get(itemKey(kind, id));
    const recent = this.recentWrites.get(`${itemKey(kind, id)}|watched`);
    return seen !== undefined && recent !== undefined && now <= recent.until && seen.playcount === playcount;
  }

  /**
   * The items that have a resume point now. Kodi sends no notification when a resume point is
   * set or cleared through JSON-RPC, so the service polls this short listing: an item whose point
   * differs from the one last seen changed (one no longer listed: unlistedItems).
   */
  applyInProgressListing(kind: ItemKind, items: LocalItem[], now: number, switches: SyncSwitches): ItemPublication[] {
    if (!switches.resume) {
      return [];
    }
    return this.applyListing(kind, items, now, { watched: false, resume: true }, (seen, item) =>
      isSamePoint(seen.resume, item.resume) ? null : { ...seen, resume: { position: item.resume.position, total: item.resume.total } },
    );
  }

  /**
   * The ids of known items that had a value (a resume point, a rating) and are not in a listing of
   * the items that have one now. Not listed is not the same as cleared: an item removed from the
   * library, or cleaned away while its share is offline, is not listed either, and publishing a
   * clear for it would wipe the value on every device. So each is read again, and only a read
   * showing the value gone is a change (itemRead); an item that is no longer there is forgotten.
   */
  unlistedItems(kind: ItemKind, listedItems: LocalItem[], field: "resume" | "rating"): number[] {
    const listed = new Set(listedItems.map((item) => itemKey(kind, item.id)));
    const unlisted: number[] = [];
    for (const [key, seen] of Array.from(this.itemsById.entries())) {
      const hasValue = field === "resume" ? seen.resume.position > 0 : (seen.userrating ?? 0) > 0;
      if (seen.kind === kind && hasValue && !listed.has(key)) {
        unlisted.push(seen.id);
      }
    }
    return unlisted;
  }

  /** An item Kodi no longer has (its read found nothing): dropped from the index until a listing brings it back. */
  forgetItem(kind: ItemKind, id: number): void {
    const seen = this.itemsById.get(itemKey(kind, id));
    if (seen === undefined) {
      return;
    }
    this.itemsById.delete(itemKey(kind, id));
    for (const key of itemKeys(seen)) {
      if (this.itemsByKey.get(itemKey(kind, key))?.id === id) {
        this.itemsByKey.delete(itemKey(kind, key));
      }
    }
  }

  /**
   * The items that have a user rating now. Kodi 20 sends no notification when a rating is set or
   * cleared through JSON-RPC's Set*Details, so the service polls this short listing: an item rated
   * otherwise than last seen changed (one no longer listed: unlistedItems).
   */
  applyRatedListing(kind: ItemKind, items: LocalItem[], now: number, switches: SyncSwitches): ItemPublication[] {
    if (switches.rating !== true) {
      return [];
    }
    return this.applyListing(kind, items, now, { watched: false, resume: false, rating: true }, (seen, item) =>
      (seen.userrating ?? 0) === (item.userrating ?? 0) ? null : { ...seen, userrating: item.userrating ?? 0 },
    );
  }

  /**
   * A polled listing of the items that have a value now: each known item that `changedFrom` finds
   * changed (seen as last known, as listed) is published for the one field `only` switches on.
   * All changes are found before any is applied. Items not listed are not taken as cleared here.
   */
  private applyListing(
    kind: ItemKind,
    items: LocalItem[],
    now: number,
    only: SyncSwitches,
    changedFrom: (seen: LocalItem, item: LocalItem) => LocalItem | null,
  ): ItemPublication[] {
    const changed: LocalItem[] = [];
    for (const item of items) {
      const seen = this.itemsById.get(itemKey(kind, item.id));
      const current = seen === undefined ? null : changedFrom(seen, item);
      if (current !== null) {
        changed.push(current);
      }
    }
    const publications: ItemPublication[] = [];
    for (const item of changed) {
      publications.push(...this.applyLocalItem(item, now, only));
    }
    return publications;
  }

  /**
   * A state from the sync group (our own retained states included). A state older than the one
   * known is answered with a correction: the known state, to publish again, so that a device
   * coming back with week-old changes cannot leave its stale state as the broker's retained one.
   */
  applyRemote(kind: ItemKind, identity: string, field: ItemField, state: FieldState, now: number): RemoteOutcome {
    const knownKey = `${itemKey(kind, identity)}|${field}`;
    const known = this.knownStates.get(knownKey) ?? null;
    if (!isNewer(state, known)) {
      const isStale = known !== null && !isSameStamp(state, known);
      return { accepted: false, write: null, correction: isStale && known !== null ? this.publicationOf(kind, identity, field, known) : null };
    }
    this.knownStates.set(knownKey, state);
    const item = this.itemsByKey.get(itemKey(kind, identity));
    if (item === undefined) {
      this.keepPending(knownKey, { kind: kind, identity: identity, field: field, state: state });
      return { accepted: true, write: null, correction: null };
    }
    return { accepted: true, write: this.writeState(item, field, state, now), correction: null };
  }

  /**
   * A change of this device's that is still waiting to be sent (the outbox saved before a
   * restart): known as the newest state until something newer arrives, so that older retained
   * states do not overwrite it and newer ones replace it.
   */
  noteUnsentState(kind: ItemKind, identity: string, field: ItemField, state: FieldState): void {
    const knownKey = `${itemKey(kind, identity)}|${field}`;
    if (isNewer(state, this.knownStates.get(knownKey) ?? null)) {
      this.knownStates.set(knownKey, state);
    }
  }

  /** The newest known states that are this device's own changes, to publish again (a new passphrase). */
  ownStates(): ItemPublication[] {
    const publications: ItemPublication[] = [];
    for (const [key, state] of this.knownStates.entries()) {
      if (state.device !== this.deviceId) {
        continue;
      }
      // The key is kind|identity|field.
      const first = key.indexOf("|");
      const named = key.slice(0, first);
      const kind: ItemKind = named === "episode" || named === "tvshow" ? named : "movie";
      const field: ItemField = key.endsWith("|resume") ? "resume" : key.endsWith("|rating") ? "rating" : "watched";
      publications.push(this.publicationOf(kind, key.slice(first + 1, key.length - field.length - 1), field, state));
    }
    return publications;
  }

  private publicationOf(kind: ItemKind, identity: string, field: ItemField, state: FieldState): ItemPublication {
    const item = this.itemsByKey.get(itemKey(kind, identity));
    const title = item === undefined ? identity : item.title;
    if (field === "watched") {
      return { kind: kind, identity: identity, title: title, field: field, watched: state as WatchedState, resume: null };
    }
    if (field === "rating") {
      return { kind: kind, identity: identity, title: title, field: field, watched: null, resume: null, rating: state as RatingState };
    }
    return { kind: kind, identity: identity, title: title, field: field, watched: null, resume: state as ResumeState };
  }

  /** Never stamp a change earlier than the state it replaces (a device clock behind the others). */
  private stampFor(kind: ItemKind, identity: string, field: ItemField, now: number): number {
    return stampAfter(this.knownStates.get(`${itemKey(kind, identity)}|${field}`) ?? null, now);
  }

  /**
   * Within the grace period after our write, Kodi may report a value near it (a playcount bumped,
   * a position rounded): taken as its adjustment, not a user's change. A user's real change (watched
   * to unwatched, a resume point minutes away, one cleared) still goes out.
   */
  private isWithinGrace(item: LocalItem, field: ItemField, now: number): boolean {
    const recent = this.recentWrites.get(`${itemKey(item.kind, item.id)}|${field}`);
    return recent !== undefined && now <= recent.until;
  }

  private writeState(item: LocalItem, field: ItemField, state: FieldState, now: number): ItemWrite | null {
    if (state.device === this.deviceId) {
      return null; // our own retained state coming back
    }
    const seen = this.itemsById.get(itemKey(item.kind, item.id)) ?? item;
    if (field === "watched") {
      const watched = state as WatchedState;
      if (seen.playcount === watched.playcount) {
        return null;
      }
      // Recorded before the write, so that Kodi's notification of it is not taken for a user's change.
      seen.playcount = watched.playcount;
      seen.lastplayed = watched.lastplayed;
      seen.playedAt = watched.playedAt ?? "";
    } else if (field === "rating") {
      const rated = state as RatingState;
      if ((seen.userrating ?? 0) === rated.rating) {
        return null;
      }
      seen.userrating = rated.rating;
    } else {
      const resume = state as ResumeState;
      if (isSamePoint(seen.resume, resume)) {
        return null;
      }
      seen.resume = { position: resume.position, total: resume.total };
    }
    this.recentWrites.set(`${itemKey(item.kind, item.id)}|${field}`, { until: now + this.graceMilliseconds });
    const write: ItemWrite = {
      kind: item.kind,
      id: item.id,
      title: item.title,
      field: field,
      playcount: seen.playcount,
      lastplayed: seen.lastplayed,
      playedAt: seen.playedAt ?? "",
      resume: { position: seen.resume.position, total: seen.resume.total },
      device: state.device,
    };
    if (field === "rating") {
      write.userrating = seen.userrating ?? 0;
    }
    return write;
  }

  /**
   * Kept newest last, so that the oldest go first when there are too many: a tenth at a time, so
   * that a flood costs one copy of the keys per thousands of states, not one per state.
   */
  private keepPending(key: string, pending: { kind: ItemKind; identity: string; field: ItemField; state: FieldState }): void {
    this.pendingStates.delete(key);
    if (this.pendingStates.size >= MAX_PENDING_STATES) {
      for (const oldest of Array.from(this.pendingStates.keys()).slice(0, Math.ceil(MAX_PENDING_STATES / 10))) {
        this.pendingStates.delete(oldest);
        this.knownStates.delete(oldest); // about an item this device does not have: nothing else refers to it
        this.droppedPendingCount += 1;
      }
    }
    this.pendingStates.set(key, pending);
  }

  /** The library item whose file this is, as `kind/identity` (the name its topics use), or null. */
  itemAtFile(file: string): string | null {
    const item = file === "" ? undefined : this.itemsByFile.get(file);
    const identity = item === undefined ? null : itemIdentity(item);
    return item === undefined || identity === null ? null : `${item.kind}/${identity}`;
  }

  /** This device's file of the item named `kind/identity`, or null when the library does not have it. */
  fileOfItem(name: string): string | null {
    const slash = name.indexOf("/");
    const kind = name.slice(0, slash);
    if (slash < 0 || (kind !== "movie" && kind !== "episode")) {
      return null;
    }
    const item = this.itemsByKey.get(itemKey(kind, name.slice(slash + 1)));
    const file = item === undefined ? "" : (item.file ?? "");
    return file === "" ? null : file;
  }

  /** The show's identity or the set's key for this database id, or null when the library does not have it. */
  folderKey(kind: "tvshow" | "set", id: number): string | null {
    if (kind === "set") {
      return this.setKeysById.get(id) ?? null;
    }
    const show = this.itemsById.get(itemKey("tvshow", id));
    return show === undefined ? null : itemIdentity(show);
  }

  /** This device's database id of the show (by any of its keys) or set, or null when the library does not have it. */
  folderId(kind: "tvshow" | "set", key: string): number | null {
    if (kind === "set") {
      return this.setIdsByKey.get(key) ?? null;
    }
    return this.itemsByKey.get(itemKey("tvshow", key))?.id ?? null;
  }

  private remember(item: LocalItem): void {
    const copy: LocalItem = { ...item, resume: { position: item.resume.position, total: item.resume.total } };
    const set = item.kind === "movie" && (item.setid ?? 0) > 0 ? setKey(item.set ?? "") : null;
    if (set !== null) {
      this.setKeysById.set(item.setid ?? 0, set);
      this.setIdsByKey.set(set, item.setid ?? 0);
    }
    const file = item.file ?? "";
    if (file !== "") {
      this.itemsByFile.set(file, copy);
    }
    this.itemsById.set(itemKey(item.kind, item.id), copy);
    for (const key of itemKeys(item)) {
      this.itemsByKey.set(itemKey(item.kind, key), copy);
    }
  }
}
