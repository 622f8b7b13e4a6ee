/** The FavouritesStore port over Kodi's JSON-RPC (Favourites.GetFavourites, Favourites.AddFavourite). */

import { Favourite, FavouriteType, favouriteAddParameters, favouriteRemoveParameters } from "../core/favourite";
import { FavouritesStore } from "../core/favourites-store";
import { callJsonRpc, callJsonRpcForObject } from "./json-rpc";
import { readText } from "./json-rpc-fields";

const TYPES: string[] = ["media", "window", "script", "androidapp"];

export class JsonRpcFavourites implements FavouritesStore {
  list(): Favourite[] {
    const result = callJsonRpcForObject("Favourites.GetFavourites", { properties: ["path", "window", "windowparameter", "thumbnail"] });
    const listed = result["favourites"];
    const favourites: Favourite[] = [];
    if (!Array.isArray(listed)) {
      return favourites; // Kodi sends null when there are none
    }
    for (const entry of listed) {
      if (typeof entry !== "object" || entry === null) {
        continue;
      }
      const fields = entry as Record<string, unknown>;
      const type = readText(fields, "type");
      favourites.push({
        title: readText(fields, "title"),
        type: (TYPES.includes(type) ? type : "unknown") as FavouriteType,
        path: readText(fields, "path"),
        window: readText(fields, "window"),
        windowparameter: readText(fields, "windowparameter"),
        thumbnail: readText(fields, "thumbnail"),
      });
    }
    return favourites;
  }

  add(favourite: Favourite): void {
    callJsonRpc("Favourites.AddFavourite", favouriteAddParameters(favourite));
  }

  remove(favourite: Favourite): void {
    callJsonRpc("Favourites.AddFavourite", favouriteRemoveParameters(favourite));
  }
}
