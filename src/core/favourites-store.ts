/**
 * What the favourites sync needs from Kodi's favourites. The add-on implements it over JSON-RPC
 * (src/kodi/json-rpc-favourites.ts); tests implement it in memory.
 */

import { Favourite } from "./favourite";

export interface FavouritesStore {
  list(): Favourite[];
  /** Kodi's AddFavourite toggles: call only for a favourite that is not there. */
  add(favourite: Favourite): void;
  /** The same toggle: call only for a favourite that is there. */
  remove(favourite: Favourite): void;
}
