/**
 * Items are known across devices by their uniqueids, never by a path or a library id.
 * A movie: its own id (imdb, else tmdb, else any other). An episode: its show's id (tvdb, else
 * tmdb, else imdb, else any other) with season and episode number; its own id as a fallback.
 */

import { LocalItem } from "./library-store";
import { identityKeys, movieIdentity } from "./movie-identity";

const SHOW_SCHEMES: string[] = ["tvdb", "tmdb", "imdb"];

function showIdentity(show: Record<string, string>): string | null {
  for (const scheme of SHOW_SCHEMES) {
    const value = (show[scheme] ?? "").trim();
    if (value !== "") {
      return `${scheme}:${value}`;
    }
  }
  return identityKeys(show)[0] ?? null;
}

function episodeSuffix(item: LocalItem): string {
  return `/s${item.season}e${item.episode}`;
}

/** The one identity a device publishes the item under, or null when Kodi knows no id for it. */
export function itemIdentity(item: LocalItem): string | null {
  if (item.kind === "movie") {
    return movieIdentity(item.uniqueid);
  }
  const show = showIdentity(item.show);
  if (show !== null && item.season >= 0 && item.episode > 0) {
    return show + episodeSuffix(item);
  }
  const own = movieIdentity(item.uniqueid);
  return own === null ? null : `episode:${own}`;
}

/** Every identity the item can be reached by, whichever id the sender chose. */
export function itemKeys(item: LocalItem): string[] {
  if (item.kind === "movie") {
    return identityKeys(item.uniqueid);
  }
  const keys: string[] = [];
  if (item.season >= 0 && item.episode > 0) {
    for (const key of identityKeys(item.show)) {
      keys.push(key + episodeSuffix(item));
    }
  }
  for (const key of identityKeys(item.uniqueid)) {
    keys.push(`episode:${key}`);
  }
  return keys;
}
