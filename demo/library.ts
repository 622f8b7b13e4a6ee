/**
 * The demo's media: a few films and a short series, made with ffmpeg and .nfo files (no internet
 * needed), kept at different paths on each device, as in a real household. The ids in the .nfo
 * files are what CloudSync matches by: the films' real IMDb ids, a made-up TVDB id for the series.
 */
import { join } from "node:path";
import { KodiInstance } from "../test/support/kodi";
import { makeMovieLibrary, makeShowLibrary, TestMovie, TestShow } from "../test/support/media";

export const DEMO_MOVIES: TestMovie[] = [
  { title: "Big Buck Bunny", year: 2008, imdb: "tt1254207" },
  { title: "Elephants Dream", year: 2006, imdb: "tt0807840" },
  { title: "Sintel", year: 2010, imdb: "tt1727587" },
  { title: "Tears of Steel", year: 2012, imdb: "tt2285752" },
];

export const DEMO_SHOW: TestShow = {
  title: "Caminandes",
  year: 2013,
  tvdb: "900001",
  episodes: [
    { season: 1, episode: 1, title: "Llama Drama" },
    { season: 1, episode: 2, title: "Gran Dillama" },
  ],
};

/** Where a device keeps its media: each its own folder names, so that only the ids can match. */
export interface MediaFolders {
  movies: string;
  shows: string;
}

export function mediaFoldersFor(deviceFolder: string, style: "living room" | "bedroom"): MediaFolders {
  return style === "living room"
    ? { movies: join(deviceFolder, "media", "Movies"), shows: join(deviceFolder, "media", "TV Shows") }
    : { movies: join(deviceFolder, "storage", "films"), shows: join(deviceFolder, "storage", "series") };
}

/** Makes the videos and .nfo files in `folders`. */
export async function makeDemoMedia(folders: MediaFolders): Promise<void> {
  await makeMovieLibrary(folders.movies, DEMO_MOVIES);
  await makeShowLibrary(folders.shows, [DEMO_SHOW]);
}

/** Adds the folders to Kodi's library and scans them, as Settings → Media → Library → Add videos does. */
export async function scanDemoMedia(kodi: KodiInstance, folders: MediaFolders): Promise<void> {
  await kodi.addMovieSource(folders.movies);
  await kodi.addShowSource(folders.shows, DEMO_SHOW.episodes.length);
}
