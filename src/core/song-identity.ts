/**
 * Songs are known across devices by their tags, never by a path or a library id. A song tagged
 * with MusicBrainz ids (as Picard tags them) is its recording id plus its release (album) id:
 * the same recording on an album and on a compilation are two songs with their own play counts.
 * Any other song is its tags: artist, album, disc, track, title and length, normalised so that
 * two rips of the same track (another encoder, another case or spacing in the tags) match.
 * docs/protocol.md has the rules with examples.
 */

import { LocalSong } from "./song-store";

/**
 * Lengths are compared in buckets of this many seconds (a song of 187 s is in bucket 185). Two
 * rips of one track differ by a fraction of a second to a second or two (encoder delay and
 * padding, a length estimated from the bit rate); a receiver looks a song up in the buckets of its
 * length minus and plus DURATION_TOLERANCE_SECONDS too, so copies that close always match,
 * whichever side of a bucket's edge each falls.
 */
export const DURATION_BUCKET_SECONDS = 5;
export const DURATION_TOLERANCE_SECONDS = 2;

/** Lower case, spaces trimmed and runs of white space as one space: "  The  Beatles " is "the beatles". */
export function normaliseTag(text: string): string {
  const words = text.replaceAll("\t", " ").replaceAll("\n", " ").replaceAll("\r", " ").toLowerCase().split(" ");
  return words.filter((word) => word !== "").join(" ");
}

function durationBucket(seconds: number): number {
  const whole = Math.max(0, Math.floor(seconds));
  return whole - (whole % DURATION_BUCKET_SECONDS);
}

function musicbrainzIdentity(song: LocalSong): string | null {
  const recording = normaliseTag(song.musicbrainzRecording);
  if (recording === "") {
    return null;
  }
  const release = normaliseTag(song.musicbrainzRelease);
  return release === "" ? `musicbrainz:${recording}` : `musicbrainz:${recording}/${release}`;
}

/** The tags key for one length bucket, or null when the song has no title or neither artist nor album. */
function tagsIdentity(song: LocalSong, bucket: number): string | null {
  const title = normaliseTag(song.title);
  const artists = song.artists.map(normaliseTag).filter((artist) => artist !== "");
  const album = normaliseTag(song.album);
  if (title === "" || (artists.length === 0 && album === "")) {
    return null; // a bare file name would match unrelated songs on other devices
  }
  return `tags:${artists.join("; ")}|${album}|${Math.max(0, Math.floor(song.disc))}|${Math.max(0, Math.floor(song.track))}|${title}|${bucket}`;
}

/** The one identity a device publishes the song under, or null when the song cannot be told apart from others. */
export function songIdentity(song: LocalSong): string | null {
  return musicbrainzIdentity(song) ?? tagsIdentity(song, durationBucket(song.duration));
}

/**
 * Every identity the song can be reached by: its MusicBrainz identity, and its tags in the length
 * buckets within the tolerance (a sender whose copy is untagged, or a second or two longer).
 */
export function songKeys(song: LocalSong): string[] {
  const keys: string[] = [];
  const musicbrainz = musicbrainzIdentity(song);
  if (musicbrainz !== null) {
    keys.push(musicbrainz);
  }
  for (const seconds of [song.duration - DURATION_TOLERANCE_SECONDS, song.duration, song.duration + DURATION_TOLERANCE_SECONDS]) {
    const key = tagsIdentity(song, durationBucket(seconds));
    if (key !== null && !keys.includes(key)) {
      keys.push(key);
    }
  }
  return keys;
}
