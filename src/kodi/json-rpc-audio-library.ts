/** The SongStore over Kodi's JSON-RPC (AudioLibrary.GetSongs, GetSongDetails, SetSongDetails). */

import { LocalSong, SongStore } from "../core/song-store";
import { local_to_utc, utc_to_local } from "cloudsync_host/local_time";
import { callJsonRpc, callJsonRpcForObject } from "./json-rpc";
import { listInPages } from "./json-rpc-pages";
import { readNumber, readText } from "./json-rpc-fields";

const SONG_PROPERTIES: string[] = [
  "title",
  "artist",
  "album",
  "albumid",
  "track",
  "disc",
  "duration",
  "musicbrainztrackid",
  "musicbrainzalbumid",
  "playcount",
  "lastplayed",
  "userrating",
];

function readTexts(value: unknown): string[] {
  if (!Array.isArray(value)) {
    return [];
  }
  const texts: string[] = [];
  for (const entry of value) {
    if (typeof entry === "string") {
      texts.push(entry);
    }
  }
  return texts;
}

export class JsonRpcAudioLibrary implements SongStore {
  /**
   * albumid → the album's MusicBrainz release id. Kodi 20's GetSongDetails answers
   * musicbrainzalbumid with "" even for a tagged song (GetSongs and GetAlbumDetails give it), so a
   * song read alone takes its release id from its album.
   */
  private releases: Map<number, string> = new Map();

  listSongs(): LocalSong[] {
    this.releases = new Map();
    return listInPages("AudioLibrary.GetSongs", { properties: SONG_PROPERTIES }, "songs", (entry) => this.toSong(entry, true));
  }

  getSong(id: number): LocalSong | null {
    const result = callJsonRpcForObject("AudioLibrary.GetSongDetails", { songid: id, properties: SONG_PROPERTIES });
    return this.toSong(result["songdetails"], false);
  }

  setPlayed(id: number, playcount: number, lastplayed: string, playedAt: string): void {
    const params: Record<string, unknown> = { songid: id, playcount: playcount };
    // Kodi keeps local time: the sender's instant shown in this device's zone, else its text as sent.
    const local = playedAt === "" ? "" : utc_to_local(playedAt);
    const written = local === "" ? lastplayed : local;
    if (written !== "") {
      params["lastplayed"] = written;
    }
    callJsonRpc("AudioLibrary.SetSongDetails", params);
  }

  setRating(id: number, userrating: number): void {
    callJsonRpc("AudioLibrary.SetSongDetails", { songid: id, userrating: userrating });
  }

  private releaseOf(albumid: number): string {
    const known = this.releases.get(albumid);
    if (known !== undefined) {
      return known;
    }
    const result = callJsonRpcForObject("AudioLibrary.GetAlbumDetails", { albumid: albumid, properties: ["musicbrainzalbumid"] });
    const details = result["albumdetails"];
    const release = typeof details === "object" && details !== null ? readText(details as Record<string, unknown>, "musicbrainzalbumid") : "";
    this.releases.set(albumid, release);
    return release;
  }

  /** `listed`: from GetSongs, whose musicbrainzalbumid is right (and is remembered for the album). */
  private toSong(value: unknown, listed: boolean): LocalSong | null {
    if (typeof value !== "object" || value === null) {
      return null;
    }
    const fields = value as Record<string, unknown>;
    const id = fields["songid"];
    const playcount = fields["playcount"];
    if (typeof id !== "number" || typeof playcount !== "number") {
      return null;
    }
    const albumid = readNumber(fields, "albumid", -1);
    const lastplayed = readText(fields, "lastplayed");
    let release = readText(fields, "musicbrainzalbumid");
    if (listed && albumid >= 0) {
      this.releases.set(albumid, release);
    } else if (release === "" && albumid >= 0) {
      release = this.releaseOf(albumid);
    }
    return {
      id: id,
      title: readText(fields, "title"),
      artists: readTexts(fields["artist"]),
      album: readText(fields, "album"),
      track: readNumber(fields, "track", 0),
      disc: readNumber(fields, "disc", 0),
      duration: readNumber(fields, "duration", 0),
      musicbrainzRecording: readText(fields, "musicbrainztrackid"),
      musicbrainzRelease: release,
      playcount: playcount,
      lastplayed: lastplayed,
      playedAt: lastplayed === "" ? "" : local_to_utc(lastplayed),
      userrating: readNumber(fields, "userrating", 0),
    };
  }
}
