/**
 * Favourites of library items follow the item, not the file (docs/protocol.md, "Favourites of
 * library items"): a media favourite whose path is a movie's or an episode's file, or a window
 * favourite opening a TV show's, a season's or a movie set's folder (library-folders.ts), is sent
 * naming the item, and each receiver points it at its own copy, keeping the sender's title and
 * thumbnail. One that names an item this device does not have waits, like an item state, until a
 * scan brings the item.
 */

import { isNewer } from "./conflict-rule";
import { Favourite } from "./favourite";
import { FavouriteState } from "./favourite-sync";
import { LibraryFolders, folderItemName, localFolder } from "./library-folders";

/** What the library index answers about files, shows and sets (library-sync.ts). */
export interface LibraryFiles extends LibraryFolders {
  /** `kind/identity` of the item whose file this is, or null. */
  itemAtFile(file: string): string | null;
  /** This device's file of the item `kind/identity`, or null when it does not have the item. */
  fileOfItem(name: string): string | null;
}

/** The favourite as this device lists it, naming the library item whose file it is (unchanged otherwise). */
export function linkToLibrary(favourite: Favourite, library: LibraryFiles): Favourite {
  const name =
    favourite.type === "media"
      ? library.itemAtFile(favourite.path.trim())
      : favourite.type === "window"
        ? folderItemName(favourite.windowparameter, library)
        : null;
  return name === null ? favourite : { ...favourite, libraryItem: name };
}

/** The favourite pointed at this device's copy of the item it names (its file, or its folder), or null when this device lacks it. */
function pointedHere(favourite: Favourite, library: LibraryFiles): Favourite | null {
  const name = favourite.libraryItem ?? "";
  if (favourite.type === "window") {
    const folder = localFolder(name, favourite.windowparameter, library);
    return folder === null ? null : { ...favourite, windowparameter: folder };
  }
  const file = library.fileOfItem(name);
  return file === null ? null : { ...favourite, path: file };
}

/** Like item states for items this device lacks: anyone on the broker could name millions of made-up items. */
export const MAX_PENDING_FAVOURITES = 2_000;

export interface PendingFavourite {
  identity: string;
  state: FavouriteState;
}

export class PendingLibraryFavourites {
  /** Waiting states forgotten (the oldest first) to stay within MAX_PENDING_FAVOURITES. */
  droppedCount = 0;
  /** identity → the newest state for an item this device does not have. */
  private readonly pending: Map<string, FavouriteState> = new Map();

  get size(): number {
    return this.pending.size;
  }

  /**
   * A favourite's state from the group, pointed at this device's copy of the item it names; the
   * state itself when it names none; null when this device lacks the item (then it waits).
   */
  localise(identity: string, state: FavouriteState, library: LibraryFiles): FavouriteState | null {
    const name = state.favourite.libraryItem ?? "";
    if (name === "") {
      return state;
    }
    const here = pointedHere(state.favourite, library);
    if (here !== null) {
      return { present: state.present, favourite: here, time: state.time, device: state.device };
    }
    if (isNewer(state, this.pending.get(identity) ?? null)) {
      this.keep(identity, state);
    }
    return null;
  }

  /** The waiting states whose item this device has now (after a listing or a scan), pointed at its copies. */
  takeResolvable(library: LibraryFiles): PendingFavourite[] {
    const resolved: PendingFavourite[] = [];
    for (const [identity, state] of Array.from(this.pending.entries())) {
      const here = pointedHere(state.favourite, library);
      if (here !== null) {
        this.pending.delete(identity);
        resolved.push({ identity: identity, state: { present: state.present, favourite: here, time: state.time, device: state.device } });
      }
    }
    return resolved;
  }

  private keep(identity: string, state: FavouriteState): void {
    this.pending.delete(identity);
    if (this.pending.size >= MAX_PENDING_FAVOURITES) {
      for (const oldest of Array.from(this.pending.keys()).slice(0, Math.ceil(MAX_PENDING_FAVOURITES / 10))) {
        this.pending.delete(oldest);
        this.droppedCount += 1;
      }
    }
    this.pending.set(identity, state);
  }
}
