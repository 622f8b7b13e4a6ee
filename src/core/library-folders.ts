/**
 * Favourites of a TV show, a season or a movie set (docs/protocol.md, "Favourites of library
 * items"). Kodi makes them as window favourites opening the Videos window at the entry's
 * `videodb://` folder, which names it by this device's database id:
 *
 * - a show: `videodb://tvshows/titles/7/`
 * - a season: `videodb://tvshows/titles/7/2/?tvshowid=7` (the show's id again as an option)
 * - a set: `videodb://movies/sets/3/?setid=3`
 *
 * (as Kodi 20's library listings give them, checked). Another device has other ids, so such a
 * favourite travels naming the entry (`tvshow/<show identity>`, `season/<number>/<show identity>`,
 * `set/title:<normalised name>`) and each receiver writes its own ids into the sender's folder.
 */

import { normaliseTag } from "./song-identity";

const SHOW_PREFIX = "videodb://tvshows/titles/";
const SET_PREFIX = "videodb://movies/sets/";

/** A folder as Kodi writes these: an id, for a show perhaps a season, then perhaps options. */
interface ParsedFolder {
  id: number;
  /** Shows: the season, or null for the show itself. */
  season: number | null;
  /** "?…" or "". */
  options: string;
}

function isWholeNumber(text: string, signed: boolean): boolean {
  const digits = signed && text.startsWith("-") ? text.slice(1) : text;
  return digits !== "" && digits.length <= 9 && digits.split("").every((digit) => digit >= "0" && digit <= "9");
}

/** `<prefix><id>/[<season>/][?options]`; null for anything else (another library node, a file path). */
function parseFolder(parameter: string, prefix: string, hasSeason: boolean): ParsedFolder | null {
  if (!parameter.startsWith(prefix)) {
    return null;
  }
  const question = parameter.indexOf("?");
  const path = question < 0 ? parameter.slice(prefix.length) : parameter.slice(prefix.length, question);
  const options = question < 0 ? "" : parameter.slice(question);
  const levels = path.split("/");
  // "7/" is ["7", ""]; "7/2/" is ["7", "2", ""].
  if (levels[levels.length - 1] !== "" || levels.length < 2 || levels.length > (hasSeason ? 3 : 2)) {
    return null;
  }
  const id = levels[0] ?? "";
  const season = levels.length === 3 ? (levels[1] ?? "") : null;
  if (!isWholeNumber(id, false) || (season !== null && !isWholeNumber(season, true))) {
    return null;
  }
  return { id: Number(id), season: season === null ? null : Number(season), options: options };
}

/** `season/<number>/<show identity>` as [number, identity], or null. */
function parseSeasonName(name: string): [number, string] | null {
  if (!name.startsWith("season/")) {
    return null;
  }
  const rest = name.slice(7);
  const slash = rest.indexOf("/");
  const number = slash < 0 ? "" : rest.slice(0, slash);
  const show = slash < 0 ? "" : rest.slice(slash + 1);
  return isWholeNumber(number, true) && show.trim() !== "" ? [Number(number), show] : null;
}

/** What the library index answers about shows and sets (library-sync.ts). */
export interface LibraryFolders {
  /** The name of this device's show (its identity) or set ("title:" its normalised name) with this database id, or null. */
  folderKey(kind: "tvshow" | "set", id: number): string | null;
  /** This device's database id of the show or set known as `key`, or null when it does not have it. */
  folderId(kind: "tvshow" | "set", key: string): number | null;
}

/** A set's name as it travels: its title normalised (Kodi 20 keeps no collection id for a set). */
export function setKey(title: string): string | null {
  const normalised = normaliseTag(title);
  return normalised === "" ? null : `title:${normalised}`;
}

/** The library entry a window favourite's folder opens, as `tvshow/…`, `season/…` or `set/…`; null for any other folder. */
export function folderItemName(windowparameter: string, folders: LibraryFolders): string | null {
  const parameter = windowparameter.trim();
  const show = parseFolder(parameter, SHOW_PREFIX, true);
  if (show !== null) {
    const key = folders.folderKey("tvshow", show.id);
    if (key === null) {
      return null;
    }
    return show.season === null ? `tvshow/${key}` : `season/${show.season}/${key}`;
  }
  const set = parseFolder(parameter, SET_PREFIX, false);
  if (set !== null) {
    const key = folders.folderKey("set", set.id);
    return key === null ? null : `set/${key}`;
  }
  return null;
}

/** True for a name folderItemName makes. */
export function isFolderItemName(name: string): boolean {
  if (name.startsWith("tvshow/") || name.startsWith("set/")) {
    return name.slice(name.indexOf("/") + 1).trim() !== "";
  }
  return parseSeasonName(name) !== null;
}

/**
 * The sender's folder with this device's id of the entry the name gives, in the path and in the
 * option that repeats it (`tvshowid=`, `setid=`); other options are kept as sent. null when this
 * device does not have the entry, or the sender's folder is not one of the entry's kind.
 */
export function localFolder(name: string, senderParameter: string, folders: LibraryFolders): string | null {
  const parameter = senderParameter.trim();
  if (name.startsWith("set/")) {
    const set = parseFolder(parameter, SET_PREFIX, false);
    const id = folders.folderId("set", name.slice(4));
    return set === null || id === null ? null : `${SET_PREFIX}${id}/${withId(set.options, "setid", id)}`;
  }
  const season = parseSeasonName(name);
  const key = season !== null ? season[1] : name.startsWith("tvshow/") ? name.slice(7) : "";
  const show = parseFolder(parameter, SHOW_PREFIX, true);
  const id = key === "" ? null : folders.folderId("tvshow", key);
  if (show === null || id === null || (season === null) !== (show.season === null)) {
    return null;
  }
  const seasonLevel = season === null ? "" : `${season[0]}/`;
  return `${SHOW_PREFIX}${id}/${seasonLevel}${withId(show.options, "tvshowid", id)}`;
}

/** The options part of a folder (`?a=1&b=2`, or "") with `option` set to this device's id. */
function withId(options: string, option: string, id: number): string {
  if (options === "") {
    return "";
  }
  const parts = options
    .slice(1)
    .split("&")
    .map((part) => (part === option || part.startsWith(`${option}=`) ? `${option}=${id}` : part));
  return `?${parts.join("&")}`;
}
