/**
 * A movie is known across devices by its uniqueid, never by a path or a library id:
 * every device has its own paths and ids. imdb is preferred, then tmdb, then any other id.
 */

const PREFERRED_SCHEMES: string[] = ["imdb", "tmdb"];

/** Kodi's `uniqueid` property: scheme → id, e.g. {"imdb": "tt0111161", "tmdb": "278"}. */
export type UniqueIds = Record<string, string>;

/** "scheme:value" keys of every usable id, so a movie can be matched by whichever id a sender chose. */
export function identityKeys(uniqueIds: UniqueIds): string[] {
  const keys: string[] = [];
  for (const scheme of Object.keys(uniqueIds).sort()) {
    const value = (uniqueIds[scheme] ?? "").trim();
    if (scheme.trim() !== "" && value !== "") {
      keys.push(`${scheme.trim().toLowerCase()}:${value}`);
    }
  }
  return keys;
}

/** The one identity a device publishes a movie under, or null when Kodi knows no id for it. */
export function movieIdentity(uniqueIds: UniqueIds): string | null {
  for (const scheme of PREFERRED_SCHEMES) {
    const value = (uniqueIds[scheme] ?? "").trim();
    if (value !== "") {
      return `${scheme}:${value}`;
    }
  }
  return identityKeys(uniqueIds)[0] ?? null;
}
