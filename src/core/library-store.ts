/**
 * The video library as the sync sees it: movies and episodes with their watched status and resume
 * point, TV shows with their rating, and what the sync needs to read and write them. The add-on implements the store over
 * Kodi's JSON-RPC (src/kodi/json-rpc-video-library.ts); tests implement it in memory.
 */

import { UniqueIds } from "./movie-identity";

/** A TV show itself ("tvshow") has a rating only: Kodi keeps no watched status or resume point of its own for it. */
export type ItemKind = "movie" | "episode" | "tvshow";

export const ITEM_KINDS: ItemKind[] = ["movie", "episode", "tvshow"];

/** A resume point in seconds; position 0 means none. */
export interface ResumePoint {
  position: number;
  total: number;
}

/** A movie, an episode or a TV show as this device's library has it. */
export interface LocalItem {
  kind: ItemKind;
  /** Kodi's movieid, episodeid or tvshowid on this device (never sent to others). */
  id: number;
  title: string;
  /** TV shows: the year of their first airing (with the title, the identity of a show Kodi knows no id for); 0 or absent when unknown or not read. */
  year?: number;
  /** The item's own uniqueid. */
  uniqueid: UniqueIds;
  /** Episodes: the show's uniqueid, season and episode number. */
  show: UniqueIds;
  season: number;
  episode: number;
  playcount: number;
  /** Kodi's local date-time text, "" when never played. */
  lastplayed: string;
  /** lastplayed as a UTC instant ("YYYY-MM-DDTHH:MM:SSZ"), "" or absent when unknown. */
  playedAt?: string;
  resume: ResumePoint;
  /** The user's rating, 1–10, 0 for none (Kodi's `userrating`); absent when not read. */
  userrating?: number;
  /** The item's file as this device's Kodi has it (a favourite of it follows the item); absent when not read. */
  file?: string;
  /** Movies: the movie set it is in (a favourite of the set follows it), by name and Kodi's setid (0: none); absent when not read. */
  set?: string;
  setid?: number;
}

export interface LibraryStore {
  listItems(kind: ItemKind): LocalItem[];
  /** The items that have a resume point now (Kodi's "in progress" filter): a small, cheap listing. */
  listInProgress(kind: ItemKind): LocalItem[];
  /** The items that have a user rating now (a rule on `userrating`): a short listing, as few items are rated. */
  listRated(kind: ItemKind): LocalItem[];
  /** null when the item is no longer in the library. */
  getItem(kind: ItemKind, id: number): LocalItem | null;
  /** `playedAt` (a UTC instant) wins over `lastplayed` (the sender's local text) when it is not "". */
  setWatched(kind: ItemKind, id: number, playcount: number, lastplayed: string, playedAt: string): void;
  setResume(kind: ItemKind, id: number, resume: ResumePoint): void;
  /** 0 clears the rating. */
  setRating(kind: ItemKind, id: number, rating: number): void;
  /**
   * Whether the next watched states are written so that Kodi announces them (VideoLibrary.OnUpdate)
   * or with the lightest write, which announces nothing (core/write-announcement.ts says when).
   */
  announceWatchedWrites(announce: boolean): void;
}
