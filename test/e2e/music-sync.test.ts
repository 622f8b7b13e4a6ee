/**
 * Music sync end to end (issue 17, item 3), as users have it: the built zip in real Kodi 20
 * instances (headless, each with its own profile) and a real Mosquitto on loopback. Each device
 * keeps a small music library that ffmpeg made for the test (a few seconds of tone per song, with
 * artist/album/title/track/disc tags, MusicBrainz ids on some songs and none on others) under its
 * own absolute path, scanned with AudioLibrary.Scan. Songs are played to their end through Kodi's
 * player and rated through AudioLibrary.SetSongDetails; the other device shows the play count,
 * last played date and rating. A device that joins later catches up, with its songs applied when
 * its scan brings them; with "Sync music" off a device sends nothing.
 */
import { join } from "node:path";
import { addonSettingsFile, writeAddonSetting } from "../support/addon-settings";
import { Household } from "../support/household";
import { KodiInstance } from "../support/kodi";
import { makeMusicLibrary, playSongToEnd, rateSong, scanMusic, silenceAudio, songOn, TestSong } from "../support/music";
import { ADDON_ID, writeArtifact } from "../support/paths";
import { waitFor } from "../support/process";
import { GroupWatcher } from "../support/mqtt-watcher";

const SONGS: TestSong[] = [
  {
    artist: "The Testers",
    album: "First Light",
    title: "Morning",
    track: 1,
    disc: 1,
    durationSeconds: 4,
    musicbrainzRecording: "3b1a4a52-6d1e-4c8e-9a0f-0a1b2c3d4e01",
    musicbrainzRelease: "9f8e7d6c-5b4a-4392-8170-fedcba987601",
  },
  {
    artist: "The Testers",
    album: "First Light",
    title: "Noon",
    track: 2,
    disc: 1,
    durationSeconds: 5,
    musicbrainzRecording: "3b1a4a52-6d1e-4c8e-9a0f-0a1b2c3d4e02",
    musicbrainzRelease: "9f8e7d6c-5b4a-4392-8170-fedcba987601",
  },
  { artist: "Nobody Tagged", album: "Plain Songs", title: "Evening Song", track: 2, disc: 1, durationSeconds: 4 },
  { artist: "Nobody Tagged", album: "Plain Songs", title: "Night Song", track: 3, disc: 2, durationSeconds: 6 },
];
/** The product promise: a change shows up on the other device within 10 s. */
const SYNC_DEADLINE_MS = 10_000;

let household: Household;
let watcher: GroupWatcher;
let deviceA: KodiInstance;
let deviceB: KodiInstance;
let deviceC: KodiInstance | undefined;
const latencies: Record<string, number> = {};

function musicFolder(name: string): string {
  return join(household.workDir, `${name}-media`, "Music");
}

/** A device with its music made and (unless `scanBeforeEnabling` is false) scanned before CloudSync starts. */
async function startMusicDevice(name: string, deviceId: string, scanBeforeEnabling: boolean): Promise<KodiInstance> {
  const media = musicFolder(name);
  makeMusicLibrary(media, SONGS);
  silenceAudio(join(household.workDir, name, "home"));
  return household.startDevice({
    name,
    deviceId,
    beforeEnabling: scanBeforeEnabling ? (kodi) => scanMusic(kodi, media, SONGS.length) : undefined,
  });
}

/** Waits until `check` holds for the song on `to`; returns the milliseconds since `started`. */
async function arrival(
  to: KodiInstance,
  title: string,
  what: string,
  check: (song: Awaited<ReturnType<typeof songOn>>) => boolean,
  started: number,
): Promise<number> {
  await waitFor(`song "${title}" ${what} on ${to.name}`, async () => check(await songOn(to, title)), SYNC_DEADLINE_MS, 50);
  return Date.now() - started;
}

/** Song states on the broker sent by `device`, since `since`. */
function songStatesFrom(device: string, since: number): string[] {
  return watcher
    .matching(
      (message) => message.topic.includes("/song/") && message.payload.length > 0 && message.payload.toString("utf8").includes(`"device":"${device}"`),
      since,
    )
    .map((message) => message.topic);
}

beforeAll(async () => {
  household = await Household.start("music");
  watcher = await household.watchGroup();
  deviceA = await startMusicDevice("living-room", "device-a", true);
  deviceB = await startMusicDevice("kitchen", "device-b", true);
}, 300_000);

afterAll(async () => {
  await household?.stop();
  writeArtifact("e2e-music-latency.json", latencies);
}, 120_000);

describe("two Kodi devices syncing songs through Mosquitto", () => {
  test("both devices have the same songs, tagged and untagged, under different paths, never played", async () => {
    for (const song of SONGS) {
      const onA = await songOn(deviceA, song.title);
      const onB = await songOn(deviceB, song.title);
      expect(onA.file).not.toBe(onB.file);
      expect(onA.file.startsWith(musicFolder("living-room"))).toBe(true);
      expect([onA.playcount, onB.playcount, onA.userrating, onB.userrating]).toEqual([0, 0, 0, 0]);
      expect(onA.musicbrainztrackid).toBe(song.musicbrainzRecording ?? "");
      expect(onA.musicbrainzalbumid).toBe(song.musicbrainzRelease ?? "");
    }
    expect(deviceA.logText()).toMatch(/\[service\.cloudsync\] music library indexed: 4 song\(s\)/);
  }, 30_000);

  test("a tagged song played to the end on A gets its play count and last played date on B within 10 s", async () => {
    const logBefore = deviceB.logMark();
    const started = Date.now();
    await playSongToEnd(deviceA, (await songOn(deviceA, "Morning")).songid);
    const ended = Date.now();
    const onA = await songOn(deviceA, "Morning");
    expect(onA.playcount).toBe(1);
    const took = await arrival(deviceB, "Morning", "played once", (song) => song.playcount === 1, started);
    latencies["song played A→B, from Player.Open (ms)"] = took;
    latencies["song played A→B, from the end of playback (ms)"] = Date.now() - ended;
    expect((await songOn(deviceB, "Morning")).lastplayed).toBe(onA.lastplayed);
    await deviceB.waitForLog(/\[service\.cloudsync\] marked song "Morning" played 1 time\(s\) \(from device device-a\)/, SYNC_DEADLINE_MS, logBefore);
    const published = watcher.matching((message) => message.topic.endsWith("/played") && message.payload.toString("utf8").includes('"device":"device-a"'));
    expect(published.map((message) => message.topic)).toEqual([
      `cloudsync/v1/${household.group}/song/musicbrainz:3b1a4a52-6d1e-4c8e-9a0f-0a1b2c3d4e01%2F9f8e7d6c-5b4a-4392-8170-fedcba987601/played`,
    ]);
    // The moment travels as a UTC instant too, which each device writes in its own time zone.
    expect(JSON.parse(published[0]?.payload.toString("utf8") ?? "{}")).toMatchObject({
      playcount: 1,
      lastplayed: onA.lastplayed,
      playedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
    });
    // Retained on the broker: the late device below receives it on subscribing.
  }, 60_000);

  test("a rating set on A reaches B within 10 s (an untagged song, known by its tags)", async () => {
    const started = Date.now();
    await rateSong(deviceA, (await songOn(deviceA, "Evening Song")).songid, 8);
    latencies["song rating A→B (ms)"] = await arrival(deviceB, "Evening Song", "rated 8", (song) => song.userrating === 8, started);
    const topics = songStatesFrom("device-a", started);
    expect(topics).toEqual([`cloudsync/v1/${household.group}/song/tags:nobody tagged|plain songs|1|2|evening song|0/rating`]);
  }, 30_000);

  test("the other way: a rating on B and a play on B reach A; clearing the rating clears it", async () => {
    let started = Date.now();
    await rateSong(deviceB, (await songOn(deviceB, "Noon")).songid, 10);
    latencies["song rating B→A (ms)"] = await arrival(deviceA, "Noon", "rated 10", (song) => song.userrating === 10, started);
    started = Date.now();
    await playSongToEnd(deviceB, (await songOn(deviceB, "Night Song")).songid);
    latencies["song played B→A, from Player.Open (ms)"] = await arrival(deviceA, "Night Song", "played once", (song) => song.playcount === 1, started);
    expect((await songOn(deviceA, "Night Song")).lastplayed).toBe((await songOn(deviceB, "Night Song")).lastplayed);
    started = Date.now();
    await rateSong(deviceB, (await songOn(deviceB, "Noon")).songid, 0);
    latencies["song rating cleared B→A (ms)"] = await arrival(deviceA, "Noon", "without a rating", (song) => song.userrating === 0, started);
  }, 60_000);

  test("a change received from the group is not published again (no ping-pong)", () => {
    // Every song state on the broker was sent by the device where the user acted.
    const songStates = watcher.matching((message) => message.topic.includes("/song/") && message.payload.length > 0);
    const senders = songStates.map((message) => `${message.topic.split("/").slice(-1)[0]} ${JSON.parse(message.payload.toString("utf8")).device as string}`);
    expect(senders.sort()).toEqual(["played device-a", "played device-b", "rating device-a", "rating device-b", "rating device-b"].sort());
    expect(deviceB.logText()).not.toMatch(/publishing song "(Morning|Evening Song)"/);
    expect(deviceA.logText()).not.toMatch(/publishing song "(Noon|Night Song)"/);
  });

  test("a device that joins later catches up: states for songs it lacks wait, and apply when its music scan brings them", async () => {
    const bedroom = await startMusicDevice("bedroom", "device-c", false);
    deviceC = bedroom;
    const expected = async (): Promise<unknown[]> =>
      Promise.all(SONGS.map(async (song) => songOn(deviceA, song.title).then((onA) => [song.title, onA.playcount, onA.lastplayed, onA.userrating])));
    const wanted = await expected();
    const started = Date.now();
    await scanMusic(bedroom, musicFolder("bedroom"), SONGS.length);
    await waitFor(
      "every song on device-c to show what device-a shows",
      async () => {
        const onC = await Promise.all(
          SONGS.map(async (song) => songOn(bedroom, song.title).then((found) => [song.title, found.playcount, found.lastplayed, found.userrating])),
        );
        return JSON.stringify(onC) === JSON.stringify(wanted);
      },
      SYNC_DEADLINE_MS,
      100,
    );
    latencies["late device: from the start of its music scan to every song's state (ms)"] = Date.now() - started;
    expect(JSON.stringify(await expected())).toBe(JSON.stringify(wanted));
    expect(wanted.filter((entry) => (entry as number[])[1] === 1 || (entry as number[])[3] !== 0)).toHaveLength(3);
    expect(songStatesFrom("device-c", 0)).toEqual([]);
  }, 120_000);

  test('with "Sync music" off a play and a rating on that device send nothing', async () => {
    const bedroom = deviceC as KodiInstance;
    const logBefore = bedroom.logMark();
    writeAddonSetting(addonSettingsFile(bedroom.profile, ADDON_ID), "sync_music", "false");
    await bedroom.waitForLog(/\[service\.cloudsync\] music sync switched off/, SYNC_DEADLINE_MS, logBefore);
    const since = Date.now();
    await playSongToEnd(bedroom, (await songOn(bedroom, "Evening Song")).songid);
    await rateSong(bedroom, (await songOn(bedroom, "Morning")).songid, 3);
    // A control that takes the same road: a favourite added after those changes is polled, published
    // and seen on the broker only after the service has handled Kodi's notifications of them.
    await bedroom.rpc("Favourites.AddFavourite", { title: "Control", type: "media", path: join(musicFolder("bedroom"), "control.flac") });
    await waitFor(
      "the control favourite from device-c on the broker",
      () =>
        watcher.matching((message) => message.topic.includes("/favourite/") && message.payload.toString("utf8").includes('"device":"device-c"'), since).length >
        0,
      SYNC_DEADLINE_MS,
      50,
    );
    expect(songStatesFrom("device-c", since)).toEqual([]);
    expect((await songOn(deviceA, "Evening Song")).playcount).toBe(0);
    expect((await songOn(deviceA, "Morning")).userrating).toBe(0);
  }, 60_000);

  test("the service logged no error and no Python traceback on any device", () => {
    for (const kodi of [deviceA, deviceB, deviceC as KodiInstance]) {
      const lines = kodi.logText().split("\n");
      expect(lines.filter((line) => line.includes("[service.cloudsync]") && /\berror <general>/.test(line))).toEqual([]);
      expect(lines.filter((line) => /Traceback \(most recent call last\)|PythonToCppException/.test(line))).toEqual([]);
    }
  });
});
