/**
 * Favourites of library items follow the item, not the file (docs/protocol.md, "Favourites of
 * library items"): a media favourite whose path is a movie's or an episode's file is sent naming
 * the item, and each receiver points it at its own copy, keeping the sender's title and
 * thumbnail. One that names an item this device does not have waits, like an item state, until a
 * scan brings the item.
 */

import { isNewer } from "./conflict-rule";
import { Favourite } from "./favourite";
import { FavouriteState } from "./favourite-sync";

/** What the library index answers about files (library-sync.ts). */
export interface LibraryFiles {
  /** `kind/identity` of the item whose file this is, or null. */
  itemAtFile(file: string): string | null;
  /** This device's file of the item `kind/identity`, or null when it does not have the item. */
  fileOfItem(name: string): string | null;
}

/** The favourite as this device lists it, naming the library item whose file it is (unchanged otherwise). */
export function linkToLibrary(favourite: Favourite, library: LibraryFiles): Favourite {
  if (favourite.type !== "media") {
    return favourite;
  }
  const name = library.itemAtFile(favourite.path.trim());
  return name === null ? favourite : { ...favourite, libraryItem: name };
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
    const file = library.fileOfItem(name);
    if (file !== null) {
      return { present: state.present, favourite: { ...state.favourite, path: file }, time: state.time, device: state.device };
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
      const file = library.fileOfItem(state.favourite.libraryItem ?? "");
      if (file !== null) {
        this.pending.delete(identity);
        resolved.push({
          identity: identity,
          state: { present: state.present, favourite: { ...state.favourite, path: file }, time: state.time, device: state.device },
        });
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
