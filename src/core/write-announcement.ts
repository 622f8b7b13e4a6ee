/**
 * Whether the watched states received in one round of the service are written so that Kodi
 * announces them (VideoLibrary.SetMovieDetails/SetEpisodeDetails, which send VideoLibrary.OnUpdate)
 * or with the light write (Files.SetFileDetails, which announces nothing).
 *
 * A live change (a few messages, none left waiting) is announced: skins, other add-ons and remote
 * apps refresh the item at once, and the latency bench times device B by that notification instead
 * of reading B's database over and over (each such read can meet the add-on's write in SQLite and
 * cost Kodi's busy handler 100 ms). The echo of our own write is recognised by its playcount
 * (LibrarySync.isEchoOfWrite) and not read back. A burst (a catch-up, a whole season marked) keeps
 * the light write: 3–4 times cheaper per item in Kodi 20 (kodi/file-details-route.ts), and one
 * notification per item would have every skin refresh thousands of times.
 */

/** At most this many messages in a round, with none left waiting, are a live change. */
export const ANNOUNCED_MESSAGES_PER_ROUND = 10;

/**
 * `catchingUp`: the device waits for its catch-up marker. A catch-up's retained states can come in
 * a trickle (a slow TLS link, a busy machine) that looks like live changes round by round; they are
 * a burst all the same.
 */
export function announcesWrites(messagesThisRound: number, messagesStillWaiting: number, catchingUp: boolean): boolean {
  return !catchingUp && messagesThisRound <= ANNOUNCED_MESSAGES_PER_ROUND && messagesStillWaiting === 0;
}
