/**
 * Media libraries Kodi can scan without internet: real (tiny) videos made by ffmpeg, and .nfo
 * files carrying the ids Kodi's metadata.local scraper reads.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { escapeXml } from "./addon-settings";

export interface TestMovie {
  title: string;
  year: number;
  imdb?: string;
  tmdb?: string;
  /** Length of the video; default 600 s (long enough for resume points). */
  durationSeconds?: number;
  /** The movie set (collection) it belongs to, by name. */
  set?: string;
}

export interface TestEpisode {
  season: number;
  episode: number;
  title: string;
}

export interface TestShow {
  title: string;
  year: number;
  tvdb?: string;
  imdb?: string;
  tmdb?: string;
  episodes: TestEpisode[];
  durationSeconds?: number;
}

/**
 * One video per duration, made once per test process and copied: ffmpeg is the slow part.
 * A key frame every second, so that a seek lands where a test asks (Kodi seeks to key frames).
 */
function sampleVideo(durationSeconds: number): string {
  const file = path.join(tmpdir(), `cloudsync-sample-${process.pid}-${durationSeconds}s.mkv`);
  if (!existsSync(file)) {
    execFileSync("ffmpeg", [
      "-hide_banner",
      "-loglevel",
      "error",
      "-y",
      "-f",
      "lavfi",
      "-i",
      `testsrc=size=160x120:rate=5:duration=${durationSeconds}`,
      "-c:v",
      "libx264",
      "-preset",
      "ultrafast",
      "-tune",
      "stillimage",
      "-crf",
      "45",
      "-g",
      "5",
      file,
    ]);
  }
  return file;
}

function uniqueIds(ids: Record<string, string | undefined>, preferred: string): string {
  return Object.entries(ids)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([type, value]) => `  <uniqueid type="${type}"${type === preferred ? ' default="true"' : ""}>${escapeXml(value)}</uniqueid>`)
    .join("\n");
}

export async function makeMovieLibrary(root: string, movies: TestMovie[]): Promise<void> {
  for (const movie of movies) {
    const name = `${movie.title} (${movie.year})`;
    const folder = path.join(root, name);
    mkdirSync(folder, { recursive: true });
    copyFileSync(sampleVideo(movie.durationSeconds ?? 600), path.join(folder, `${name}.mkv`));
    const preferred = movie.imdb !== undefined ? "imdb" : "tmdb";
    writeFileSync(
      path.join(folder, `${name}.nfo`),
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<movie>\n  <title>${escapeXml(movie.title)}</title>\n  <year>${movie.year}</year>\n${uniqueIds({ imdb: movie.imdb, tmdb: movie.tmdb }, preferred)}\n${movie.set === undefined ? "" : `  <set>\n    <name>${escapeXml(movie.set)}</name>\n  </set>\n`}</movie>\n`,
    );
  }
}

export async function makeShowLibrary(root: string, shows: TestShow[]): Promise<void> {
  for (const show of shows) {
    const folder = path.join(root, show.title);
    mkdirSync(folder, { recursive: true });
    const preferred = show.tvdb !== undefined ? "tvdb" : show.imdb !== undefined ? "imdb" : "tmdb";
    writeFileSync(
      path.join(folder, "tvshow.nfo"),
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<tvshow>\n  <title>${escapeXml(show.title)}</title>\n  <year>${show.year}</year>\n${uniqueIds({ tvdb: show.tvdb, imdb: show.imdb, tmdb: show.tmdb }, preferred)}\n</tvshow>\n`,
    );
    for (const episode of show.episodes) {
      const code = `S${String(episode.season).padStart(2, "0")}E${String(episode.episode).padStart(2, "0")}`;
      const base = path.join(folder, `${show.title} ${code}`);
      copyFileSync(sampleVideo(show.durationSeconds ?? 600), `${base}.mkv`);
      writeFileSync(
        `${base}.nfo`,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<episodedetails>\n  <title>${escapeXml(episode.title)}</title>\n  <season>${episode.season}</season>\n  <episode>${episode.episode}</episode>\n</episodedetails>\n`,
      );
    }
  }
}
