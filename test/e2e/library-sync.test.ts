/**
 * The sync engine end to end, as users have it: the built zip in real Kodi 20 devices (headless,
 * one Xvfb, each with its own profile and its own copy of the media), a real Mosquitto on
 * loopback, and a test MQTT client watching the sync group's topics. The scenarios run in order
 * and build on each other, like a household's evening: the living room (A) and the bedroom (B)
 * from the start, the kitchen (C) joining late.
 */
import { join } from "node:path";
import { DEVICE_START_DEADLINE_MS, Household } from "../support/household";
import { KodiEpisode, KodiInstance, KodiMovie } from "../support/kodi";
import { kodiLogErrors } from "../support/kodi-log";
import { makeMovieLibrary, makeShowLibrary, TestMovie, TestShow } from "../support/media";
import { Mosquitto } from "../support/mosquitto";
import { GroupWatcher, WatchedMessage } from "../support/mqtt-watcher";
import { writeArtifact } from "../support/paths";
import { waitFor } from "../support/process";

jest.setTimeout(180_000);

const MOVIES: TestMovie[] = [
  { title: "The Night Train", year: 1999, imdb: "tt0990001" },
  { title: "Harbour Lights", year: 2004, imdb: "tt0990002", tmdb: "990002" },
  { title: "Winter Orchard", year: 2011, imdb: "tt0990003" },
  { title: "Paper Moons", year: 2016, tmdb: "990004" },
];
const SHOW: TestShow = {
  title: "Lighthouse Keepers",
  year: 2019,
  tvdb: "880001",
  episodes: [
    { season: 1, episode: 1, title: "The Lamp" },
    { season: 1, episode: 2, title: "Fog" },
    { season: 2, episode: 1, title: "Return" },
  ],
};
/** The product promise: a change shows up on the other device within 10 s. */
const SYNC_DEADLINE_MS = 10_000;
/** After a broker outage the MQTT client retries with a backoff of at most 30 s (the shim's max_delay). */
const RECONNECT_DEADLINE_MS = 30_000;
/**
 * A device switched on: Kodi answers JSON-RPC, then starts its services; CloudSync catches up on
 * its own within the deadline for starting (Kodi's Python start is slow on a loaded 2-core machine).
 */
const CATCH_UP_DEADLINE_MS = DEVICE_START_DEADLINE_MS;
/** Kodi keeps no resume point in the first seconds of a video; lowered so tests can play briefly. */
const ADVANCED_SETTINGS = "<video>\n  <ignoresecondsatstart>1</ignoresecondsatstart>\n  <ignorepercentatend>1</ignorepercentatend>\n</video>";

let household: Household;
let group: string;
let broker: Mosquitto;
let watcher: GroupWatcher;
let deviceA: KodiInstance;
let deviceB: KodiInstance;
let deviceC: KodiInstance | undefined;
const latencies: Record<string, number> = {};

async function startDevice(name: string, deviceId: string, options: { scanBeforeEnabling: boolean }): Promise<KodiInstance> {
  // Each device keeps its media under its own absolute path: identity must not depend on it.
  const movies = join(household.workDir, `${name}-media`, "Movies");
  const shows = join(household.workDir, `${name}-media`, "TV");
  await makeMovieLibrary(movies, MOVIES);
  await makeShowLibrary(shows, [SHOW]);
  const scan = async (kodi: KodiInstance): Promise<void> => {
    await kodi.addMovieSource(movies);
    await kodi.addShowSource(shows, SHOW.episodes.length);
  };
  const kodi = await household.startDevice({
    name,
    deviceId,
    settings: { mqtt_username: "", mqtt_password: "", sync_watched: "true", sync_resume: "true" },
    advancedSettings: ADVANCED_SETTINGS,
    // A new device (no scan before): the add-on runs while Kodi scans its (unwatched) library for the first time.
    beforeEnabling: options.scanBeforeEnabling ? scan : undefined,
  });
  if (!options.scanBeforeEnabling) {
    await scan(kodi);
  }
  return kodi;
}

async function movieOn(kodi: KodiInstance, title: string): Promise<KodiMovie> {
  const movie = (await kodi.getMovies()).find((candidate) => candidate.title === title);
  if (movie === undefined) {
    throw new Error(`${kodi.name} has no movie "${title}"`);
  }
  return movie;
}

async function episodeOn(kodi: KodiInstance, season: number, number: number): Promise<KodiEpisode> {
  const episode = (await kodi.getEpisodes()).find((candidate) => candidate.season === season && candidate.episode === number);
  if (episode === undefined) {
    throw new Error(`${kodi.name} has no episode S${season}E${number}`);
  }
  return episode;
}

/** Waits until `probe` holds on `kodi` and returns the milliseconds since `started`. */
async function arrives(kodi: KodiInstance, what: string, probe: () => Promise<boolean>, started: number, deadline = SYNC_DEADLINE_MS): Promise<number> {
  await waitFor(`${what} on ${kodi.name}`, async () => (await probe()) || undefined, deadline, 50);
  return Date.now() - started;
}

function itemMessages(since: number, match: (message: WatchedMessage) => boolean = () => true): WatchedMessage[] {
  const items = new RegExp(`^cloudsync/v1/${group}/(movie|episode)/`);
  return watcher.matching((message) => items.test(message.topic) && match(message), since);
}

function publishedBy(device: string, since: number): WatchedMessage[] {
  return itemMessages(since, (message) => {
    try {
      return (JSON.parse(message.payload.toString("utf8")) as { device?: unknown }).device === device;
    } catch {
      return false;
    }
  });
}

beforeAll(async () => {
  household = await Household.start("library");
  group = household.group;
  broker = household.broker;
  watcher = await household.watchGroup();
  deviceA = await startDevice("living-room", "device-a", { scanBeforeEnabling: true });
  deviceB = await startDevice("bedroom", "device-b", { scanBeforeEnabling: true });
}, 300_000);

afterAll(async () => {
  await household?.stop();
  writeArtifact("e2e-library-latency.json", latencies);
}, 120_000);

describe("watched status and resume points between Kodi devices", () => {
  test("an episode marked watched in the living room is watched in the bedroom", async () => {
    const episode = await episodeOn(deviceA, 1, 1);
    expect((await episodeOn(deviceB, 1, 1)).playcount).toBe(0);
    const started = Date.now();
    await deviceA.setEpisodePlaycount(episode.episodeid, 1);
    latencies["episode watched A→B (ms)"] = await arrives(deviceB, "S1E1 watched", async () => (await episodeOn(deviceB, 1, 1)).playcount > 0, started);
    // Published under the show's tvdb id with season and episode, not a path or a library id.
    expect(itemMessages(started).map((message) => message.topic)).toContain(`cloudsync/v1/${group}/episode/tvdb:880001%2Fs1e1/watched`);
  });

  test("half a film watched in the living room resumes at the same second in the bedroom", async () => {
    const movie = await movieOn(deviceA, "Winter Orchard");
    const logOfB = deviceB.logMark();
    const started = Date.now();
    await deviceA.playAndStopAt({ movieid: movie.movieid }, 95);
    // The promise is about what follows the user pressing stop; playing itself is Kodi's time.
    const stopped = Date.now();
    const kept = await waitFor(
      "the living room to keep Winter Orchard's resume point",
      async () => {
        const resume = (await movieOn(deviceA, "Winter Orchard")).resume;
        return resume.position > 0 ? resume : undefined;
      },
      SYNC_DEADLINE_MS,
    );
    expect(kept.position).toBeGreaterThanOrEqual(94);
    latencies["movie resume point A→B (ms from stop)"] = await arrives(
      deviceB,
      "Winter Orchard's resume point",
      async () => Math.abs((await movieOn(deviceB, "Winter Orchard")).resume.position - kept.position) < 1,
      stopped,
    );
    latencies["movie resume point from playback A→B (ms, includes playing)"] = Date.now() - started;
    expect((await movieOn(deviceB, "Winter Orchard")).resume.total).toBeCloseTo(kept.total, 0);
    expect(deviceB.logSince(logOfB)).toMatch(/\[service\.cloudsync\] marked "Winter Orchard" resuming at 1:3\d \(from device device-a\)/);
  });

  test("an episode stopped part-way in the bedroom resumes there in the living room", async () => {
    const episode = await episodeOn(deviceB, 1, 2);
    const started = Date.now();
    await deviceB.playAndStopAt({ episodeid: episode.episodeid }, 130);
    const stopped = Date.now();
    // Kodi writes the bookmark just after the player stops.
    const kept = await waitFor(
      "the bedroom to keep S1E2's resume point",
      async () => {
        const resume = (await episodeOn(deviceB, 1, 2)).resume;
        return resume.position > 0 ? resume : undefined;
      },
      SYNC_DEADLINE_MS,
    );
    expect(kept.position).toBeGreaterThanOrEqual(129);
    latencies["episode resume point B→A (ms from stop)"] = await arrives(
      deviceA,
      "S1E2's resume point",
      async () => Math.abs((await episodeOn(deviceA, 1, 2)).resume.position - kept.position) < 1,
      stopped,
    );
    latencies["episode resume point from playback B→A (ms, includes playing)"] = Date.now() - started;
  });

  test("a resume point cleared in the living room is cleared in the bedroom", async () => {
    const movie = await movieOn(deviceA, "Winter Orchard");
    expect((await movieOn(deviceB, "Winter Orchard")).resume.position).toBeGreaterThan(0);
    const logOfB = deviceB.logMark();
    const started = Date.now();
    // As a remote app does it: through JSON-RPC, which fires no notification in Kodi.
    await deviceA.setResume({ movieid: movie.movieid }, 0, 0);
    latencies["resume point cleared A→B (ms)"] = await arrives(
      deviceB,
      "Winter Orchard's cleared resume point",
      async () => (await movieOn(deviceB, "Winter Orchard")).resume.position === 0,
      started,
    );
    expect(deviceB.logSince(logOfB)).toMatch(/\[service\.cloudsync\] marked "Winter Orchard" with no resume point \(from device device-a\)/);
  });

  test("one change causes one message: no echo storm, watched for a whole round A → B → A", async () => {
    const started = Date.now();
    const movie = await movieOn(deviceA, "Harbour Lights");
    await deviceA.setMoviePlaycount(movie.movieid, 1);
    await arrives(deviceB, "Harbour Lights watched", async () => (await movieOn(deviceB, "Harbour Lights")).playcount > 0, started);
    // Fences: each device handles Kodi's notifications and the broker's messages in order, so an
    // echo of a change is published before the device publishes a change made after it arrived.
    // A's fence reaches B; then B's own change comes back to A; then A's last change reaches B.
    // Any echo of any of them, by either device, would be among the messages of this round.
    const fence = await episodeOn(deviceA, 2, 1);
    await deviceA.setEpisodePlaycount(fence.episodeid, 1);
    await arrives(deviceB, "S2E1 watched", async () => (await episodeOn(deviceB, 2, 1)).playcount > 0, started);
    await deviceB.setEpisodePlaycount((await episodeOn(deviceB, 2, 1)).episodeid, 0);
    await arrives(deviceA, "S2E1 unwatched (from the bedroom)", async () => (await episodeOn(deviceA, 2, 1)).playcount === 0, started);
    await deviceA.setEpisodePlaycount(fence.episodeid, 1);
    await arrives(deviceB, "S2E1 watched again", async () => (await episodeOn(deviceB, 2, 1)).playcount > 0, started);
    const harbour = `cloudsync/v1/${group}/movie/imdb:tt0990002/watched`;
    const fenceTopic = `cloudsync/v1/${group}/episode/tvdb:880001%2Fs2e1/watched`;
    const expected = [`device-a ${harbour} 1`, `device-a ${fenceTopic} 1`, `device-b ${fenceTopic} 0`, `device-a ${fenceTopic} 1`];
    const seen = (): string[] =>
      itemMessages(started).map((message) => {
        const payload = JSON.parse(message.payload.toString("utf8")) as { device: string; playcount: number };
        return `${payload.device} ${message.topic} ${payload.playcount}`;
      });
    await waitFor("the watcher to see the last fence", () => seen().length >= expected.length, SYNC_DEADLINE_MS);
    expect(seen()).toEqual(expected);
    // Retained with no message expiry (the setting's default, 0 = for ever), as docs/protocol.md
    // says: a device joining months later still gets every item's latest state.
    const [first] = itemMessages(started);
    expect(first?.retain).toBe(false); // live deliveries are not flagged retained; the late-device test shows the state is kept
    expect(first).toBeDefined();
    expect(first?.expirySeconds).toBeUndefined();
  });

  test("500 malformed messages on our topics leave both add-ons running and syncing", async () => {
    const root = `cloudsync/v1/${group}`;
    const valid = { v: 1, playcount: 1, lastplayed: "2026-11-20 20:00:00", time: Date.now(), device: "device-x" };
    const payloads: (string | Buffer)[] = [
      "not json at all",
      '{"v":1,',
      "",
      "null",
      "[]",
      "42",
      JSON.stringify({ ...valid, v: 2 }),
      JSON.stringify({ ...valid, v: "1" }),
      JSON.stringify({ ...valid, playcount: "one" }),
      JSON.stringify({ ...valid, playcount: -1 }),
      JSON.stringify({ ...valid, time: "yesterday" }),
      JSON.stringify({ ...valid, device: 7 }),
      JSON.stringify({ v: 1, position: "half", total: 600, time: Date.now(), device: "device-x" }),
      Buffer.from([0xff, 0xfe, 0x00, 0x81]),
    ];
    const topics = [
      `${root}/movie/imdb:tt0990001/watched`,
      `${root}/movie/imdb:tt0990003/resume`,
      `${root}/episode/tvdb:880001%2Fs1e2/resume`,
      `${root}/movie/imdb:tt0990002/rating`,
      `${root}/song/imdb:tt0990002/watched`,
    ];
    const oneMegabyte = "x".repeat(1024 * 1024);
    const logsBefore = [deviceA.logMark(), deviceB.logMark()];
    let sent = 0;
    for (let index = 0; sent < 500; index++) {
      const topic = topics[index % topics.length] ?? topics[0] ?? "";
      const payload = index % 100 === 0 ? oneMegabyte : (payloads[index % payloads.length] ?? "");
      await watcher.publish(topic, payload);
      sent += 1;
    }
    // Both still sync, both ways, after the flood.
    const started = Date.now();
    await deviceA.setMoviePlaycount((await movieOn(deviceA, "Paper Moons")).movieid, 1);
    await arrives(deviceB, "Paper Moons watched", async () => (await movieOn(deviceB, "Paper Moons")).playcount > 0, started);
    await deviceB.setEpisodePlaycount((await episodeOn(deviceB, 1, 1)).episodeid, 0);
    await arrives(deviceA, "S1E1 unwatched", async () => (await episodeOn(deviceA, 1, 1)).playcount === 0, started);
    for (const mark of logsBefore) {
      const lines = mark.kodi
        .logSince(mark)
        .split("\n")
        .filter((line) => line.includes("[service.cloudsync]"));
      const dropped = lines.filter((line) => line.includes("dropped a message"));
      expect(dropped.length).toBeGreaterThan(0);
      expect(dropped.length).toBeLessThanOrEqual(20); // a flood does not flood kodi.log
      expect(lines.some((line) => line.includes("more invalid messages arrived"))).toBe(true);
    }
    // The malformed messages changed nothing: the last valid states still hold.
    expect((await movieOn(deviceB, "The Night Train")).playcount).toBe(0);
    expect((await movieOn(deviceB, "Winter Orchard")).resume.position).toBe(0);
  });

  test("a device that was off catches up when it is switched on", async () => {
    await deviceB.stop();
    const started = Date.now();
    await deviceA.setMoviePlaycount((await movieOn(deviceA, "The Night Train")).movieid, 1);
    await deviceA.setResume({ episodeid: (await episodeOn(deviceA, 2, 1)).episodeid }, 200, 600);
    await waitFor("A to publish both changes", () => publishedBy("device-a", started).length >= 2, SYNC_DEADLINE_MS);
    const switchedOn = Date.now();
    deviceB = await household.restart(deviceB);
    const answering = Date.now();
    latencies["device switched on catches up (ms from Kodi answering)"] = await arrives(
      deviceB,
      "the changes made while it was off",
      async () => (await movieOn(deviceB, "The Night Train")).playcount > 0 && (await episodeOn(deviceB, 2, 1)).resume.position === 200,
      answering,
      CATCH_UP_DEADLINE_MS,
    );
    latencies["device switched on catches up (ms from start)"] = Date.now() - switchedOn;
  });

  test("changes made while the broker is down arrive after it comes back, also across a Kodi restart", async () => {
    const beforeOutage = deviceA.logMark();
    await broker.stop();
    await deviceA.waitForLog(/\[service\.cloudsync\] broker connection lost/, SYNC_DEADLINE_MS, beforeOutage);
    const beforeChange = deviceA.logMark();
    await deviceA.setMoviePlaycount((await movieOn(deviceA, "Winter Orchard")).movieid, 1);
    await deviceA.waitForLog(/\[service\.cloudsync\] publishing "Winter Orchard" \(movie imdb:tt0990003\) as watched/, SYNC_DEADLINE_MS, beforeChange);
    // Kodi is restarted while the broker is still down: the change waits in the saved outbox.
    deviceA = await household.restart(deviceA);
    await deviceA.waitForLog(
      /\[service\.cloudsync\] 1 change\(s\) from before the restart waiting for the broker/,
      DEVICE_START_DEADLINE_MS,
      deviceA.runStartMark(),
    );
    // Changes are noticed from the moment the service has indexed the library.
    await deviceA.waitForLog(/\[service\.cloudsync\] library indexed: /, DEVICE_START_DEADLINE_MS, deviceA.runStartMark());
    const beforeFog = deviceA.logMark();
    await deviceA.setEpisodePlaycount((await episodeOn(deviceA, 1, 2)).episodeid, 1);
    await deviceA.waitForLog(/\[service\.cloudsync\] publishing "Fog"/, SYNC_DEADLINE_MS, beforeFog);
    expect((await movieOn(deviceB, "Winter Orchard")).playcount).toBe(0);
    await broker.restart();
    const back = Date.now();
    latencies["outage changes on B after the broker returned (ms)"] = await arrives(
      deviceB,
      "both changes made during the outage",
      async () => (await movieOn(deviceB, "Winter Orchard")).playcount > 0 && (await episodeOn(deviceB, 1, 2)).playcount > 0,
      back,
      RECONNECT_DEADLINE_MS + SYNC_DEADLINE_MS,
    );
    expect(deviceA.logText()).toMatch(/caught up with the group: \d+ message\(s\) received since connecting; sending 2 unsent change\(s\)/);
  });

  test("a third device joining late gets everything, and its first scan un-watches nothing anywhere", async () => {
    const started = Date.now();
    deviceC = await startDevice("kitchen", "device-c", { scanBeforeEnabling: false });
    const scanned = Date.now();
    const kitchen = deviceC;
    const expectSameAsA = async (): Promise<boolean> => {
      for (const movie of MOVIES) {
        const onA = await movieOn(deviceA, movie.title);
        const onC = await movieOn(kitchen, movie.title);
        if (onA.playcount > 0 !== onC.playcount > 0 || Math.abs(onA.resume.position - onC.resume.position) >= 1) {
          return false;
        }
      }
      for (const episode of SHOW.episodes) {
        const onA = await episodeOn(deviceA, episode.season, episode.episode);
        const onC = await episodeOn(kitchen, episode.season, episode.episode);
        if (onA.playcount > 0 !== onC.playcount > 0 || Math.abs(onA.resume.position - onC.resume.position) >= 1) {
          return false;
        }
      }
      return true;
    };
    // States of items it did not have yet are kept and applied as its first scan adds them.
    latencies["late device has everything (ms from its scan's end)"] = await arrives(
      kitchen,
      "the living room's watched states and resume points",
      expectSameAsA,
      scanned,
    );
    latencies["late device has everything (ms from its start)"] = Date.now() - started;
    // Its scan of an unwatched library published nothing, and the others lost nothing.
    expect(publishedBy("device-c", started)).toEqual([]);
    for (const kodi of [deviceA, deviceB]) {
      expect((await movieOn(kodi, "Harbour Lights")).playcount).toBeGreaterThan(0);
      expect((await movieOn(kodi, "Winter Orchard")).playcount).toBeGreaterThan(0);
      expect((await episodeOn(kodi, 1, 2)).playcount).toBeGreaterThan(0);
      expect((await episodeOn(kodi, 2, 1)).resume.position).toBe(200);
    }
  });

  test("no device logged an error or a Python traceback", () => {
    for (const kodi of [deviceA, deviceB, deviceC]) {
      if (kodi === undefined) {
        throw new Error("the kitchen device never started");
      }
      const lines = kodi.fullLogText().split("\n");
      const ours = lines.filter((line) => line.includes("[service.cloudsync]"));
      expect(ours.length).toBeGreaterThan(3);
      expect(kodiLogErrors(ours.join("\n"))).toEqual([]);
      expect(lines.filter((line) => /Traceback \(most recent call last\)|PythonToCppException/.test(line))).toEqual([]);
    }
  });
});
