/**
 * A small tagged music library Kodi can scan without internet: a few seconds of tone per song,
 * made by ffmpeg as FLAC with Vorbis comments (artist, album, title, track, disc and, for some
 * songs, the MusicBrainz recording and release ids Picard writes as MUSICBRAINZ_TRACKID and
 * MUSICBRAINZ_ALBUMID, which Kodi reads into musicbrainztrackid and the album's musicbrainzalbumid).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import * as path from "node:path";

export interface TestSong {
  artist: string;
  album: string;
  title: string;
  track: number;
  disc: number;
  /** Length in seconds; each song a little different so that its tone is its own. */
  durationSeconds: number;
  /** Picard's MUSICBRAINZ_TRACKID: the recording id. */
  musicbrainzRecording?: string;
  /** Picard's MUSICBRAINZ_ALBUMID: the release id. */
  musicbrainzRelease?: string;
}

/** The file a song is kept in under `root`: Artist/Album/NN Title.flac. */
export function songFile(root: string, song: TestSong): string {
  return path.join(root, song.artist, song.album, `${String(song.disc)}-${String(song.track).padStart(2, "0")} ${song.title}.flac`);
}

/** Writes every song under `root` (a folder per artist and album, as rippers do). */
export function makeMusicLibrary(root: string, songs: TestSong[]): void {
  for (const [index, song] of songs.entries()) {
    const file = songFile(root, song);
    mkdirSync(path.dirname(file), { recursive: true });
    const tags: Record<string, string | undefined> = {
      ARTIST: song.artist,
      ALBUMARTIST: song.artist,
      ALBUM: song.album,
      TITLE: song.title,
      TRACKNUMBER: String(song.track),
      DISCNUMBER: String(song.disc),
      MUSICBRAINZ_TRACKID: song.musicbrainzRecording,
      MUSICBRAINZ_ALBUMID: song.musicbrainzRelease,
    };
    const metadata = Object.entries(tags)
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .flatMap(([key, value]) => ["-metadata", `${key}=${value}`]);
    execFileSync("ffmpeg", [
      "-hide_banner",
      "-loglevel",
      "error",
      "-y",
      "-f",
      "lavfi",
      "-i",
      `sine=frequency=${440 + 110 * index}:sample_rate=22050:duration=${song.durationSeconds}`,
      ...metadata,
      "-c:a",
      "flac",
      file,
    ]);
  }
}
