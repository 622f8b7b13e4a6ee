/**
 * How songs are known across devices (core/song-identity.ts): MusicBrainz recording and release
 * where tagged, else normalised tags with the length in buckets that tolerate encoder differences.
 */
import { DURATION_TOLERANCE_SECONDS, normaliseTag, songIdentity, songKeys } from "../../src/core/song-identity";
import { song } from "./support/in-memory-songs";

const RECORDING = "11111111-1111-4111-8111-111111111111";
const RELEASE = "22222222-2222-4222-8222-222222222222";

describe("song identity", () => {
  test("a song tagged by Picard is its recording plus its release", () => {
    expect(songIdentity(song(1, { musicbrainzRecording: RECORDING, musicbrainzRelease: RELEASE }))).toBe(`musicbrainz:${RECORDING}/${RELEASE}`);
    expect(songIdentity(song(1, { musicbrainzRecording: RECORDING }))).toBe(`musicbrainz:${RECORDING}`);
  });

  test("the same recording on another release (a compilation) is another song", () => {
    const album = song(1, { musicbrainzRecording: RECORDING, musicbrainzRelease: RELEASE });
    const compilation = song(2, { musicbrainzRecording: RECORDING, musicbrainzRelease: "33333333-3333-4333-8333-333333333333" });
    expect(songKeys(compilation)).not.toContain(songIdentity(album));
  });

  test("an untagged song is its normalised artist, album, disc, track, title and length bucket", () => {
    const identity = songIdentity(song(3, { artists: ["  The   Testers "], album: "First\tLight", title: "Morning", track: 3, disc: 1, duration: 187 }));
    expect(identity).toBe("tags:the testers|first light|1|3|morning|185");
    // Case and spacing of another rip's tags do not matter; the track number does.
    expect(songIdentity(song(9, { artists: ["THE TESTERS"], album: "First Light", title: " morning", track: 3, disc: 1, duration: 186 }))).toBe(identity);
    expect(songIdentity(song(9, { artists: ["The Testers"], album: "First Light", title: "Morning", track: 4, disc: 1, duration: 187 }))).not.toBe(identity);
    expect(normaliseTag(" A\n B ")).toBe("a b");
  });

  test("copies whose lengths differ by up to the tolerance always match, whichever side of a bucket edge they fall", () => {
    for (let seconds = 0; seconds <= 400; seconds++) {
      for (let difference = -DURATION_TOLERANCE_SECONDS; difference <= DURATION_TOLERANCE_SECONDS; difference++) {
        const sender = song(1, { title: "Long Song", duration: seconds });
        const receiver = song(2, { title: "Long Song", track: 1, duration: Math.max(0, seconds + difference) });
        expect(songKeys(receiver)).toContain(songIdentity(sender));
      }
    }
  });

  test("copies whose lengths differ by more than a bucket and the tolerance never match", () => {
    for (let seconds = 0; seconds <= 400; seconds++) {
      const sender = song(1, { title: "Long Song", duration: seconds });
      const receiver = song(2, { title: "Long Song", track: 1, duration: seconds + 7 });
      expect(songKeys(receiver)).not.toContain(songIdentity(sender));
    }
  });

  test("a tagged receiver is also reached by an untagged sender's tags", () => {
    const untagged = song(1, { title: "Morning", duration: 200 });
    const tagged = song(2, { title: "Morning", track: 1, duration: 200, musicbrainzRecording: RECORDING, musicbrainzRelease: RELEASE });
    expect(songKeys(tagged)).toContain(songIdentity(untagged));
  });

  test("a song with no title, or neither artist nor album, is not synced: a bare file name would match others", () => {
    expect(songIdentity(song(1, { title: "" }))).toBeNull();
    expect(songIdentity(song(1, { artists: [], album: "" }))).toBeNull();
    expect(songKeys(song(1, { artists: [" "], album: "" }))).toEqual([]);
    expect(songIdentity(song(1, { artists: [], album: "Only an album" }))).not.toBeNull();
  });
});
