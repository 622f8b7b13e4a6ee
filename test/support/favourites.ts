/**
 * Kodi's favourites as the end-to-end suites read and make them through JSON-RPC: the listing with
 * every field Kodi has for a favourite (a media one has a path, a window one a window and its
 * parameter), a local thumbnail both devices of a test have, and a favourite made on one device
 * timed until the other lists it.
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { Household } from "./household";
import { KodiInstance } from "./kodi";
import { waitFor } from "./process";

export interface KodiFavourite {
  title: string;
  type: string;
  path?: string;
  window?: string;
  windowparameter?: string;
  thumbnail?: string;
}

export async function favouritesOf(kodi: KodiInstance): Promise<KodiFavourite[]> {
  const result = await kodi.rpc<{ favourites: KodiFavourite[] | null }>("Favourites.GetFavourites", {
    properties: ["path", "window", "windowparameter", "thumbnail"],
  });
  return result.favourites ?? [];
}

export async function favouriteTitled(kodi: KodiInstance, title: string): Promise<KodiFavourite | undefined> {
  return (await favouritesOf(kodi)).find((candidate) => candidate.title === title);
}

/** A thumbnail every device of the household has (a local image: the add-on uses no thumbnail from elsewhere). */
export function localThumbnail(household: Household, fileName: string): string {
  const thumbnail = join(household.workDir, "thumbs", fileName);
  mkdirSync(join(household.workDir, "thumbs"), { recursive: true });
  copyFileSync(join(__dirname, "..", "..", "addon-template", "resources", "icon.png"), thumbnail);
  return thumbnail;
}

/** Makes `favourite` on `from` (Favourites.AddFavourite's parameters); returns how long `to` took to list one with its title. */
export async function addFavouriteAndMeasure(
  from: KodiInstance,
  to: KodiInstance,
  favourite: { title: string } & Record<string, string>,
  deadlineMs: number,
): Promise<number> {
  const started = Date.now();
  await from.rpc("Favourites.AddFavourite", favourite);
  await waitFor(`favourite "${favourite.title}" on ${to.name}`, async () => (await favouriteTitled(to, favourite.title)) !== undefined, deadlineMs, 100);
  return Date.now() - started;
}
