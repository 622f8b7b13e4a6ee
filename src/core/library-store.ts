/**
 * The video library as the sync sees it: movies and episodes with their watched status and resume
 * point, and what the sync needs to read and write them. The add-on implements the store over
 * Kodi's JSON-RPC (src/kodi/json-rpc-video-library.ts); tests implement it in memory.
 */

import { UniqueIds } from "./movie-identity";

export type ItemKind = "movie" | "episode";

export const ITEM_KINDS: ItemKind[] = ["movie", "episode"];

/** A resume point in seconds; position 0 means none. */
export interface ResumePoint {
  position: number;
  total: number;
}

/** A movie or an episode as this device's library has it. */
export interface LocalItem {
  kind: ItemKind;
  /** Kodi's movieid or episodeid on this device (never sent to others). */
  id: number;
  title: string;
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
}
