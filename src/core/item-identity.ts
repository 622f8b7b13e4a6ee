/**
 * Items are known across devices by their uniqueids, never by a path or a library id.
 * A movie: its own id (imdb, else tmdb, else any other). An episode: its show's id (tvdb, else
 * tmdb, else imdb, else any other) with season and episode number; its own id as a fallback.
 * A TV show: its id as its episodes name it, else its normalised title and year.
 */

import { LocalItem } from "./library-store";
import { identityKeys, movieIdentity } from "./movie-identity";
import { normaliseTag } from "./song-identity";

const SHOW_SCHEMES: string[] = ["tvdb", "tmdb", "imdb"];

/** The show's id as its episodes and the show itself are published under, or null when Kodi knows none. */
export function showIdentity(show: Record<string, string>): string | null {
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

/**
 * A show Kodi knows no id for (scraped by a scraper that gives none, or added from an NFO without
 * one): "title:" its title lower-cased with runs of white space as one, "|" and its year (0 unknown).
 */
export function showTitleKey(title: string, year: number): string | null {
  const normalised = normaliseTag(title);
  return normalised === "" ? null : `title:${normalised}|${year}`;
}

/** The one identity a device publishes the item under, or null when Kodi knows no id for it. */
export function itemIdentity(item: LocalItem): string | null {
  if (item.kind === "movie") {
    return movieIdentity(item.uniqueid);
  }
  if (item.kind === "tvshow") {
    return showIdentity(item.uniqueid) ?? showTitleKey(item.title, item.year ?? 0);
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
  if (item.kind === "tvshow") {
    // The title key too: a device that knows no id for the show publishes under it.
    const byTitle = showTitleKey(item.title, item.year ?? 0);
    return byTitle === null ? identityKeys(item.uniqueid) : identityKeys(item.uniqueid).concat([byTitle]);
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
