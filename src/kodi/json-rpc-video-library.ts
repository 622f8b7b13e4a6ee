/** The LibraryStore over Kodi's JSON-RPC (VideoLibrary.Get*, Set*Details). */

import { UniqueIds } from "../core/movie-identity";
import { ItemKind, LibraryStore, LocalItem, ResumePoint } from "../core/library-store";
import { local_to_utc, utc_to_local } from "cloudsync_host/local_time";
import { readRating } from "../core/rating-state";
import { describeError, logInfo } from "../log";
import { FileDetailsRoute } from "./file-details-route";
import { INVALID_PARAMS, JsonRpcError, callJsonRpc, callJsonRpcForObject } from "./json-rpc";
import { readNumber, readText } from "./json-rpc-fields";
import { listInPages } from "./json-rpc-pages";

const MOVIE_PROPERTIES: string[] = ["title", "uniqueid", "playcount", "lastplayed", "resume", "file", "userrating", "set", "setid"];
const EPISODE_PROPERTIES: string[] = ["title", "uniqueid", "playcount", "lastplayed", "resume", "season", "episode", "tvshowid", "file", "userrating"];
/** A show's own rating only: its playcount and last played are its episodes' (synced through them). */
const SHOW_PROPERTIES: string[] = ["title", "uniqueid", "year", "userrating"];

/** Kodi's JSON-RPC names for one kind of item. */
interface KindMethods {
  list: string;
  details: string;
  set: string;
  properties: string[];
  idField: string;
  listField: string;
  detailsField: string;
}

function methodsOf(kind: ItemKind): KindMethods {
  if (kind === "movie") {
    return {
      list: "VideoLibrary.GetMovies",
      details: "VideoLibrary.GetMovieDetails",
      set: "VideoLibrary.SetMovieDetails",
      properties: MOVIE_PROPERTIES,
      idField: "movieid",
      listField: "movies",
      detailsField: "moviedetails",
    };
  }
  if (kind === "episode") {
    return {
      list: "VideoLibrary.GetEpisodes",
      details: "VideoLibrary.GetEpisodeDetails",
      set: "VideoLibrary.SetEpisodeDetails",
      properties: EPISODE_PROPERTIES,
      idField: "episodeid",
      listField: "episodes",
      detailsField: "episodedetails",
    };
  }
  return {
    list: "VideoLibrary.GetTVShows",
    details: "VideoLibrary.GetTVShowDetails",
    set: "VideoLibrary.SetTVShowDetails",
    properties: SHOW_PROPERTIES,
    idField: "tvshowid",
    listField: "tvshows",
    detailsField: "tvshowdetails",
  };
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

function readResume(value: unknown): ResumePoint {
  if (typeof value !== "object" || value === null) {
    return { position: 0, total: 0 };
  }
  const fields = value as Record<string, unknown>;
  return { position: readNumber(fields, "position", 0), total: readNumber(fields, "total", 0) };
}

export class JsonRpcVideoLibrary implements LibraryStore {
  /** tvshowid → the show's uniqueid: episodes are identified through their show. */
  private showIds: Map<number, UniqueIds> = new Map();
  /** kind|library id → the item's file, for the light write (Files.SetFileDetails). */
  private readonly files: Map<string, string> = new Map();
  private readonly fileRoute: FileDetailsRoute = new FileDetailsRoute();
  /** A live change: watched states through Set*Details, which Kodi announces (core/write-announcement.ts). */
  private announcing = false;

  announceWatchedWrites(announce: boolean): void {
    this.announcing = announce;
  }

  listItems(kind: ItemKind): LocalItem[] {
    if (kind === "episode") {
      this.refreshShows();
    }
    return this.list(kind, null);
  }

  listInProgress(kind: ItemKind): LocalItem[] {
    return this.list(kind, { field: "inprogress", operator: "true", value: "" });
  }

  listRated(kind: ItemKind): LocalItem[] {
    return this.list(kind, { field: "userrating", operator: "greaterthan", value: "0" });
  }

  private list(kind: ItemKind, filter: Record<string, string> | null): LocalItem[] {
    const methods = methodsOf(kind);
    const params: Record<string, unknown> = { properties: methods.properties };
    if (filter !== null) {
      params["filter"] = filter;
    }
    return listInPages(methods.list, params, methods.listField, (entry) => this.toItem(kind, entry));
  }

  getItem(kind: ItemKind, id: number): LocalItem | null {
    const methods = methodsOf(kind);
    const params: Record<string, unknown> = { properties: methods.properties };
    params[methods.idField] = id;
    let result: Record<string, unknown>;
    try {
      result = callJsonRpcForObject(methods.details, params);
    } catch (error) {
      if (error instanceof JsonRpcError && error.code === INVALID_PARAMS) {
        return null; // Kodi's answer for an id it does not have: the item was removed
      }
      throw error;
    }
    return this.toItem(kind, result[methods.detailsField]);
  }

  setWatched(kind: ItemKind, id: number, playcount: number, lastplayed: string, playedAt: string): void {
    const values: Record<string, unknown> = { playcount: playcount };
    // Kodi keeps local time: the sender's instant shown in this device's zone, else its text as sent.
    const local = playedAt === "" ? "" : utc_to_local(playedAt);
    const written = local === "" ? lastplayed : local;
    if (written !== "") {
      values["lastplayed"] = written;
    }
    if (this.announcing) {
      this.writeThroughItem(kind, id, values);
      return;
    }
    this.write(kind, id, values);
  }

  setResume(kind: ItemKind, id: number, resume: ResumePoint): void {
    this.write(kind, id, { resume: { position: resume.position, total: resume.total } });
  }

  /** Through the item (Files.SetFileDetails takes no rating). */
  setRating(kind: ItemKind, id: number, rating: number): void {
    const methods = methodsOf(kind);
    const params: Record<string, unknown> = { userrating: rating };
    params[methods.idField] = id;
    callJsonRpc(methods.set, params);
  }

  /**
   * Through the item's file when Kodi takes that (about 3 times faster), else through the item.
   * Resume points always go this way, even in a live change: their echo carries no playcount, so
   * announcing them would cost a read back of each.
   */
  private write(kind: ItemKind, id: number, values: Record<string, unknown>): void {
    const file = this.files.get(`${kind}|${id}`) ?? "";
    if (file !== "" && this.fileRoute.usable) {
      try {
        callJsonRpc("Files.SetFileDetails", { ...values, file: file, media: "video" });
        if (this.fileRoute.succeeded()) {
          logInfo("writing watched states and resume points through Files.SetFileDetails (the light write)");
        }
        return;
      } catch (error) {
        if (this.fileRoute.refused()) {
          logInfo(`Kodi refused Files.SetFileDetails several times in a row (${describeError(error)}): writing through the library items from now on`);
        }
      }
    }
    this.writeThroughItem(kind, id, values);
  }

  /** VideoLibrary.SetMovieDetails/SetEpisodeDetails: Kodi announces the change (VideoLibrary.OnUpdate). */
  private writeThroughItem(kind: ItemKind, id: number, values: Record<string, unknown>): void {
    const methods = methodsOf(kind);
    const params: Record<string, unknown> = { ...values };
    params[methods.idField] = id;
    callJsonRpc(methods.set, params);
  }

  private refreshShows(): void {
    const result = callJsonRpcForObject("VideoLibrary.GetTVShows", { properties: ["uniqueid"] });
    const shows = result["tvshows"];
    this.showIds = new Map();
    if (!Array.isArray(shows)) {
      return;
    }
    for (const show of shows) {
      if (typeof show === "object" && show !== null) {
        const fields = show as Record<string, unknown>;
        const tvshowid = fields["tvshowid"];
        if (typeof tvshowid === "number") {
          this.showIds.set(tvshowid, readUniqueIds(fields["uniqueid"]));
        }
      }
    }
  }

  private showUniqueIds(tvshowid: number): UniqueIds {
    const known = this.showIds.get(tvshowid);
    if (known !== undefined) {
      return known;
    }
    const result = callJsonRpcForObject("VideoLibrary.GetTVShowDetails", { tvshowid: tvshowid, properties: ["uniqueid"] });
    const details = result["tvshowdetails"];
    const ids = typeof details === "object" && details !== null ? readUniqueIds((details as Record<string, unknown>)["uniqueid"]) : {};
    this.showIds.set(tvshowid, ids);
    return ids;
  }

  private toItem(kind: ItemKind, value: unknown): LocalItem | null {
    if (typeof value !== "object" || value === null) {
      return null;
    }
    const fields = value as Record<string, unknown>;
    const id = fields[methodsOf(kind).idField];
    // A show is read without its playcount (its episodes'): 0, never a change.
    const playcount = kind === "tvshow" ? 0 : fields["playcount"];
    if (typeof id !== "number" || typeof playcount !== "number") {
      return null;
    }
    const tvshowid = readNumber(fields, "tvshowid", -1);
    const lastplayed = readText(fields, "lastplayed");
    const file = readText(fields, "file");
    if (file !== "") {
      this.files.set(`${kind}|${id}`, file);
    }
    return {
      kind: kind,
      id: id,
      title: readText(fields, "title"),
      year: readNumber(fields, "year", 0),
      uniqueid: readUniqueIds(fields["uniqueid"]),
      show: kind === "episode" && tvshowid >= 0 ? this.showUniqueIds(tvshowid) : {},
      season: readNumber(fields, "season", -1),
      episode: readNumber(fields, "episode", -1),
      playcount: playcount,
      lastplayed: lastplayed,
      playedAt: lastplayed === "" ? "" : local_to_utc(lastplayed),
      resume: readResume(fields["resume"]),
      file: file,
      userrating: readRating(fields["userrating"]),
      set: readText(fields, "set"),
      setid: readNumber(fields, "setid", 0),
    };
  }
}
