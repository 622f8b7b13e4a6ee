/**
 * The music library as the sync sees it: songs with their tags, play count, last played date and
 * user rating, and what the sync needs to read and write them. The add-on implements the store over
 * Kodi's JSON-RPC (src/kodi/json-rpc-audio-library.ts); tests implement it in memory.
 */

/** A song as this device's library has it. */
export interface LocalSong {
  /** Kodi's songid on this device (never sent to others). */
  id: number;
  title: string;
  /** The song's artists, as Kodi lists them. */
  artists: string[];
  album: string;
  track: number;
  disc: number;
  /** Whole seconds, as Kodi keeps it. */
  duration: number;
  /** The MusicBrainz recording id (Kodi's musicbrainztrackid, which Picard fills with the recording), or "". */
  musicbrainzRecording: string;
  /** The MusicBrainz release id of its album (Kodi's musicbrainzalbumid), or "". */
  musicbrainzRelease: string;
  playcount: number;
  /** Kodi's "YYYY-MM-DD HH:MM:SS" in this device's time zone, or "" when never played. */
  lastplayed: string;
  /** The same moment as a UTC instant ("YYYY-MM-DDTHH:MM:SSZ"), "" when never played. */
  playedAt: string;
  /** Kodi's user rating, 0 (none) to 10. */
  userrating: number;
}

export interface SongStore {
  listSongs(): LocalSong[];
  /** null when the song is no longer in the library. */
  getSong(id: number): LocalSong | null;
  /** `playedAt` (a UTC instant, shown in this device's zone) wins over `lastplayed` (the sender's local text) when it is not "". */
  setPlayed(id: number, playcount: number, lastplayed: string, playedAt: string): void;
  setRating(id: number, userrating: number): void;
}
