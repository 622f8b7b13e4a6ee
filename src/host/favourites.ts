/**
 * What the favourites sync needs from Kodi. The add-on implements it over JSON-RPC
 * (src/kodi/json-rpc-favourites.ts).
 */

import { Favourite } from "../core/favourite";

export interface FavouritesStore {
  list(): Favourite[];
  /** Kodi's AddFavourite toggles: call only for a favourite that is not there. */
  add(favourite: Favourite): void;
  /** The same toggle: call only for a favourite that is there. */
  remove(favourite: Favourite): void;
}
