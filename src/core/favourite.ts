/**
 * A Kodi favourite as Favourites.GetFavourites lists it (with the properties path, window,
 * windowparameter and thumbnail), its identity across devices, and the Favourites.AddFavourite
 * parameters that recreate it. Verified against Kodi 20:
 * - AddFavourite toggles: adding one that exists removes it, so callers check presence first.
 * - Window numbers come back as names ("10025" → "videos"); names are matched case-insensitively.
 * - An android app lists with its package as path, but AddFavourite wants
 *   "androidapp://sources/apps/<package>" (given the bare package it keeps only its last letters).
 * - Type "unknown" (any other built-in command) is listed without its command and refused by
 *   AddFavourite: it cannot travel through JSON-RPC and is not synced.
 */

export type FavouriteType = "media" | "window" | "script" | "androidapp" | "unknown";

export interface Favourite {
  title: string;
  type: FavouriteType;
  /** media, script, androidapp: the target; "" otherwise. */
  path: string;
  /** window: Kodi's window name; "" otherwise. */
  window: string;
  windowparameter: string;
  thumbnail: string;
  /**
   * media: the library item whose file `path` is, as `kind/identity` (`movie/imdb:tt1`); window:
   * the TV show, season or movie set whose `videodb://` folder `windowparameter` opens
   * (`tvshow/tvdb:81189`, `season/2/tvdb:81189`, `set/title:alien collection`). The favourite
   * follows the item, and each device points it at its own copy. Absent or "" for anything else
   * (and in favourites from older devices).
   */
  libraryItem?: string;
}

const SCRIPT_PREFIX = "script://";
const ANDROID_APP_PREFIX = "androidapp://sources/apps/";

function withoutPrefix(text: string, prefix: string): string {
  return text.startsWith(prefix) ? text.slice(prefix.length) : text;
}

/**
 * The favourite's target, normalised: the same target added on two devices (or added twice)
 * has one identity whatever its title or thumbnail. null for what cannot be synced.
 */
export function favouriteIdentity(favourite: Favourite): string | null {
  const path = favourite.path.trim();
  switch (favourite.type) {
    case "media": {
      const libraryItem = favourite.libraryItem ?? "";
      if (libraryItem !== "") {
        return `item:${libraryItem}`;
      }
      return path === "" ? null : `media:${path}`;
    }
    case "script": {
      const script = withoutPrefix(path, SCRIPT_PREFIX);
      return script === "" ? null : `script:${script}`;
    }
    case "androidapp": {
      const app = withoutPrefix(path, ANDROID_APP_PREFIX);
      return app === "" ? null : `androidapp:${app}`;
    }
    case "window": {
      const libraryItem = favourite.libraryItem ?? "";
      if (libraryItem !== "") {
        return `item:${libraryItem}`;
      }
      const window = favourite.window.trim().toLowerCase();
      return window === "" ? null : `window:${window}:${favourite.windowparameter.trim()}`;
    }
    case "unknown":
      return null;
  }
}

/**
 * The identity of what the favourite opens on this device, as Kodi lists it: Kodi knows nothing of
 * the library item a favourite follows, so whether a write adds or removes (AddFavourite toggles)
 * is told by its target alone.
 */
export function favouriteTargetIdentity(favourite: Favourite): string | null {
  const target: Favourite = { ...favourite };
  delete target.libraryItem;
  return favouriteIdentity(target);
}

/** The Favourites.AddFavourite parameters that recreate the favourite on another device. */
export function favouriteAddParameters(favourite: Favourite): Record<string, string> {
  const parameters: Record<string, string> = { title: favourite.title, type: favourite.type };
  if (favourite.type === "window") {
    parameters["window"] = favourite.window;
    parameters["windowparameter"] = favourite.windowparameter;
  } else if (favourite.type === "androidapp") {
    parameters["path"] = ANDROID_APP_PREFIX + withoutPrefix(favourite.path, ANDROID_APP_PREFIX);
  } else {
    parameters["path"] = favourite.path;
  }
  if (favourite.thumbnail !== "") {
    parameters["thumbnail"] = favourite.thumbnail;
  }
  return parameters;
}

/** The favourite as Favourites.AddFavourite removes it again: same target, since the call toggles. */
export function favouriteRemoveParameters(favourite: Favourite): Record<string, string> {
  return favouriteAddParameters(favourite);
}
