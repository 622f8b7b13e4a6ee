/**
 * What the sync needs from a Kodi video library. Its one implementation is over JSON-RPC
 * (src/kodi/json-rpc-video-library.ts), used by the service; the unit tests give the core
 * LocalItem values directly, with no VideoLibrary at all. ItemKind, ResumePoint and LocalItem are
 * the core's vocabulary too (src/core/library-sync.ts and item-identity.ts use them), although
 * they are declared here.
 */

import { UniqueIds } from "../core/movie-identity";

export type ItemKind = "movie" | "episode";

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
  lastplayed: string;
  resume: ResumePoint;
}

export interface VideoLibrary {
  listItems(kind: ItemKind): LocalItem[];
  /** The items that have a resume point now (Kodi's "in progress" filter): a small, cheap listing. */
  listInProgress(kind: ItemKind): LocalItem[];
  /** null when the item is no longer in the library. */
  getItem(kind: ItemKind, id: number): LocalItem | null;
  setWatched(kind: ItemKind, id: number, playcount: number, lastplayed: string): void;
  setResume(kind: ItemKind, id: number, resume: ResumePoint): void;
}
