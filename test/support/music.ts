/**
 * A small tagged music library Kodi can scan without internet: a few seconds of tone per song,
 * made by ffmpeg as FLAC with Vorbis comments (artist, album, title, track, disc and, for some
 * songs, the MusicBrainz recording and release ids Picard writes as MUSICBRAINZ_TRACKID and
 * MUSICBRAINZ_ALBUMID, which Kodi reads into musicbrainztrackid and the album's musicbrainzalbumid).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { waitFor } from "./process";

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

/** A song as Kodi's AudioLibrary lists it. */
export interface KodiSong {
  songid: number;
  title: string;
  artist: string[];
  album: string;
  track: number;
  disc: number;
  duration: number;
  file: string;
  playcount: number;
  lastplayed: string;
  userrating: number;
  musicbrainztrackid: string;
  musicbrainzalbumid: string;
}

/** What the music tests need of a Kodi: its JSON-RPC. */
interface MusicKodi {
  readonly name: string;
  rpc<T>(method: string, params?: object): Promise<T>;
}

/**
 * ALSA's null device as the default output of a Kodi whose HOME is `home`, written before it
 * starts. Headless Kodi has no sound card: without an output, PAPlayer cannot open a stream and a
 * song "ends" at once with an error (verified on Kodi 20), so nothing counts as played. The null
 * device takes the samples as fast as Kodi sends them, so a song of a few seconds plays through
 * PAPlayer to its end in a fraction of a second.
 */
export function silenceAudio(home: string): void {
  mkdirSync(home, { recursive: true });
  writeFileSync(path.join(home, ".asoundrc"), "pcm.!default {\n  type null\n}\n");
}

export async function getSongs(kodi: MusicKodi): Promise<KodiSong[]> {
  const result = await kodi.rpc<{ songs?: KodiSong[] }>("AudioLibrary.GetSongs", {
    properties: [
      "title",
      "artist",
      "album",
      "track",
      "disc",
      "duration",
      "file",
      "playcount",
      "lastplayed",
      "userrating",
      "musicbrainztrackid",
      "musicbrainzalbumid",
    ],
  });
  return result.songs ?? [];
}

/** The song of `kodi` with this title (each test song has its own). */
export async function songOn(kodi: MusicKodi, title: string): Promise<KodiSong> {
  const found = (await getSongs(kodi)).find((song) => song.title === title);
  if (found === undefined) {
    throw new Error(`${kodi.name} has no song "${title}"`);
  }
  return found;
}

/** Scans `directory` into the music library (AudioLibrary.Scan) and waits for `expected` songs from it and the scan's end. */
export async function scanMusic(kodi: MusicKodi, directory: string, expected: number): Promise<void> {
  const folder = directory.endsWith("/") ? directory : directory + "/";
  await kodi.rpc("AudioLibrary.Scan", { directory: folder, showdialogs: false });
  await waitFor(
    `${expected} song(s) from ${folder} in ${kodi.name}'s music library`,
    async () => (await getSongs(kodi)).filter((song) => song.file.startsWith(folder)).length >= expected,
    60_000,
    250,
  );
  await waitFor(
    `${kodi.name} to finish scanning music`,
    async () =>
      (await kodi.rpc<Record<string, boolean>>("XBMC.GetInfoBooleans", { booleans: ["Library.IsScanningMusic"] }))["Library.IsScanningMusic"] === false,
    60_000,
    250,
  );
}

/**
 * Plays the song through Kodi's player (Player.Open) and waits until the player has stopped and
 * Kodi counted the play (with the null output the whole song can pass between two polls, so the
 * player being seen active is not waited for).
 */
export async function playSongToEnd(kodi: MusicKodi, songid: number): Promise<void> {
  const before = await kodi.rpc<{ songdetails: { playcount: number } }>("AudioLibrary.GetSongDetails", { songid, properties: ["playcount"] });
  await kodi.rpc("Player.Open", { item: { songid } });
  await waitFor(
    `${kodi.name}'s player to play song ${songid} to its end`,
    async () => {
      const now = await kodi.rpc<{ songdetails: { playcount: number } }>("AudioLibrary.GetSongDetails", { songid, properties: ["playcount"] });
      return now.songdetails.playcount > before.songdetails.playcount && (await kodi.rpc<unknown[]>("Player.GetActivePlayers")).length === 0;
    },
    60_000,
    50,
  );
}

/** Sets the user rating as a remote app or Kodi's own dialog does (AudioLibrary.SetSongDetails). */
export async function rateSong(kodi: MusicKodi, songid: number, userrating: number): Promise<void> {
  await kodi.rpc("AudioLibrary.SetSongDetails", { songid, userrating });
}
