/**
 * What the sync needs from a Kodi video library. The add-on implements it over JSON-RPC
 * (src/kodi/json-rpc-video-library.ts); tests implement it in memory.
 */

import { UniqueIds } from "../core/movie-identity";

/** A movie as this device's library has it. Keys are Kodi's own property names. */
export interface LocalMovie {
  movieid: number;
  title: string;
  uniqueid: UniqueIds;
  playcount: number;
  lastplayed: string;
}

export interface VideoLibrary {
  listMovies(): LocalMovie[];
  /** null when the movie is no longer in the library. */
  getMovie(movieid: number): LocalMovie | null;
  setMovieWatched(movieid: number, playcount: number, lastplayed: string): void;
}
