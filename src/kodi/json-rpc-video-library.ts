/** The VideoLibrary port over Kodi's JSON-RPC (VideoLibrary.GetMovies / GetMovieDetails / SetMovieDetails). */

import { UniqueIds } from "../core/movie-identity";
import { LocalMovie, VideoLibrary } from "../host/video-library";
import { callJsonRpc, callJsonRpcForObject } from "./json-rpc";

const MOVIE_PROPERTIES: string[] = ["title", "uniqueid", "playcount", "lastplayed"];

function readText(fields: Record<string, unknown>, key: string): string {
  const value = fields[key];
  return typeof value === "string" ? value : "";
}

function readUniqueIds(value: unknown): UniqueIds {
  const ids: UniqueIds = {};
  if (typeof value !== "object" || value === null) {
    return ids;
  }
  const fields = value as Record<string, unknown>;
  for (const scheme of Object.keys(fields)) {
    const id = fields[scheme];
    if (typeof id === "string") {
      ids[scheme] = id;
    }
  }
  return ids;
}

function toLocalMovie(value: unknown): LocalMovie | null {
  if (typeof value !== "object" || value === null) {
    return null;
  }
  const fields = value as Record<string, unknown>;
  const movieid = fields["movieid"];
  const playcount = fields["playcount"];
  if (typeof movieid !== "number" || typeof playcount !== "number") {
    return null;
  }
  return {
    movieid: movieid,
    title: readText(fields, "title"),
    uniqueid: readUniqueIds(fields["uniqueid"]),
    playcount: playcount,
    lastplayed: readText(fields, "lastplayed"),
  };
}

export class JsonRpcVideoLibrary implements VideoLibrary {
  listMovies(): LocalMovie[] {
    const result = callJsonRpcForObject("VideoLibrary.GetMovies", { properties: MOVIE_PROPERTIES });
    const movies: LocalMovie[] = [];
    const listed = result["movies"];
    if (!Array.isArray(listed)) {
      return movies;
    }
    for (const entry of listed) {
      const movie = toLocalMovie(entry);
      if (movie !== null) {
        movies.push(movie);
      }
    }
    return movies;
  }

  getMovie(movieid: number): LocalMovie | null {
    const result = callJsonRpcForObject("VideoLibrary.GetMovieDetails", {
      movieid: movieid,
      properties: MOVIE_PROPERTIES,
    });
    return toLocalMovie(result["moviedetails"]);
  }

  setMovieWatched(movieid: number, playcount: number, lastplayed: string): void {
    const params: Record<string, unknown> = { movieid: movieid, playcount: playcount };
    if (lastplayed !== "") {
      params["lastplayed"] = lastplayed;
    }
    callJsonRpc("VideoLibrary.SetMovieDetails", params);
  }
}
