/** A music library in memory for the unit tests: songs as Kodi would keep them, and their writes. */
import { LocalSong, SongStore } from "../../../src/core/song-store";

export class InMemorySongs implements SongStore {
  readonly songs: Map<number, LocalSong> = new Map();
  writes = 0;

  constructor(songs: LocalSong[]) {
    for (const song of songs) {
      this.songs.set(song.id, { ...song, artists: [...song.artists] });
    }
  }

  listSongs(): LocalSong[] {
    return [...this.songs.values()].map((song) => ({ ...song, artists: [...song.artists] }));
  }

  getSong(id: number): LocalSong | null {
    const song = this.songs.get(id);
    return song === undefined ? null : { ...song, artists: [...song.artists] };
  }

  /** This library's clock is UTC: the instant, when given, is written as its local text. */
  setPlayed(id: number, playcount: number, lastplayed: string, playedAt: string): void {
    const song = this.mustGet(id);
    song.playcount = playcount;
    const written = playedAt === "" ? lastplayed : playedAt.replace("T", " ").replace("Z", "");
    if (written !== "") {
      song.lastplayed = written; // Kodi's SetSongDetails leaves out what is not given
      song.playedAt = playedAt;
    }
    this.writes += 1;
  }

  setRating(id: number, userrating: number): void {
    this.mustGet(id).userrating = userrating;
    this.writes += 1;
  }

  /** A user's change (a play to the end, a rating), as Kodi would store it. */
  change(id: number, change: Partial<LocalSong>): void {
    Object.assign(this.mustGet(id), change);
  }

  /** A song a scan brought. */
  add(song: LocalSong): void {
    this.songs.set(song.id, { ...song, artists: [...song.artists] });
  }

  private mustGet(id: number): LocalSong {
    const song = this.songs.get(id);
    if (song === undefined) {
      throw new Error(`no song ${id}`);
    }
    return song;
  }
}

/** A song of the library: tagged with MusicBrainz ids when `musicbrainz` gives them. */
export function song(id: number, changes: Partial<LocalSong> = {}): LocalSong {
  return {
    id,
    title: `Song ${id}`,
    artists: ["The Testers"],
    album: "First Light",
    track: id,
    disc: 1,
    duration: 180 + id,
    musicbrainzRecording: "",
    musicbrainzRelease: "",
    playcount: 0,
    lastplayed: "",
    playedAt: "",
    userrating: 0,
    ...changes,
  };
}
