/**
 * A large video library for benchmarks, written straight into a stopped Kodi 20's video database
 * (MyVideos121.db) in one transaction: scanning 12,000 real files would take longer than the
 * benchmark itself. The rows are the ones Kodi's own scanner writes for .nfo-described media
 * (path, files, movie, tvshow, tvshowlinkpath, seasons, episode, uniqueid), so Kodi's views and
 * JSON-RPC see an ordinary library. Ids are deterministic so a benchmark can address any item.
 * With `files`, each item also gets an empty file where the database says it is, as a scanned
 * library has: Kodi's light write (Files.SetFileDetails) refuses a file that does not exist.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import * as path from "node:path";

export interface LargeLibraryOptions {
  /** The HOME of a Kodi that has run once (so its database exists) and is stopped now. */
  kodiHome: string;
  movies: number;
  shows: number;
  /** All in season 1, numbered from 1. */
  episodesPerShow: number;
  /** Create an empty file for each item (the folder `largeLibraryMediaFolder` must then be a source). */
  files?: boolean;
}

/** Where the large library's files are (under the Kodi's HOME). */
export function largeLibraryMediaFolder(kodiHome: string): string {
  return path.join(kodiHome, "large-media");
}

export function largeLibraryMovieImdb(index: number): string {
  return `tt${2000000 + index}`;
}

export function largeLibraryShowTvdb(index: number): string {
  return String(900000 + index);
}

const INSERT_SCRIPT = `
import os, sqlite3, sys
database, media, movies, shows, episodes_per_show, with_files = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6] == "1"

def touch(folder, name):
    if with_files:
        os.makedirs(folder, exist_ok=True)
        open(folder + name, "w").close()
added = "2026-11-01 12:00:00"
connection = sqlite3.connect(database, timeout=30)
cursor = connection.cursor()
cursor.execute("BEGIN")

def insert(table, values):
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    cursor.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values()))
    return cursor.lastrowid

def uniqueid(media_id, media_type, value, scheme):
    return insert("uniqueid", {"media_id": media_id, "media_type": media_type, "value": value, "type": scheme})

movie_root = insert("path", {"strPath": media + "/Movies/", "strContent": "movies", "strScraper": "metadata.local", "scanRecursive": 2147483647, "useFolderNames": 0, "strSettings": "", "noUpdate": 0, "exclude": 0})
for index in range(movies):
    title = f"Large Movie {index:05d}"
    folder = f"{media}/Movies/{title}/"
    path_id = insert("path", {"strPath": folder, "strHash": "", "idParentPath": movie_root, "dateAdded": added})
    file_id = insert("files", {"idPath": path_id, "strFilename": title + ".mkv", "dateAdded": added})
    touch(folder, title + ".mkv")
    movie_id = insert("movie", {"idFile": file_id, "c00": title, "c05": "-1", "c09": "", "c11": "0", "c13": "0", "c22": folder + title + ".mkv", "c23": str(path_id), "premiered": "2001"})
    imdb = uniqueid(movie_id, "movie", f"tt{2000000 + index}", "imdb")
    uniqueid(movie_id, "movie", str(700000 + index), "tmdb")
    cursor.execute("UPDATE movie SET c09 = ? WHERE idMovie = ?", (str(imdb), movie_id))

show_root = insert("path", {"strPath": media + "/TV/", "strContent": "tvshows", "strScraper": "metadata.local", "scanRecursive": 2147483647, "useFolderNames": 0, "strSettings": "", "noUpdate": 0, "exclude": 0})
for show in range(shows):
    title = f"Large Show {show:04d}"
    folder = f"{media}/TV/{title}/"
    path_id = insert("path", {"strPath": folder, "strHash": "", "idParentPath": show_root, "dateAdded": added})
    show_id = insert("tvshow", {"c00": title, "c04": "-1", "c05": "2010-01-01", "c12": ""})
    tvdb = uniqueid(show_id, "tvshow", str(900000 + show), "tvdb")
    cursor.execute("UPDATE tvshow SET c12 = ? WHERE idShow = ?", (str(tvdb), show_id))
    insert("tvshowlinkpath", {"idShow": show_id, "idPath": path_id})
    insert("seasons", {"idShow": show_id, "season": -1})
    season_id = insert("seasons", {"idShow": show_id, "season": 1})
    for number in range(1, episodes_per_show + 1):
        name = f"{title} S01E{number:03d}.mkv"
        file_id = insert("files", {"idPath": path_id, "strFilename": name, "dateAdded": added})
        touch(folder, name)
        insert("episode", {"idFile": file_id, "c00": f"Episode {number}", "c03": "-1", "c05": "2010-01-01", "c09": "0", "c12": "1", "c13": str(number), "c15": "-1", "c16": "-1", "c17": "-1", "c18": folder + name, "c19": str(path_id), "c20": "-1", "idShow": show_id, "idSeason": season_id})
connection.commit()
print(movies, shows * episodes_per_show)
`;

/** Fills the stopped Kodi's video database; returns how many movies and episodes it now has. */
export function prepareLargeLibrary(options: LargeLibraryOptions): { movies: number; episodes: number } {
  const database = path.join(options.kodiHome, ".kodi", "userdata", "Database", "MyVideos121.db");
  if (!existsSync(database)) {
    throw new Error(`no Kodi video database at ${database}: start that Kodi once before`);
  }
  const media = largeLibraryMediaFolder(options.kodiHome);
  const printed = execFileSync(
    "python3",
    ["-c", INSERT_SCRIPT, database, media, String(options.movies), String(options.shows), String(options.episodesPerShow), options.files === true ? "1" : "0"],
    { encoding: "utf8" },
  );
  const [movies, episodes] = printed.trim().split(" ").map(Number);
  return { movies: movies ?? 0, episodes: episodes ?? 0 };
}
