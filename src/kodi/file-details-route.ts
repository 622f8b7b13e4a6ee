/**
 * Which JSON-RPC method writes a watched status or resume point. Files.SetFileDetails is the light
 * one: it reads the file's row and updates the play count or bookmark, where
 * VideoLibrary.SetMovieDetails/SetEpisodeDetails load the whole item (cast, genres, art) and write
 * it back. Measured in Kodi 20 on this project's 2-core machine (load 10, 300 episodes each):
 * SetEpisodeDetails 35 ms per item, Files.SetFileDetails 8–12 ms; batching either in one
 * executeJSONRPC array was no faster (40 ms and 17 ms per item). docs/protocol.md has the figures.
 *
 * Kodi refuses Files.SetFileDetails when the file is not there (CFileUtils::Exists: a share that is
 * offline) or not inside one of its sources (RemoteAccessAllowed). A refused write is made again
 * with Set*Details, so nothing is lost; after REFUSALS_BEFORE_GIVING_UP refusals in a row the
 * light route is left for the rest of the run, so an offline share costs its time-out a few
 * times, not once per item.
 */

export const REFUSALS_BEFORE_GIVING_UP = 3;

export class FileDetailsRoute {
  private refusalsInARow = 0;
  private taken = false;

  get usable(): boolean {
    return this.refusalsInARow < REFUSALS_BEFORE_GIVING_UP;
  }

  /** True the first time Kodi takes the light write (to say so once in the log). */
  succeeded(): boolean {
    this.refusalsInARow = 0;
    const first = !this.taken;
    this.taken = true;
    return first;
  }

  /** True when this refusal is the one that makes the route unusable (to log it once). */
  refused(): boolean {
    this.refusalsInARow += 1;
    return this.refusalsInARow === REFUSALS_BEFORE_GIVING_UP;
  }
}
