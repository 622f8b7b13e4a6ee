/**
 * Payloads of the favourite topics (schemas: docs/schemas/favourite-state.v1.json and
 * favourite-list.v1.json). Untrusted like every message: checked field by field, rejected with a reason.
 */

import { Favourite, FavouriteType } from "./favourite";
import { FavouriteState } from "./favourite-sync";
import { readCommonFields } from "./item-messages";
import { isFolderItemName } from "./library-folders";

/** Titles, paths and thumbnails can be long (plugin URLs): more room than item states. */
export const MAX_FAVOURITE_PAYLOAD_BYTES = 16384;
/** A whole device's list of identities. */
export const MAX_FAVOURITE_LIST_PAYLOAD_BYTES = 262144;
const MAX_TEXT_LENGTH = 4096;
const MAX_LIST_LENGTH = 2000;
const TYPES: string[] = ["media", "window", "script", "androidapp"];

export function encodeFavouriteMessage(state: FavouriteState): string {
  const favourite = state.favourite;
  const fields: Record<string, unknown> = {
    v: 1,
    device: state.device,
    time: state.time,
    present: state.present,
    title: favourite.title,
    type: favourite.type,
    path: favourite.path,
    window: favourite.window,
    windowparameter: favourite.windowparameter,
    thumbnail: favourite.thumbnail,
  };
  const libraryItem = favourite.libraryItem ?? "";
  if (libraryItem !== "") {
    // A favourite of a library item: `path` is the sender's file, for the title's sake; receivers use their own copy.
    fields["libraryItem"] = libraryItem;
  }
  return JSON.stringify(fields);
}

export interface ParsedFavouriteMessage {
  state: FavouriteState | null;
  problem: string;
}

function isShortText(value: unknown): boolean {
  return typeof value === "string" && value.length <= MAX_TEXT_LENGTH;
}

export function parseFavouriteMessage(payload: string): ParsedFavouriteMessage {
  const common = readCommonFields(payload);
  if (typeof common === "string") {
    return { state: null, problem: common };
  }
  const fields = common.fields;
  const present = fields["present"];
  if (typeof present !== "boolean") {
    return { state: null, problem: "present must be true or false" };
  }
  const type = fields["type"];
  if (typeof type !== "string" || !TYPES.includes(type)) {
    return { state: null, problem: "type must be media, window, script or androidapp" };
  }
  for (const key of ["title", "path", "window", "windowparameter", "thumbnail"]) {
    if (!isShortText(fields[key])) {
      return { state: null, problem: `${key} must be a string of at most ${MAX_TEXT_LENGTH} characters` };
    }
  }
  const favourite: Favourite = {
    title: fields["title"] as string,
    type: type as FavouriteType,
    path: fields["path"] as string,
    window: fields["window"] as string,
    windowparameter: fields["windowparameter"] as string,
    thumbnail: fields["thumbnail"] as string,
  };
  const libraryItem = fields["libraryItem"] ?? "";
  if (!isShortText(libraryItem) || (libraryItem !== "" && !isLibraryItemName(libraryItem as string) && !isFolderItemName(libraryItem as string))) {
    return {
      state: null,
      problem: 'libraryItem must be "" or "movie/<identity>", "episode/<identity>", "tvshow/<identity>", "season/<number>/<identity>" or "set/<name>"',
    };
  }
  if (libraryItem !== "" && type !== (isFolderItemName(libraryItem as string) ? "window" : "media")) {
    return { state: null, problem: "only a media favourite can follow a film or an episode, and only a window favourite a show, season or set" };
  }
  if (libraryItem !== "") {
    favourite.libraryItem = libraryItem as string;
  }
  return { state: { present: present, favourite: favourite, time: common.time, device: common.device }, problem: "" };
}

function isLibraryItemName(name: string): boolean {
  const rest = name.startsWith("movie/") ? name.slice(6) : name.startsWith("episode/") ? name.slice(8) : "";
  return rest.trim() !== "";
}

export interface FavouriteList {
  device: string;
  time: number;
  identities: string[];
}

export function encodeFavouriteListMessage(list: FavouriteList): string {
  return JSON.stringify({ v: 1, device: list.device, time: list.time, identities: list.identities });
}

export function parseFavouriteListMessage(payload: string): { list: FavouriteList | null; problem: string } {
  const common = readCommonFields(payload);
  if (typeof common === "string") {
    return { list: null, problem: common };
  }
  const identities = common.fields["identities"];
  if (!Array.isArray(identities) || identities.length > MAX_LIST_LENGTH) {
    return { list: null, problem: `identities must be a list of at most ${MAX_LIST_LENGTH}` };
  }
  const checked: string[] = [];
  for (const identity of identities) {
    if (typeof identity !== "string" || identity === "" || identity.length > MAX_TEXT_LENGTH) {
      return { list: null, problem: "identities must be non-empty strings" };
    }
    checked.push(identity);
  }
  return { list: { device: common.device, time: common.time, identities: checked }, problem: "" };
}
