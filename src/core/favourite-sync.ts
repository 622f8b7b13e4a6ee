/**
 * The sync rules for favourites, with no I/O. Each favourite (by identity, see favourite.ts) has
 * a state per sync group: present or removed, with its event time and device, merged like watched
 * status (later time wins, greater device id on equal times).
 *
 * - Add-only by default: additions travel, removals are neither sent nor applied (the behaviour
 *   CloudSync 3.x users know). With "also sync removals" on, removals travel too, and a removal
 *   newer than an addition keeps the favourite removed: no resurrection by an older state.
 * - The listing at start-up is the baseline: favourites already there are not news to anyone
 *   ("Publish All My Favorites" sends them on request).
 * - Echoes: a remote favourite is recorded as this device's own before it is written, so the next
 *   listing, which shows it, finds nothing changed.
 * - Writes never toggle by accident: "add" only for a favourite this device does not have, "remove"
 *   only for one it has (Kodi's AddFavourite toggles).
 */

import { Favourite, favouriteIdentity } from "./favourite";
import { isNewer, stampAfter } from "./conflict-rule";

export interface FavouriteState {
  present: boolean;
  favourite: Favourite;
  /** Milliseconds since the Unix epoch, the changing device's clock. */
  time: number;
  device: string;
}

export interface FavouritePublication {
  identity: string;
  state: FavouriteState;
}

export interface FavouriteWrite {
  action: "add" | "remove";
  identity: string;
  favourite: Favourite;
  device: string;
}

/**
 * Favourites states remembered: a device has tens of favourites, but anyone on the broker could
 * send millions of made-up ones. Beyond this the oldest states of favourites this device does not
 * have are forgotten, a tenth at a time.
 */
export const MAX_KNOWN_FAVOURITES = 5_000;
/** Favourites this device adds from the group, at most: as many as a favourite list may name. */
export const MAX_LOCAL_FAVOURITES = 2_000;

export class FavouriteSync {
  /** States forgotten, and additions refused, to stay within the limits above. */
  droppedCount = 0;
  private readonly deviceId: string;
  /** identity → the favourite as this device last listed (or wrote) it. */
  private local: Map<string, Favourite> = new Map();
  /** identity → the newest state known for it, local or remote. */
  private readonly known: Map<string, FavouriteState> = new Map();
  private hasBaseline = false;
  private readonly graceMilliseconds: number;
  /** identity → until when a listing change of it may be Kodi's echo of our write, not a user's. */
  private readonly recentWrites: Map<string, number> = new Map();

  constructor(deviceId: string, graceSeconds: number) {
    this.deviceId = deviceId;
    this.graceMilliseconds = graceSeconds * 1000;
  }

  get localCount(): number {
    return this.local.size;
  }

  /**
   * Kodi's current list. The first one is the baseline and publishes nothing; later ones publish
   * what was added, and what was removed when removals sync.
   */
  applyListing(favourites: Favourite[], now: number, syncRemovals: boolean): FavouritePublication[] {
    const current: Map<string, Favourite> = new Map();
    for (const favourite of favourites) {
      const listedIdentity = favouriteIdentity(favourite);
      if (listedIdentity !== null && !current.has(listedIdentity)) {
        current.set(listedIdentity, favourite);
      }
    }
    const previous = this.local;
    keepIdentitiesOfLibraryFavourites(current, previous);
    this.local = current;
    if (!this.hasBaseline) {
      this.hasBaseline = true;
      return [];
    }
    const publications: FavouritePublication[] = [];
    for (const [identity, favourite] of current.entries()) {
      if (!previous.has(identity) && !this.isWithinGrace(identity, now)) {
        publications.push(this.stamp(identity, true, favourite, now));
      }
    }
    if (syncRemovals) {
      for (const [identity, favourite] of previous.entries()) {
        if (!current.has(identity) && !this.isWithinGrace(identity, now)) {
          publications.push(this.stamp(identity, false, favourite, now));
        }
      }
    }
    return publications;
  }

  /** Every favourite this device has, as present now: "Publish All My Favorites". */
  publishAll(now: number): FavouritePublication[] {
    const publications: FavouritePublication[] = [];
    for (const [identity, favourite] of this.local.entries()) {
      publications.push(this.stamp(identity, true, favourite, now));
    }
    return publications;
  }

  /** The identities this device has now, for the authoritative list sent with "Publish All". */
  localIdentities(): string[] {
    return Array.from(this.local.keys());
  }

  /** A favourite's state from the sync group; the write that brings this device to it, if any. */
  applyRemote(identity: string, state: FavouriteState, syncRemovals: boolean, now: number): FavouriteWrite | null {
    if (!state.present && !syncRemovals) {
      return null; // add-only: a removal elsewhere is not ours to copy, nor a reason to forget the favourite
    }
    if (!isNewer(state, this.known.get(identity) ?? null)) {
      return null;
    }
    this.remember(identity, state);
    if (state.device === this.deviceId) {
      return null;
    }
    // The same library entry may be listed here under another identity (another of its ids): the
    // favourite it points at here is the one this state is about.
    const localIdentity = this.local.has(identity) ? identity : (libraryTwin(this.local, state.favourite) ?? identity);
    const here = this.local.get(localIdentity);
    if (state.present && here === undefined && this.local.size >= MAX_LOCAL_FAVOURITES) {
      this.droppedCount += 1;
      return null;
    }
    if (state.present && here === undefined) {
      this.local.set(identity, state.favourite); // recorded first: the next listing shows it, not news
      this.recentWrites.set(identity, now + this.graceMilliseconds);
      return { action: "add", identity: identity, favourite: state.favourite, device: state.device };
    }
    if (!state.present && here !== undefined) {
      this.local.delete(localIdentity);
      this.recentWrites.set(localIdentity, now + this.graceMilliseconds);
      return { action: "remove", identity: localIdentity, favourite: here, device: state.device };
    }
    return null;
  }

  /**
   * Another device's complete list at `time` ("Publish All"), in removal mode: a favourite this
   * device has that is not on it, and whose known state is older, is removed.
   */
  applyAuthoritativeList(identities: string[], time: number, device: string, syncRemovals: boolean, now: number): FavouriteWrite[] {
    if (!syncRemovals || device === this.deviceId) {
      return [];
    }
    const listed = new Set(identities);
    const writes: FavouriteWrite[] = [];
    for (const [identity, favourite] of Array.from(this.local.entries())) {
      if (listed.has(identity)) {
        continue;
      }
      const write = this.applyRemote(identity, { present: false, favourite: favourite, time: time, device: device }, syncRemovals, now);
      if (write !== null) {
        writes.push(write);
      }
    }
    return writes;
  }

  /** A write Kodi refused: this device does not have what was recorded, so the record is undone. */
  revertWrite(write: FavouriteWrite): void {
    if (write.action === "add") {
      this.local.delete(write.identity);
    } else {
      this.local.set(write.identity, write.favourite);
    }
    this.recentWrites.delete(write.identity);
  }

  /** Newest last, so that the oldest states of favourites this device does not have go first. */
  private remember(identity: string, state: FavouriteState): void {
    this.known.delete(identity);
    if (this.known.size >= MAX_KNOWN_FAVOURITES) {
      let toForget = Math.ceil(MAX_KNOWN_FAVOURITES / 10);
      for (const oldest of Array.from(this.known.keys())) {
        if (toForget === 0) {
          break;
        }
        if (!this.local.has(oldest)) {
          this.known.delete(oldest);
          this.recentWrites.delete(oldest);
          this.droppedCount += 1;
          toForget -= 1;
        }
      }
    }
    this.known.set(identity, state);
  }

  private isWithinGrace(identity: string, now: number): boolean {
    const until = this.recentWrites.get(identity);
    return until !== undefined && now <= until;
  }

  private stamp(identity: string, present: boolean, favourite: Favourite, now: number): FavouritePublication {
    const time = stampAfter(this.known.get(identity) ?? null, now);
    const state: FavouriteState = { present: present, favourite: favourite, time: time, device: this.deviceId };
    this.remember(identity, state);
    return { identity: identity, state: state };
  }
}

/**
 * Where a favourite of a library entry (libraryItem set) points on this device: the file, or the
 * window and folder. Two identities of one entry (a show known by its tmdb id on one device and by
 * its tvdb id on another, or by its title) point at the same place here.
 */
function libraryTarget(favourite: Favourite): string | null {
  if ((favourite.libraryItem ?? "") === "") {
    return null;
  }
  return favourite.type === "window"
    ? `window\n${favourite.window.toLowerCase()}\n${favourite.windowparameter.trim()}`
    : `${favourite.type}\n${favourite.path.trim()}`;
}

/** The identity under which `favourites` holds a library favourite pointing where `favourite` points, or null. */
function libraryTwin(favourites: Map<string, Favourite>, favourite: Favourite): string | null {
  const target = libraryTarget(favourite);
  if (target === null) {
    return null;
  }
  for (const [identity, candidate] of favourites.entries()) {
    if (libraryTarget(candidate) === target) {
      return identity;
    }
  }
  return null;
}

/**
 * A favourite received under one identity of a library entry is listed back under the identity
 * this device's library gives the entry (its own ids): it keeps the identity it had, so it is
 * neither published again as news nor left behind when its removal comes under the first one.
 */
function keepIdentitiesOfLibraryFavourites(current: Map<string, Favourite>, previous: Map<string, Favourite>): void {
  for (const [identity, favourite] of Array.from(current.entries())) {
    if (previous.has(identity)) {
      continue;
    }
    const earlier = libraryTwin(previous, favourite);
    if (earlier === null || earlier === identity || current.has(earlier)) {
      continue;
    }
    current.delete(identity);
    current.set(earlier, { ...favourite, libraryItem: previous.get(earlier)?.libraryItem ?? favourite.libraryItem });
  }
}
