/**
 * The rules for a movie's watched status, with no I/O: given what the local library says
 * and what arrives from the sync group, decide what to publish and what to write to Kodi.
 *
 * - A local change is a playcount that differs from the last one this device saw for the
 *   movie. Scans never count: the service feeds them through replaceLibrary, which only
 *   records values. That is also the echo rule: a remote state is recorded as "seen" before
 *   it is written to Kodi, so Kodi's notification of our own write finds nothing changed.
 * - A remote state is applied when it is newer than the last state known for the movie
 *   (see isNewerState); a movie this device does not have yet is remembered and applied
 *   when it appears in the library.
 */

import { LocalMovie } from "../host/video-library";
import { identityKeys, movieIdentity } from "./movie-identity";
import { WatchedState, isNewerState } from "./watched-state";

/** A write to the local library that brings a movie to a remote state. */
export interface WatchedWrite {
  movieid: number;
  title: string;
  playcount: number;
  lastplayed: string;
}

/** A state to publish for a movie. */
export interface WatchedPublication {
  identity: string;
  title: string;
  state: WatchedState;
}

export class MovieWatchedSync {
  private readonly deviceId: string;
  /** identity key ("imdb:tt…", "tmdb:…") → movie, for every id each local movie has. */
  private moviesByKey: Map<string, LocalMovie> = new Map();
  /** movieid → the playcount this device last saw or wrote. */
  private seenPlaycounts: Map<number, number> = new Map();
  /** identity → the newest state known for it, local or remote. */
  private knownStates: Map<string, WatchedState> = new Map();
  /** identity → a remote state for a movie this device does not have yet. */
  private pendingStates: Map<string, WatchedState> = new Map();

  constructor(deviceId: string) {
    this.deviceId = deviceId;
  }

  get movieCount(): number {
    return this.seenPlaycounts.size;
  }

  get pendingCount(): number {
    return this.pendingStates.size;
  }

  /**
   * Takes a fresh listing of the library (at start and after each scan). Values in it are
   * never published; states waiting for movies that have now appeared are returned as writes.
   */
  replaceLibrary(movies: LocalMovie[]): WatchedWrite[] {
    this.moviesByKey = new Map();
    this.seenPlaycounts = new Map();
    for (const movie of movies) {
      this.rememberMovie(movie);
    }
    const writes: WatchedWrite[] = [];
    for (const [identity, state] of Array.from(this.pendingStates.entries())) {
      const movie = this.moviesByKey.get(identity);
      if (movie !== undefined) {
        this.pendingStates.delete(identity);
        const write = this.writeStateToMovie(movie, state);
        if (write !== null) {
          writes.push(write);
        }
      }
    }
    return writes;
  }

  /** A movie that appeared in a scan: recorded, never published. */
  addScannedMovie(movie: LocalMovie): WatchedWrite | null {
    this.rememberMovie(movie);
    for (const key of identityKeys(movie.uniqueid)) {
      const pending = this.pendingStates.get(key);
      if (pending !== undefined) {
        this.pendingStates.delete(key);
        return this.writeStateToMovie(movie, pending);
      }
    }
    return null;
  }

  /** The library's current values for a movie after Kodi said it changed. */
  applyLocalMovie(movie: LocalMovie, now: number): WatchedPublication | null {
    const seen = this.seenPlaycounts.get(movie.movieid);
    this.rememberMovie(movie);
    if (seen === undefined || seen === movie.playcount) {
      return null;
    }
    const identity = movieIdentity(movie.uniqueid);
    if (identity === null) {
      return null;
    }
    const known = this.knownStates.get(identity) ?? null;
    // Never stamp a change earlier than the state it replaces (a device clock behind the others).
    const time = known !== null && known.time >= now ? known.time + 1 : now;
    const state: WatchedState = {
      playcount: movie.playcount,
      lastplayed: movie.lastplayed,
      time: time,
      device: this.deviceId,
    };
    this.knownStates.set(identity, state);
    return { identity: identity, title: movie.title, state: state };
  }

  /** A state from the sync group (our own retained states included). */
  applyRemoteWatched(identity: string, state: WatchedState): WatchedWrite | null {
    const known = this.knownStates.get(identity) ?? null;
    if (!isNewerState(state, known)) {
      return null;
    }
    this.knownStates.set(identity, state);
    const movie = this.moviesByKey.get(identity);
    if (movie === undefined) {
      this.pendingStates.set(identity, state);
      return null;
    }
    return this.writeStateToMovie(movie, state);
  }

  private writeStateToMovie(movie: LocalMovie, state: WatchedState): WatchedWrite | null {
    if (state.device === this.deviceId || movie.playcount === state.playcount) {
      return null;
    }
    // Recorded before the write so that Kodi's notification of it is not taken for a user's change.
    movie.playcount = state.playcount;
    movie.lastplayed = state.lastplayed;
    this.seenPlaycounts.set(movie.movieid, state.playcount);
    return { movieid: movie.movieid, title: movie.title, playcount: state.playcount, lastplayed: state.lastplayed };
  }

  private rememberMovie(movie: LocalMovie): void {
    this.seenPlaycounts.set(movie.movieid, movie.playcount);
    for (const key of identityKeys(movie.uniqueid)) {
      this.moviesByKey.set(key, movie);
    }
  }
}
