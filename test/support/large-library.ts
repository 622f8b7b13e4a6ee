/**
 * A large video library (thousands of movies and episodes) for benchmarks, prepared in seconds.
 *
 * Scanning real files would take minutes, so the rows are written straight into a stopped
 * Kodi 20's video database (MyVideos121.db) in one sqlite3 transaction. They have the shape
 * Kodi's own scanner writes for .nfo-described media (path, files, movie, tvshow,
 * tvshowlinkpath, seasons, episode, uniqueid; compared against a real scan of
 * test/support/media.ts), so Kodi's views, JSON-RPC listings and Set*Details treat them as an
 * ordinary library. The media files themselves are never created: listing and changing
 * watched state or resume points only reads the database, but playing an item fails and
 * VideoLibrary.Clean would remove everything.
 *
 * Ids are computed from the item's index, so a benchmark can address any item without
 * listing the library first: movie i (from 0) has imdb largeLibraryMovieImdb(i); show j (from
 * 0) has tvdb largeLibraryShowTvdb(j); its episodes are season 1, episodes 1..episodesPerShow.
 * Kodi's library ids follow the same order: movieid i + 1, tvshowid j + 1,
 * episodeid j * episodesPerShow + episode.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import * as path from "node:path";
import { KodiInstance, KodiStartOptions } from "./kodi";

const VIDEO_DATABASE = "MyVideos121.db";
/** One fixed date: the rows, and so anything derived from them, are the same on every run. */
const DATE_ADDED = "2024-01-01 12:00:00";
const FIRST_MOVIE_IMDB = 2_000_000;
const FIRST_MOVIE_TMDB = 700_000;
const FIRST_SHOW_TVDB = 900_000;
const FIRST_EPISODE_TVDB = 10_000_000;
/** Episode tvdb ids leave this many numbers per show, so episodesPerShow must stay below it. */
const EPISODE_TVDB_STRIDE = 10_000;
/** What Kodi writes when a source is scanned recursively without depth limit. */
const SCAN_RECURSIVE_UNLIMITED = 2_147_483_647;
/** Kodi's marker for "no row" in its link columns (rating, uniqueid, sort season, bookmark). */
const NO_ROW = -1;
const MOVIE_RUNTIME_SECONDS = 6_000;
const EPISODE_RUNTIME_SECONDS = 1_500;
const SEASON_NUMBER = 1;
/** Kodi's pseudo season "all seasons", which its scanner adds to every show. */
const ALL_SEASONS = -1;

export interface LargeLibrarySize {
  movies: number;
  shows: number;
  /** All in season 1, numbered from 1. */
  episodesPerShow: number;
  /** Folder the (never created) media paths point into; default <kodiHome>/../large-library-media. */
  mediaRoot?: string;
  /**
   * Also give every episode its own tvdb uniqueid (largeLibraryEpisodeTvdb), as a library
   * scraped from TheTVDB has; default false, as in .nfo libraries without episode ids.
   */
  episodeUniqueIds?: boolean;
}

export interface LargeLibraryOptions extends LargeLibrarySize {
  /** The HOME of a Kodi that has run once (so its video database exists) and is stopped now. */
  kodiHome: string;
}

/** What Kodi's own views (movie_view, episode_view) count once the rows are in. */
export interface LargeLibraryCounts {
  movies: number;
  episodes: number;
}

export function largeLibraryMovieImdb(index: number): string {
  return `tt${FIRST_MOVIE_IMDB + index}`;
}

export function largeLibraryMovieTmdb(index: number): string {
  return String(FIRST_MOVIE_TMDB + index);
}

export function largeLibraryMovieTitle(index: number): string {
  return `Large Movie ${String(index).padStart(5, "0")}`;
}

export function largeLibraryShowTvdb(index: number): string {
  return String(FIRST_SHOW_TVDB + index);
}

export function largeLibraryShowTitle(index: number): string {
  return `Large Show ${String(index).padStart(4, "0")}`;
}

/** Only present when prepared with episodeUniqueIds. */
export function largeLibraryEpisodeTvdb(showIndex: number, episode: number): string {
  return String(FIRST_EPISODE_TVDB + showIndex * EPISODE_TVDB_STRIDE + episode);
}

type SqlValue = string | number | null;
type Row = Record<string, SqlValue>;

function sqlLiteral(value: SqlValue): string {
  if (value === null) {
    return "NULL";
  }
  return typeof value === "number" ? String(value) : `'${value.replaceAll("'", "''")}'`;
}

function insertStatement(table: string, row: Row): string {
  return `INSERT INTO ${table} (${Object.keys(row).join(", ")}) VALUES (${Object.values(row).map(sqlLiteral).join(", ")});`;
}

/** Runs SQL given on stdin; -bail stops at the first error, so a failed transaction never commits. */
function runSqlite(database: string, sql: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("sqlite3", ["-bail", "-batch", "-cmd", ".timeout 15000", database], { stdio: ["pipe", "pipe", "pipe"] });
    let printed = "";
    let errors = "";
    child.stdout.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) {
        resolve(printed);
      } else {
        reject(new Error(`sqlite3 ${database} failed (exit ${code}): ${errors.slice(0, 2000)}`));
      }
    });
    child.stdin.end(sql);
  });
}

/** Hands out row ids after the ones a table already has, so the rows can link to each other in one go. */
class IdSequence {
  constructor(private last: number) {}

  next(): number {
    this.last += 1;
    return this.last;
  }
}

interface IdSequences {
  path: IdSequence;
  file: IdSequence;
  uniqueid: IdSequence;
  season: IdSequence;
  movie: IdSequence;
  show: IdSequence;
  episode: IdSequence;
}

interface DatabaseState {
  libraryItems: number;
  sequences: IdSequences;
}

async function readDatabaseState(database: string): Promise<DatabaseState> {
  const printed = await runSqlite(
    database,
    [
      "SELECT (SELECT COUNT(*) FROM movie) + (SELECT COUNT(*) FROM tvshow) + (SELECT COUNT(*) FROM episode),",
      "  IFNULL((SELECT MAX(idPath) FROM path), 0), IFNULL((SELECT MAX(idFile) FROM files), 0),",
      "  IFNULL((SELECT MAX(uniqueid_id) FROM uniqueid), 0), IFNULL((SELECT MAX(idSeason) FROM seasons), 0);",
    ].join("\n"),
  );
  const [libraryItems, path, file, uniqueid, season] = printed.trim().split("|").map(Number);
  if ([libraryItems, path, file, uniqueid, season].some((value) => value === undefined || Number.isNaN(value))) {
    throw new Error(`unexpected answer from ${database}: ${printed}`);
  }
  return {
    libraryItems: libraryItems ?? 0,
    sequences: {
      path: new IdSequence(path ?? 0),
      file: new IdSequence(file ?? 0),
      uniqueid: new IdSequence(uniqueid ?? 0),
      season: new IdSequence(season ?? 0),
      // The library is empty (checked), so Kodi's item ids start at 1 in index order.
      movie: new IdSequence(0),
      show: new IdSequence(0),
      episode: new IdSequence(0),
    },
  };
}

function withSlash(directory: string): string {
  return directory.endsWith("/") ? directory : directory + "/";
}

/** A source folder as the scanner registers it (what KodiInstance.addSource writes too). */
function sourcePathRow(idPath: number, folder: string, content: "movies" | "tvshows"): Row {
  return { idPath, strPath: folder, strContent: content, strScraper: "metadata.local", scanRecursive: SCAN_RECURSIVE_UNLIMITED, useFolderNames: 0, strSettings: "", noUpdate: 0, exclude: 0 };
}

function uniqueidStatement(uniqueidId: number, mediaId: number, mediaType: string, scheme: string, value: string): string {
  return insertStatement("uniqueid", { uniqueid_id: uniqueidId, media_id: mediaId, media_type: mediaType, value, type: scheme });
}

function movieStatements(index: number, rootId: number, moviesFolder: string, ids: IdSequences): string[] {
  const title = largeLibraryMovieTitle(index);
  const year = 1980 + (index % 45);
  const folder = `${moviesFolder}${title} (${year})/`;
  const fileName = `${title} (${year}).mkv`;
  const idPath = ids.path.next();
  const idFile = ids.file.next();
  const idMovie = ids.movie.next();
  const imdbId = ids.uniqueid.next();
  const tmdbId = ids.uniqueid.next();
  return [
    // The scanner leaves content and scraper empty on an item's own folder: they are inherited from the source.
    insertStatement("path", { idPath, strPath: folder, strHash: "", idParentPath: rootId }),
    insertStatement("files", { idFile, idPath, strFilename: fileName, playCount: null, lastPlayed: null, dateAdded: DATE_ADDED }),
    insertStatement("movie", {
      idMovie,
      idFile,
      c00: title,
      c05: NO_ROW, // rating id
      c09: imdbId, // the default uniqueid (Kodi's view joins it for sorting and the "imdbnumber" property)
      c11: MOVIE_RUNTIME_SECONDS,
      c13: 0, // top 250 rank
      c22: folder + fileName, // base path
      c23: idPath, // parent path id
      premiered: String(year),
    }),
    uniqueidStatement(imdbId, idMovie, "movie", "imdb", largeLibraryMovieImdb(index)),
    uniqueidStatement(tmdbId, idMovie, "movie", "tmdb", largeLibraryMovieTmdb(index)),
  ];
}

function episodeStatements(showIndex: number, episode: number, show: { idShow: number; idPath: number; idSeason: number; folder: string }, size: LargeLibrarySize, ids: IdSequences): string[] {
  const fileName = `${largeLibraryShowTitle(showIndex)} S${String(SEASON_NUMBER).padStart(2, "0")}E${String(episode).padStart(3, "0")}.mkv`;
  const idFile = ids.file.next();
  const idEpisode = ids.episode.next();
  const uniqueidId = size.episodeUniqueIds === true ? ids.uniqueid.next() : NO_ROW;
  const statements = [
    insertStatement("files", { idFile, idPath: show.idPath, strFilename: fileName, playCount: null, lastPlayed: null, dateAdded: DATE_ADDED }),
    insertStatement("episode", {
      idEpisode,
      idFile,
      c00: `Episode ${episode}`,
      c03: NO_ROW, // rating id
      c05: "2010-01-01", // first aired
      c09: EPISODE_RUNTIME_SECONDS,
      c12: SEASON_NUMBER,
      c13: episode,
      c15: NO_ROW, // special sort season
      c16: NO_ROW, // special sort episode
      c17: NO_ROW, // bookmark id
      c18: show.folder + fileName, // base path
      c19: show.idPath, // parent path id
      c20: uniqueidId, // the default uniqueid
      idShow: show.idShow,
      idSeason: show.idSeason,
    }),
  ];
  if (size.episodeUniqueIds === true) {
    statements.push(uniqueidStatement(uniqueidId, idEpisode, "episode", "tvdb", largeLibraryEpisodeTvdb(showIndex, episode)));
  }
  return statements;
}

function showStatements(showIndex: number, rootId: number, showsFolder: string, size: LargeLibrarySize, ids: IdSequences): string[] {
  const folder = `${showsFolder}${largeLibraryShowTitle(showIndex)}/`;
  const idPath = ids.path.next();
  const idShow = ids.show.next();
  const tvdbId = ids.uniqueid.next();
  const allSeasonsId = ids.season.next();
  const idSeason = ids.season.next();
  const statements = [
    insertStatement("path", { idPath, strPath: folder, strHash: "", dateAdded: DATE_ADDED, idParentPath: rootId }),
    insertStatement("tvshow", {
      idShow,
      c00: largeLibraryShowTitle(showIndex),
      c04: NO_ROW, // rating id
      c05: "2010-01-01", // premiered
      c12: tvdbId, // the default uniqueid
    }),
    uniqueidStatement(tvdbId, idShow, "tvshow", "tvdb", largeLibraryShowTvdb(showIndex)),
    // Without this link the show has no path: Kodi's episode listing joins through it.
    insertStatement("tvshowlinkpath", { idShow, idPath }),
    insertStatement("seasons", { idSeason: allSeasonsId, idShow, season: ALL_SEASONS }),
    insertStatement("seasons", { idSeason, idShow, season: SEASON_NUMBER }),
  ];
  for (let episode = 1; episode <= size.episodesPerShow; episode++) {
    statements.push(...episodeStatements(showIndex, episode, { idShow, idPath, idSeason, folder }, size, ids));
  }
  return statements;
}

function librarySql(size: LargeLibrarySize, mediaRoot: string, ids: IdSequences): string {
  const moviesFolder = withSlash(path.join(mediaRoot, "Movies"));
  const showsFolder = withSlash(path.join(mediaRoot, "TV"));
  const statements: string[] = ["BEGIN IMMEDIATE;"];
  const moviesRoot = ids.path.next();
  statements.push(insertStatement("path", sourcePathRow(moviesRoot, moviesFolder, "movies")));
  for (let index = 0; index < size.movies; index++) {
    statements.push(...movieStatements(index, moviesRoot, moviesFolder, ids));
  }
  const showsRoot = ids.path.next();
  statements.push(insertStatement("path", sourcePathRow(showsRoot, showsFolder, "tvshows")));
  for (let showIndex = 0; showIndex < size.shows; showIndex++) {
    statements.push(...showStatements(showIndex, showsRoot, showsFolder, size, ids));
  }
  statements.push("COMMIT;");
  // Counted through Kodi's own views: a row that does not join (no path, no season...) is not counted.
  statements.push("SELECT (SELECT COUNT(*) FROM movie_view), (SELECT COUNT(*) FROM episode_view);");
  return statements.join("\n") + "\n";
}

function checkSize(size: LargeLibrarySize): void {
  for (const [name, value] of Object.entries({ movies: size.movies, shows: size.shows, episodesPerShow: size.episodesPerShow })) {
    if (!Number.isInteger(value) || value < 0) {
      throw new Error(`large library: ${name} must be a whole number ≥ 0, not ${value}`);
    }
  }
  // imdb ids are "tt" and 7 digits; episode tvdb ids are packed per show.
  if (size.movies > 10_000_000 - FIRST_MOVIE_IMDB) {
    throw new Error(`large library: at most ${10_000_000 - FIRST_MOVIE_IMDB} movies`);
  }
  if (size.episodesPerShow >= EPISODE_TVDB_STRIDE) {
    throw new Error(`large library: at most ${EPISODE_TVDB_STRIDE - 1} episodes per show`);
  }
}

/**
 * Writes the library into the video database of a stopped Kodi whose library is empty; returns
 * what Kodi's views then count. Start that Kodi (again) afterwards to use it.
 */
export async function prepareLargeLibrary(options: LargeLibraryOptions): Promise<LargeLibraryCounts> {
  checkSize(options);
  const database = path.join(options.kodiHome, ".kodi", "userdata", "Database", VIDEO_DATABASE);
  if (!existsSync(database)) {
    throw new Error(`no Kodi video database at ${database}: start that Kodi once (KodiInstance.start creates it), then stop it`);
  }
  const state = await readDatabaseState(database);
  if (state.libraryItems > 0) {
    // The deterministic library ids and the counts below hold for an empty library only.
    throw new Error(`${database} already has ${state.libraryItems} movie(s), show(s) or episode(s): use a fresh Kodi home`);
  }
  const mediaRoot = options.mediaRoot ?? path.join(path.dirname(options.kodiHome), "large-library-media");
  const printed = await runSqlite(database, librarySql(options, mediaRoot, state.sequences));
  const [movies, episodes] = printed.trim().split("|").map(Number);
  return { movies: movies ?? 0, episodes: episodes ?? 0 };
}

export interface KodiWithLargeLibrary extends LargeLibraryCounts {
  kodi: KodiInstance;
}

/**
 * KodiInstance.start with a large library already in it: starts Kodi once so it creates its
 * database (and unpacks `addonZips`), stops it, writes the library, and starts it again.
 */
export async function startKodiWithLargeLibrary(kodiOptions: KodiStartOptions, size: LargeLibrarySize): Promise<KodiWithLargeLibrary> {
  const first = await KodiInstance.start(kodiOptions);
  await first.stop();
  const counts = await prepareLargeLibrary({ ...size, kodiHome: first.home });
  // restart() keeps the profile and the earlier kodi.log, and does not unpack the add-ons again.
  const kodi = await first.restart();
  return { kodi, ...counts };
}
