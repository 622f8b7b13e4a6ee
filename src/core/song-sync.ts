/**
 * The sync rules for songs, with no I/O: a song's play count (with its last played date) and its
 * user rating, each merged on its own by the group's conflict rule (core/conflict-rule.ts), as
 * watched status and resume points are for videos (core/library-sync.ts).
 *
 * - A local change is a value that differs from the one this device last saw or wrote for the
 *   song. Scans never count: listings and scanned songs are only recorded.
 * - Echoes: a remote state is recorded as "seen" before it is written, so Kodi's
 *   AudioLibrary.OnUpdate for our own write finds nothing changed. Kodi keeps a song's play count,
 *   last played date and user rating exactly as AudioLibrary.SetSongDetails wrote them (verified on
 *   Kodi 20), so no grace period is needed: a play within seconds of a remote write is a real play.
 * - A state for a song this device does not have is kept, and written when a scan brings the song.
 */

import { isNewer, isSameStamp, stampAfter } from "./conflict-rule";
import { songIdentity, songKeys } from "./song-identity";
import { SongFieldState, SongPlayedState, SongRatingState } from "./song-messages";
import { LocalSong } from "./song-store";
import { SongField } from "./song-topics";

/** A write to the local library that brings a song to a remote state. */
export interface SongWrite {
  id: number;
  title: string;
  field: SongField;
  playcount: number;
  lastplayed: string;
  /** The moment of `lastplayed` as a UTC instant, or "" when the sender did not give one. */
  playedAt: string;
  userrating: number;
  /** The device whose change this is, for the log. */
  device: string;
}

/** A state to publish for a song. */
export interface SongPublication {
  identity: string;
  title: string;
  field: SongField;
  played: SongPlayedState | null;
  rating: SongRatingState | null;
}

export interface SongOutcome {
  /** Newer than anything known for the song and field: an unsent local change for it is obsolete. */
  accepted: boolean;
  write: SongWrite | null;
  /** It was older than the known state: that state, to publish again. */
  correction: SongPublication | null;
}

/** States kept for songs this device does not have (anyone on the broker could send millions): the oldest go first. */
export const MAX_PENDING_SONG_STATES = 20_000;

interface PendingSongState {
  identity: string;
  field: SongField;
  state: SongFieldState;
}

function stateKey(identity: string, field: SongField): string {
  return `${field}|${identity}`;
}

export class SongSync {
  private readonly deviceId: string;
  /** identity → the local song, for every key it can be reached by. */
  private songsByKey: Map<string, LocalSong> = new Map();
  /** songid → the song with the values this device last saw or wrote. */
  private songsById: Map<number, LocalSong> = new Map();
  /** field|identity → the newest state known, local or remote. */
  private readonly knownStates: Map<string, SongFieldState> = new Map();
  /** field|identity → a remote state for a song this device does not have yet. */
  private readonly pendingStates: Map<string, PendingSongState> = new Map();
  /** How many states for songs this device does not have were forgotten to stay within the cap. */
  droppedPendingCount = 0;

  constructor(deviceId: string) {
    this.deviceId = deviceId;
  }

  get songCount(): number {
    return this.songsById.size;
  }

  get pendingCount(): number {
    return this.pendingStates.size;
  }

  /** A fresh listing of every song (at start and after each scan): recorded, never published; waiting states are returned as writes. */
  replaceSongs(songs: LocalSong[]): SongWrite[] {
    this.songsById = new Map();
    this.songsByKey = new Map();
    const writes: SongWrite[] = [];
    for (const song of songs) {
      writes.push(...this.addScannedSong(song));
    }
    return writes;
  }

  /** A song a scan added or refreshed: recorded, never published; states waiting for it are returned. */
  addScannedSong(song: LocalSong): SongWrite[] {
    this.remember(song);
    const writes: SongWrite[] = [];
    for (const key of songKeys(song)) {
      for (const field of ["played", "rating"] as SongField[]) {
        const pending = this.pendingStates.get(stateKey(key, field));
        if (pending === undefined) {
          continue;
        }
        this.pendingStates.delete(stateKey(key, field));
        const write = this.writeState(song, field, pending.state);
        if (write !== null) {
          writes.push(write);
        }
      }
    }
    return writes;
  }

  /** The song's values as read after Kodi said it changed (not a scan): what differs from what was seen is a user's change. */
  applyLocalSong(current: LocalSong, now: number): SongPublication[] {
    const seen = this.songsById.get(current.id) ?? null;
    this.remember(current);
    if (seen === null) {
      return []; // first sight of this song: a scan's, not a user's
    }
    const identity = songIdentity(current);
    if (identity === null) {
      return [];
    }
    const publications: SongPublication[] = [];
    if (seen.playcount !== current.playcount) {
      const played: SongPlayedState = {
        playcount: current.playcount,
        lastplayed: current.lastplayed,
        time: this.stampFor(identity, "played", now),
        device: this.deviceId,
      };
      if (current.playedAt !== "") {
        played.playedAt = current.playedAt;
      }
      this.knownStates.set(stateKey(identity, "played"), played);
      publications.push({ identity: identity, title: current.title, field: "played", played: played, rating: null });
    }
    if (seen.userrating !== current.userrating) {
      const rating: SongRatingState = { rating: current.userrating, time: this.stampFor(identity, "rating", now), device: this.deviceId };
      this.knownStates.set(stateKey(identity, "rating"), rating);
      publications.push({ identity: identity, title: current.title, field: "rating", played: null, rating: rating });
    }
    return publications;
  }

  /** A state from the sync group (this device's own retained states included). */
  applyRemote(identity: string, field: SongField, state: SongFieldState): SongOutcome {
    const key = stateKey(identity, field);
    const known = this.knownStates.get(key) ?? null;
    if (!isNewer(state, known)) {
      const isStale = known !== null && !isSameStamp(state, known);
      return { accepted: false, write: null, correction: isStale && known !== null ? this.publicationOf(identity, field, known) : null };
    }
    this.knownStates.set(key, state);
    const song = this.songsByKey.get(identity);
    if (song === undefined) {
      this.keepPending(key, { identity: identity, field: field, state: state });
      return { accepted: true, write: null, correction: null };
    }
    return { accepted: true, write: this.writeState(song, field, state), correction: null };
  }

  /** A change of this device's still waiting to be sent (the saved outbox): the newest known until something newer arrives. */
  noteUnsentState(identity: string, field: SongField, state: SongFieldState): void {
    const key = stateKey(identity, field);
    if (isNewer(state, this.knownStates.get(key) ?? null)) {
      this.knownStates.set(key, state);
    }
  }

  /** The newest known states that are this device's own changes, to publish again (a new passphrase). */
  ownStates(): SongPublication[] {
    const publications: SongPublication[] = [];
    for (const [key, state] of this.knownStates.entries()) {
      if (state.device === this.deviceId) {
        const field: SongField = key.startsWith("rating|") ? "rating" : "played";
        publications.push(this.publicationOf(key.slice(field.length + 1), field, state));
      }
    }
    return publications;
  }

  private publicationOf(identity: string, field: SongField, state: SongFieldState): SongPublication {
    const song = this.songsByKey.get(identity);
    const title = song === undefined ? identity : song.title;
    if (field === "played") {
      return { identity: identity, title: title, field: field, played: state as SongPlayedState, rating: null };
    }
    return { identity: identity, title: title, field: field, played: null, rating: state as SongRatingState };
  }

  /** Never stamp a change earlier than the state it replaces (a device clock behind the others). */
  private stampFor(identity: string, field: SongField, now: number): number {
    return stampAfter(this.knownStates.get(stateKey(identity, field)) ?? null, now);
  }

  private writeState(song: LocalSong, field: SongField, state: SongFieldState): SongWrite | null {
    if (state.device === this.deviceId) {
      return null; // our own retained state coming back
    }
    const seen = this.songsById.get(song.id) ?? song;
    if (field === "played") {
      const played = state as SongPlayedState;
      const playedAt = played.playedAt ?? "";
      // The same moment: the same instant when both give one (devices in other time zones show other texts), else the same text.
      const sameMoment = playedAt !== "" && seen.playedAt !== "" ? playedAt === seen.playedAt : played.lastplayed === seen.lastplayed;
      if (seen.playcount === played.playcount && sameMoment) {
        return null;
      }
      // Recorded before the write, so that Kodi's notification of it is not taken for a user's change.
      seen.playcount = played.playcount;
      seen.lastplayed = played.lastplayed;
      seen.playedAt = playedAt;
    } else {
      const rating = state as SongRatingState;
      if (seen.userrating === rating.rating) {
        return null;
      }
      seen.userrating = rating.rating;
    }
    return {
      id: song.id,
      title: seen.title,
      field: field,
      playcount: seen.playcount,
      lastplayed: seen.lastplayed,
      playedAt: seen.playedAt,
      userrating: seen.userrating,
      device: state.device,
    };
  }

  /** Newest last, so the oldest go first when there are too many: a tenth at a time, not one copy of the keys per state. */
  private keepPending(key: string, pending: PendingSongState): void {
    this.pendingStates.delete(key);
    if (this.pendingStates.size >= MAX_PENDING_SONG_STATES) {
      for (const oldest of Array.from(this.pendingStates.keys()).slice(0, Math.ceil(MAX_PENDING_SONG_STATES / 10))) {
        this.pendingStates.delete(oldest);
        this.knownStates.delete(oldest); // about a song this device does not have: nothing else refers to it
        this.droppedPendingCount += 1;
      }
    }
    this.pendingStates.set(key, pending);
  }

  private remember(song: LocalSong): void {
    const copy: LocalSong = { ...song, artists: song.artists.slice() };
    this.songsById.set(song.id, copy);
    for (const key of songKeys(song)) {
      this.songsByKey.set(key, copy);
    }
  }
}
