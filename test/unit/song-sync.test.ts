/**
 * Music sync (issue 17, item 3), sessions driven as the service drives them with in-memory music
 * libraries: a song's play count (with its last played date) and its user rating travel both ways
 * by the song's identity, each field under the group's conflict rule; scans publish nothing; our
 * own writes are not echoed; songs a device lacks wait for a scan; "Sync music" off sends and
 * applies nothing; the passphrase seals songs like everything else. The payloads are checked
 * against their JSON schemas with ajv.
 */
import Ajv from "ajv";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LocalSong } from "../../src/core/song-store";
import { encodeWatchedMessage, parseWatchedItemMessage } from "../../src/core/item-messages";
import { encodeRatingMessage, parseRatingMessage } from "../../src/core/rating-state";
import { songName, songTopic } from "../../src/core/song-topics";
import { Publication } from "../../src/core/outgoing-messages";
import { CloudSyncSettings, parseSettings } from "../../src/core/settings";
import { routeTopic } from "../../src/core/topic-routes";
import { InMemorySongs, song } from "./support/in-memory-songs";
import { NodeGroupCipher } from "./support/node-group-cipher";
import { InMemoryFavourites, InMemoryLibrary, SessionDriver, settingsFor } from "./support/session-driver";

const GROUP = "home";
const RECORDING = "11111111-1111-4111-8111-111111111111";
const RELEASE = "22222222-2222-4222-8222-222222222222";
const TAGGED_IDENTITY = `musicbrainz:${RECORDING}/${RELEASE}`;
const PLAYED = songTopic(GROUP, TAGGED_IDENTITY, "played");
const RATING = songTopic(GROUP, TAGGED_IDENTITY, "rating");

const ajv = new Ajv({ strict: true });
const playedSchema = ajv.compile(JSON.parse(readFileSync(join(__dirname, "../../docs/schemas/song-played.v1.json"), "utf8")));
const ratingSchema = ajv.compile(JSON.parse(readFileSync(join(__dirname, "../../docs/schemas/song-rating.v1.json"), "utf8")));

/** The same tagged song on each device, under its own songid there (and an untagged one). */
function tagged(id: number, changes: Partial<LocalSong> = {}): LocalSong {
  return song(id, { title: "Morning", track: 1, musicbrainzRecording: RECORDING, musicbrainzRelease: RELEASE, ...changes });
}
function untagged(id: number, changes: Partial<LocalSong> = {}): LocalSong {
  return song(id, { artists: ["Nobody Tagged"], album: "Plain", title: "Evening Song", track: 2, duration: 4, ...changes });
}

/** A device, connected and caught up (its marker delivered back as the broker does). */
function device(id: string, songs: LocalSong[], changes: Partial<CloudSyncSettings> = {}, cipher: NodeGroupCipher | null = null): SessionDriver {
  const driver = new SessionDriver(settingsFor(id, changes), new InMemoryLibrary([]), new InMemoryFavourites([]), null, new InMemorySongs(songs));
  if (cipher !== null) {
    driver.session.useCipher(cipher, false);
  }
  driver.connect();
  deliver(driver, driver.published); // the broker hands back its marker (sealed, with a passphrase)
  driver.published = [];
  return driver;
}

/** Kodi's AudioLibrary.OnUpdate after a user's change on `driver`. */
function userChanged(driver: SessionDriver, id: number, change: Partial<LocalSong>): void {
  driver.songs.change(id, change);
  driver.run(driver.session.songUpdated({ id, scanned: false }));
}

function states(driver: SessionDriver): Publication[] {
  return driver.published.filter((publication) => publication.retain && publication.qos === 1);
}

function deliver(to: SessionDriver, publications: Publication[]): void {
  for (const publication of [...publications]) {
    to.receive(publication.topic, publication.payload, publication.retain);
  }
}

function played(playcount: number, lastplayed: string, time: number, device: string, identity = TAGGED_IDENTITY): string {
  return encodeWatchedMessage({ playcount, lastplayed, time, device }, songName(identity, "played"));
}

describe("songs between two devices", () => {
  test("a song played on A is published as a retained QoS 1 state and gets its play count and last played date on B", () => {
    const a = device("device-a", [tagged(4)]);
    const b = device("device-b", [tagged(17)]);
    // A's clock is an hour ahead of UTC; B's library (in memory) keeps UTC.
    userChanged(a, 4, { playcount: 1, lastplayed: "2026-11-30 21:05:09", playedAt: "2026-11-30T20:05:09Z" });
    expect(states(a)).toHaveLength(1);
    expect(states(a)[0]).toMatchObject({ topic: PLAYED, retain: true, qos: 1, expirySeconds: 0 }); // no expiry by default: the history stays for devices that join later
    const payload = JSON.parse(states(a)[0]?.payload ?? "") as unknown;
    expect(playedSchema(payload)).toBe(true);
    expect(payload).toMatchObject({
      v: 1,
      device: "device-a",
      playcount: 1,
      lastplayed: "2026-11-30 21:05:09",
      playedAt: "2026-11-30T20:05:09Z",
      item: `song/${PLAYED.split("/")[4]}/played`,
    });
    deliver(b, a.published);
    // The same moment, in B's time zone.
    expect(b.songs.getSong(17)).toMatchObject({ playcount: 1, lastplayed: "2026-11-30 20:05:09" });
    expect(b.logged("info", 'marked song "Morning" played 1 time(s) (from device device-a)')).toBe(true);
    // Kodi's notification of B's own write: read, found unchanged, not published again.
    b.run(b.session.songUpdated({ id: 17, scanned: false }));
    expect(b.reads).toContain("song 17");
    expect(states(b)).toEqual([]);
  });

  test("a rating set on A reaches B, and a cleared rating too; play count and rating merge each on their own", () => {
    const a = device("device-a", [untagged(1)]);
    const b = device("device-b", [untagged(8, { duration: 5 })]); // another rip, a second longer
    userChanged(a, 1, { userrating: 7 });
    expect(states(a).map((publication) => publication.topic)).toEqual([songTopic(GROUP, "tags:nobody tagged|plain|1|2|evening song|0", "rating")]);
    expect(ratingSchema(JSON.parse(states(a)[0]?.payload ?? ""))).toBe(true);
    deliver(b, a.published);
    expect(b.songs.getSong(8)?.userrating).toBe(7);
    // B plays the song meanwhile: its play count goes out, and does not touch the rating.
    a.published = [];
    b.now += 1000;
    userChanged(b, 8, { playcount: 1, lastplayed: "2026-11-30 21:10:00" });
    deliver(a, b.published);
    expect(a.songs.getSong(1)).toMatchObject({ playcount: 1, lastplayed: "2026-11-30 21:10:00", userrating: 7 });
    a.now += 2000;
    userChanged(a, 1, { userrating: 0 });
    deliver(b, a.published);
    expect(b.songs.getSong(8)).toMatchObject({ userrating: 0, playcount: 1 });
  });

  test("an older state does not overwrite a newer one and is answered with the newer; equal times go to the greater device id", () => {
    const a = device("device-a", [tagged(4, { playcount: 2 })]);
    a.now += 10_000;
    userChanged(a, 4, { playcount: 3, lastplayed: "2026-11-30 22:00:00" });
    a.published = [];
    a.receive(PLAYED, played(1, "2026-11-01 10:00:00", a.now - 5_000, "device-b"));
    expect(a.songs.getSong(4)?.playcount).toBe(3);
    expect(states(a)).toHaveLength(1);
    expect(JSON.parse(states(a)[0]?.payload ?? "")).toMatchObject({ playcount: 3, device: "device-a" });
    const known = JSON.parse(states(a)[0]?.payload ?? "") as { time: number };
    a.receive(PLAYED, played(5, "2026-11-30 22:00:00", known.time, "device-0")); // same time, smaller id: loses
    expect(a.songs.getSong(4)?.playcount).toBe(3);
    a.receive(PLAYED, played(6, "2026-11-30 22:00:00", known.time, "device-z")); // same time, greater id: wins
    expect(a.songs.getSong(4)?.playcount).toBe(6);
  });

  test("a state for a song this device does not have waits, and is written when a music scan brings the song", () => {
    const b = device("device-b", []);
    b.receive(PLAYED, played(2, "2026-11-29 08:00:00", b.now, "device-a"));
    b.receive(RATING, encodeRatingMessage({ rating: 9, time: b.now, device: "device-a" }, songName(TAGGED_IDENTITY, "rating")));
    expect(b.songs.writes).toBe(0);
    b.songs.add(tagged(30));
    // The scan's own notifications are not read (Kodi refuses the song inside the scan's transaction); its end lists the songs again.
    b.run(b.session.songUpdated({ id: 30, scanned: true }));
    expect(b.reads).not.toContain("song 30");
    b.run(b.session.songsChanged());
    expect(b.songs.getSong(30)).toMatchObject({ playcount: 2, lastplayed: "2026-11-29 08:00:00", userrating: 9 });
    expect(b.logged("info", "music library indexed: 1 song(s), 0 waiting state(s)")).toBe(true);
    expect(states(b)).toEqual([]);
  });

  test("a scan and the first sight of a song are not a user's changes: nothing is published", () => {
    const a = device("device-a", []);
    a.songs.add(tagged(4, { playcount: 5, userrating: 3 }));
    a.run(a.session.songUpdated({ id: 4, scanned: true }));
    a.songs.add(untagged(5, { playcount: 1 }));
    a.run(a.session.songUpdated({ id: 5, scanned: false }));
    a.run(a.session.songsChanged());
    expect(states(a)).toEqual([]);
  });

  test('with "Sync music" off a play and a rating send nothing and states from the group are not applied', () => {
    const off = device("device-c", [tagged(4)], { syncMusic: false });
    expect(off.reads).not.toContain("songs");
    const a = device("device-a", [tagged(4)]);
    // Switched off after the songs were listed: Kodi's notifications of a play and a rating send nothing.
    a.run(a.session.applySettings(settingsFor("device-a", { syncMusic: false }), a.now));
    expect(a.logged("info", "music sync switched off")).toBe(true);
    userChanged(a, 4, { playcount: 1, lastplayed: "2026-11-30 21:05:09", userrating: 8 });
    expect(states(a)).toEqual([]);
    a.receive(PLAYED, played(4, "2026-11-30 21:05:09", a.now, "device-b"));
    expect(a.songs.writes).toBe(0);
    // Switched on again: a fresh listing is the baseline, so the change made while off is not sent.
    a.run(a.session.applySettings(settingsFor("device-a", { syncMusic: true }), a.now));
    expect(a.reads.filter((read) => read === "songs")).toHaveLength(2);
    expect(states(a)).toEqual([]);
    userChanged(a, 4, { userrating: 9 });
    expect(states(a).map((publication) => publication.topic)).toEqual([RATING]);
  });

  test("a song state waits for the catch-up marker, and one unsent at a restart survives it", () => {
    const driver = new SessionDriver(settingsFor("device-a"), new InMemoryLibrary([]), new InMemoryFavourites([]), null, new InMemorySongs([tagged(4)]));
    userChanged(driver, 4, { playcount: 1, lastplayed: "2026-11-30 21:05:09" });
    const saved = driver.savedOutbox;
    expect(saved).toContain("song-played");
    const restarted = new SessionDriver(settingsFor("device-a"), new InMemoryLibrary([]), new InMemoryFavourites([]), saved, new InMemorySongs([tagged(4)]));
    restarted.connect();
    expect(states(restarted)).toEqual([]);
    restarted.returnMarker();
    expect(states(restarted).map((publication) => publication.topic)).toEqual([PLAYED]);
    expect(JSON.parse(states(restarted)[0]?.payload ?? "")).toMatchObject({ playcount: 1, device: "device-a" });
  });

  test("a state moved onto another song's topic, one without its song named, or an invalid one is refused with a warning", () => {
    const b = device("device-b", [tagged(17)]);
    b.receive(RATING, encodeRatingMessage({ rating: 9, time: b.now, device: "device-a" }, songName("musicbrainz:other", "rating")));
    b.receive(RATING, JSON.stringify({ v: 1, device: "device-a", time: b.now, rating: 9 }));
    b.receive(RATING, encodeRatingMessage({ rating: 11, time: b.now, device: "device-a" }, songName(TAGGED_IDENTITY, "rating")));
    b.receive(PLAYED, played(1, "", b.now + 2 * 24 * 3_600_000, "device-a"));
    expect(b.songs.writes).toBe(0);
    expect(b.logged("warning", "the song in it is not the one its topic names")).toBe(true);
    expect(b.logged("warning", "rating must be a whole number from 0 to 10")).toBe(true);
    expect(b.logged("warning", "ahead of this device's clock")).toBe(true);
  });

  test("with a group passphrase songs travel sealed like everything else and sync between its devices", () => {
    const household = new NodeGroupCipher("our long family passphrase", GROUP);
    const a = device("device-a", [tagged(4)], {}, household);
    const b = device("device-b", [tagged(17)], {}, household);
    userChanged(a, 4, { userrating: 6 });
    expect(a.published).toHaveLength(1);
    expect(a.published[0]?.topic).toMatch(/^cloudsync\/p1\/[0-9a-f]{32}\/[0-9a-f]{32}$/);
    expect(a.published[0]?.payload).not.toContain(RECORDING);
    deliver(b, a.published);
    expect(b.songs.getSong(17)?.userrating).toBe(6);
  });
});

describe("song topics and the setting", () => {
  test("a device subscribes to every song state of its group; song topics route by identity and field, anything else under song/ is ignored", () => {
    const a = device("device-a", []);
    expect(a.session.subscriptions()).toContain("cloudsync/v1/home/song/+/+");
    expect(PLAYED).toBe("cloudsync/v1/home/song/musicbrainz:11111111-1111-4111-8111-111111111111%2F22222222-2222-4222-8222-222222222222/played");
    expect(routeTopic(GROUP, "device-a", PLAYED)).toEqual({ kind: "song", identity: TAGGED_IDENTITY, field: "played" });
    expect(routeTopic(GROUP, "device-a", RATING)).toEqual({ kind: "song", identity: TAGGED_IDENTITY, field: "rating" });
    expect(routeTopic(GROUP, "device-a", "cloudsync/v1/home/song/x/lyrics")).toEqual({ kind: "other" });
    expect(routeTopic(GROUP, "device-a", "cloudsync/v1/home/song/x/played/more")).toEqual({ kind: "other" });
    expect(routeTopic(GROUP, "device-a", "cloudsync/v1/other/song/x/played")).toEqual({ kind: "other" });
  });

  test('"Sync music" (sync_music) is on by default and read tolerantly', () => {
    expect(parseSettings({}).settings.syncMusic).toBe(true);
    expect(parseSettings({ sync_music: "false" }).settings.syncMusic).toBe(false);
    expect(parseSettings({ sync_music: "maybe" })).toMatchObject({
      settings: { syncMusic: true },
      warnings: ["setting sync_music is not true or false; using true"],
    });
  });
});

describe("song payloads", () => {
  const validPlayed = [
    { v: 1, device: "kodi-1", time: 1_700_000_000_000, playcount: 1, lastplayed: "2026-11-23 20:15:00", item: "song/x/played" },
    { v: 1, device: "x", time: 0, playcount: 0, lastplayed: "", item: "song/x/played", later: "ignored" },
    { v: 1, device: "x", time: 0, playcount: 2, lastplayed: "2026-11-23 21:15:00", playedAt: "2026-11-23T20:15:00Z", item: "song/x/played" },
  ];
  const validRating = [
    { v: 1, device: "kodi-1", time: 1, rating: 10, item: "song/x/rating" },
    { v: 1, device: "kodi-1", time: 1, rating: 0, item: "song/x/rating" },
  ];
  const invalidPlayed: unknown[] = [
    null,
    {},
    { v: 2, device: "a", time: 1, playcount: 1, lastplayed: "", item: "i" },
    { v: 1, device: "", time: 1, playcount: 1, lastplayed: "", item: "i" },
    { v: 1, device: "a", time: 1.5, playcount: 1, lastplayed: "", item: "i" },
    { v: 1, device: "a", time: 1, playcount: -1, lastplayed: "", item: "i" },
    { v: 1, device: "a", time: 1, playcount: 1, lastplayed: "yesterday", item: "i" },
    { v: 1, device: "a", time: 1, playcount: 1, lastplayed: "", playedAt: "2026-11-23 20:15:00", item: "i" },
    { v: 1, device: "a", time: 1, playcount: 1, lastplayed: "", item: "i".repeat(4097) },
  ];
  const invalidRating: unknown[] = [
    { v: 1, device: "a", time: 1, rating: 11, item: "i" },
    { v: 1, device: "a", time: 1, rating: -1, item: "i" },
    { v: 1, device: "a", time: 1, rating: 2.5, item: "i" },
    { v: 1, device: "a", time: 1, rating: "7", item: "i" },
    { v: 1, device: "a", time: 1, item: "i" },
  ];

  test.each(validPlayed.map((payload) => [JSON.stringify(payload)]))("played accepted by code and schema: %s", (text) => {
    expect(playedSchema(JSON.parse(text))).toBe(true);
    expect(parseWatchedItemMessage(text).state).not.toBeNull();
  });
  test.each(validRating.map((payload) => [JSON.stringify(payload)]))("rating accepted by code and schema: %s", (text) => {
    expect(ratingSchema(JSON.parse(text))).toBe(true);
    expect(parseRatingMessage(text).state).not.toBeNull();
  });
  test.each(invalidPlayed.map((payload) => [JSON.stringify(payload)]))("played refused by code and schema: %s", (text) => {
    expect(playedSchema(JSON.parse(text))).toBe(false);
    expect(parseWatchedItemMessage(text).state).toBeNull();
  });
  test.each(invalidRating.map((payload) => [JSON.stringify(payload)]))("rating refused by code and schema: %s", (text) => {
    expect(ratingSchema(JSON.parse(text))).toBe(false);
    expect(parseRatingMessage(text).state).toBeNull();
  });
  test("what the encoders make is valid by the schemas", () => {
    expect(playedSchema(JSON.parse(played(3, "2026-11-23 20:15:00", 5, "d")))).toBe(true);
    expect(ratingSchema(JSON.parse(encodeRatingMessage({ rating: 4, time: 5, device: "d" }, "song/x/rating")))).toBe(true);
  });
});
