/** Writes the session asks for, carried out in Kodi's library and favourites. */

import { favouriteTargetIdentity } from "../core/favourite";
import { FavouritesStore } from "../core/favourites-store";
import { FavouriteWrite } from "../core/favourite-sync";
import { LibraryStore } from "../core/library-store";
import { ItemWrite } from "../core/library-sync";
import { logWarning } from "../log";
import { KnownWindows } from "./known-windows";

/** Lines about favourites this Kodi cannot add, per run. */
const REPORTED_IMPOSSIBLE_LIMIT = 20;

export class KodiWriter {
  private readonly windows = new KnownWindows();
  /**
   * Favourites already reported as impossible here: one line each, not one per message, for the
   * first REPORTED_IMPOSSIBLE_LIMIT (anyone on the broker can send new ones; past it, no more lines).
   */
  private readonly reportedImpossible: Set<string> = new Set();

  constructor(
    private readonly library: LibraryStore,
    private readonly favourites: FavouritesStore,
  ) {}

  writeItem(write: ItemWrite): void {
    if (write.field === "watched") {
      this.library.setWatched(write.kind, write.id, write.playcount, write.lastplayed, write.playedAt);
    } else if (write.field === "rating") {
      this.library.setRating(write.kind, write.id, write.userrating ?? 0);
    } else {
      this.library.setResume(write.kind, write.id, write.resume);
    }
  }

  /** False when there was nothing to do: the favourite is already there (or gone). */
  writeFavourite(write: FavouriteWrite): boolean {
    // Kodi's AddFavourite toggles, and the last listing can be 2 s old (a user may just have added
    // the same favourite here): only Kodi's list of this moment says whether the call adds or removes.
    const target = favouriteTargetIdentity(write.favourite);
    const present = this.favourites.list().some((favourite) => favouriteTargetIdentity(favourite) === target);
    if (present === (write.action === "add")) {
      return false;
    }
    if (write.action === "add") {
      if (write.favourite.type === "window" && !this.windows.has(write.favourite.window)) {
        if (!this.reportedImpossible.has(write.identity) && this.reportedImpossible.size < REPORTED_IMPOSSIBLE_LIMIT) {
          this.reportedImpossible.add(write.identity);
          logWarning(
            `favourite "${write.favourite.title}" opens a window this Kodi does not have (${write.favourite.window}, from a newer Kodi): not added here`,
          );
        }
        return false;
      }
      this.favourites.add(write.favourite);
    } else {
      this.favourites.remove(write.favourite);
    }
    return true;
  }
}
