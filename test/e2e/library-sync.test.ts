/**
 * The sync engine end to end, as users have it: the built zip in real Kodi 20 devices (headless,
 * one Xvfb, each with its own profile and its own copy of the media), a real Mosquitto on
 * loopback, and a test MQTT client watching the sync group's topics. The scenarios run in order
 * and build on each other, like a household's evening: the living room (A) and the bedroom (B)
 * from the start, the kitchen (C) joining late.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { KodiEpisode, KodiInstance, KodiMovie } from "../support/kodi";
import { makeMovieLibrary, makeShowLibrary, TestMovie, TestShow } from "../support/media";
import { Mosquitto, startMosquitto } from "../support/mosquitto";
import { GroupWatcher, WatchedMessage } from "../support/mqtt-watcher";
import { waitFor } from "../support/process";
import { startXvfb, Xvfb } from "../support/xvfb";

jest.setTimeout(180_000);

const ADDON_ID = "service.cloudsync";
const repoRoot = resolve(__dirname, "../..");
const version = (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string }).version;
const addonZip = join(repoRoot, "dist", `${ADDON_ID}-${version}.zip`);

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
/** Reconnecting after a broker outage goes through Paho's backoff (up to 30 s). */
const RECONNECT_DEADLINE_MS = 60_000;
/** Kodi keeps no resume point in the first seconds of a video; lowered so tests can play briefly. */
const ADVANCED_SETTINGS = "<video>\n  <ignoresecondsatstart>1</ignoresecondsatstart>\n  <ignorepercentatend>1</ignorepercentatend>\n</video>";

const group = `library-${process.pid}`;
let workDir: string;
let xvfb: Xvfb | undefined;
let broker: Mosquitto;
let watcher: GroupWatcher;
let deviceA: KodiInstance;
let deviceB: KodiInstance;
let deviceC: KodiInstance | undefined;
const latencies: Record<string, number> = {};

function settingsFor(deviceId: string, deviceName: string): Record<string, string> {
  return {
    enabled: "true",
    mqtt_broker_host: "127.0.0.1",
    mqtt_broker_port: String(broker.port),
    mqtt_use_ssl: "false",
    mqtt_username: "",
    mqtt_password: "",
    mqtt_device_id: deviceId,
    device_name: deviceName,
    sync_group: group,
    sync_watched: "true",
    sync_resume: "true",
  };
}

async function startDevice(name: string, deviceId: string, options: { scanBeforeEnabling: boolean }): Promise<KodiInstance> {
  const kodi = await KodiInstance.start({
    name,
    display: xvfb?.display ?? "",
    workDir: join(workDir, name),
    addonZips: [addonZip],
    addonSettings: { [ADDON_ID]: settingsFor(deviceId, name) },
    advancedSettings: ADVANCED_SETTINGS,
  });
  // Each device keeps its media under its own absolute path: identity must not depend on it.
  const movies = join(workDir, `${name}-media`, "Movies");
  const shows = join(workDir, `${name}-media`, "TV");
  await makeMovieLibrary(movies, MOVIES);
  await makeShowLibrary(shows, [SHOW]);
  const scan = async (): Promise<void> => {
    await kodi.addMovieSource(movies);
    await kodi.addShowSource(shows, SHOW.episodes.length);
  };
  if (options.scanBeforeEnabling) {
    await scan();
    await kodi.enableAddon(ADDON_ID);
    await kodi.waitForLog(/\[service\.cloudsync\] caught up with the group/, 30_000);
  } else {
    // A new device: the add-on runs while Kodi scans its (unwatched) library for the first time.
    await kodi.enableAddon(ADDON_ID);
    await kodi.waitForLog(/\[service\.cloudsync\] caught up with the group/, 30_000);
    await scan();
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

function serviceLines(kodi: KodiInstance): string[] {
  return kodi.logText().split("\n").filter((line) => line.includes("[service.cloudsync]"));
}

beforeAll(async () => {
  mkdirSync(join(repoRoot, "test-artifacts"), { recursive: true });
  workDir = mkdtempSync(join(tmpdir(), "cloudsync-library-"));
  readFileSync(addonZip); // fails early with the path when the build has not run
  xvfb = await startXvfb();
  broker = await startMosquitto();
  watcher = await GroupWatcher.start(broker.port, `cloudsync/v1/${group}/#`);
  deviceA = await startDevice("living-room", "device-a", { scanBeforeEnabling: true });
  deviceB = await startDevice("bedroom", "device-b", { scanBeforeEnabling: true });
}, 300_000);

afterAll(async () => {
  for (const kodi of [deviceA, deviceB, deviceC]) {
    await kodi?.stop();
  }
  await watcher?.stop();
  await broker?.stop();
  await xvfb?.stop();
  writeFileSync(join(repoRoot, "test-artifacts", "e2e-library-latency.json"), JSON.stringify(latencies, null, 2) + "\n");
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
    const started = Date.now();
    await deviceA.playAndStopAt({ movieid: movie.movieid }, 95);
    const kept = await waitFor("the living room to keep Winter Orchard's resume point", async () => {
      const resume = (await movieOn(deviceA, "Winter Orchard")).resume;
      return resume.position > 0 ? resume : undefined;
    }, SYNC_DEADLINE_MS);
    expect(kept.position).toBeGreaterThanOrEqual(94);
    latencies["movie resume point from playback A→B (ms, includes playing)"] = await arrives(
      deviceB,
      "Winter Orchard's resume point",
      async () => Math.abs((await movieOn(deviceB, "Winter Orchard")).resume.position - kept.position) < 1,
      started,
      SYNC_DEADLINE_MS + 60_000,
    );
    expect((await movieOn(deviceB, "Winter Orchard")).resume.total).toBeCloseTo(kept.total, 0);
    expect(serviceLines(deviceB).join("\n")).toMatch(/marked "Winter Orchard" resuming at 1:3\d \(from device device-a\)/);
  });

  test("an episode stopped part-way in the bedroom resumes there in the living room", async () => {
    const episode = await episodeOn(deviceB, 1, 2);
    const started = Date.now();
    await deviceB.playAndStopAt({ episodeid: episode.episodeid }, 130);
    // Kodi writes the bookmark just after the player stops.
    const kept = await waitFor("the bedroom to keep S1E2's resume point", async () => {
      const resume = (await episodeOn(deviceB, 1, 2)).resume;
      return resume.position > 0 ? resume : undefined;
    }, SYNC_DEADLINE_MS);
    expect(kept.position).toBeGreaterThanOrEqual(129);
    latencies["episode resume point from playback B→A (ms, includes playing)"] = await arrives(
      deviceA,
      "S1E2's resume point",
      async () => Math.abs((await episodeOn(deviceA, 1, 2)).resume.position - kept.position) < 1,
      started,
      SYNC_DEADLINE_MS + 60_000,
    );
  });

  test("a resume point cleared in the living room is cleared in the bedroom", async () => {
    const movie = await movieOn(deviceA, "Winter Orchard");
    expect((await movieOn(deviceB, "Winter Orchard")).resume.position).toBeGreaterThan(0);
    const started = Date.now();
    // As a remote app does it: through JSON-RPC, which fires no notification in Kodi.
    await deviceA.setResume({ movieid: movie.movieid }, 0, 0);
    latencies["resume point cleared A→B (ms)"] = await arrives(deviceB, "Winter Orchard's cleared resume point", async () => (await movieOn(deviceB, "Winter Orchard")).resume.position === 0, started);
    expect(serviceLines(deviceB).join("\n")).toMatch(/marked "Winter Orchard" with no resume point \(from device device-a\)/);
  });

  test("one change causes one message: no echo storm", async () => {
    const started = Date.now();
    const movie = await movieOn(deviceA, "Harbour Lights");
    await deviceA.setMoviePlaycount(movie.movieid, 1);
    await arrives(deviceB, "Harbour Lights watched", async () => (await movieOn(deviceB, "Harbour Lights")).playcount > 0, started);
    // A second change makes a fence: B applies messages in order, so an echo of the first change
    // from B would be published before B has applied the second one.
    const episode = await episodeOn(deviceA, 2, 1);
    await deviceA.setEpisodePlaycount(episode.episodeid, 1);
    await arrives(deviceB, "S2E1 watched", async () => (await episodeOn(deviceB, 2, 1)).playcount > 0, started);
    const harbour = `cloudsync/v1/${group}/movie/imdb:tt0990002/watched`;
    const fence = `cloudsync/v1/${group}/episode/tvdb:880001%2Fs2e1/watched`;
    await waitFor("the watcher to see the fence message", () => itemMessages(started, (message) => message.topic === fence).length > 0, SYNC_DEADLINE_MS);
    expect(itemMessages(started).map((message) => message.topic)).toEqual([harbour, fence]);
    // Retained, with the message expiry of the setting (default 30 days), as docs/protocol.md says.
    const [first] = itemMessages(started);
    expect(first?.retain).toBe(false); // live deliveries are not flagged retained; the late-device test shows the state is kept
    expect(first?.expirySeconds).toBeGreaterThan(29 * 86400);
    expect(first?.expirySeconds).toBeLessThanOrEqual(30 * 86400);
    expect(publishedBy("device-b", started)).toEqual([]);
  });

  test("500 malformed messages on our topics leave both add-ons running and syncing", async () => {
    const root = `cloudsync/v1/${group}`;
    const valid = { v: 1, playcount: 1, lastplayed: "2026-11-20 20:00:00", time: Date.now(), device: "device-x" };
    const payloads: (string | Buffer)[] = [
      "not json at all",
      "{\"v\":1,",
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
    let sent = 0;
    for (let index = 0; sent < 500; index++) {
      const topic = topics[index % topics.length] ?? topics[0] ?? "";
      const payload = index % 100 === 0 ? oneMegabyte : payloads[index % payloads.length] ?? "";
      await watcher.publish(topic, payload);
      sent += 1;
    }
    // Both still sync, both ways, after the flood.
    const started = Date.now();
    await deviceA.setMoviePlaycount((await movieOn(deviceA, "Paper Moons")).movieid, 1);
    await arrives(deviceB, "Paper Moons watched", async () => (await movieOn(deviceB, "Paper Moons")).playcount > 0, started, 30_000);
    await deviceB.setEpisodePlaycount((await episodeOn(deviceB, 1, 1)).episodeid, 0);
    await arrives(deviceA, "S1E1 unwatched", async () => (await episodeOn(deviceA, 1, 1)).playcount === 0, started, 30_000);
    for (const kodi of [deviceA, deviceB]) {
      const dropped = serviceLines(kodi).filter((line) => line.includes("dropped a message"));
      expect(dropped.length).toBeGreaterThan(0);
      expect(dropped.length).toBeLessThanOrEqual(20); // a flood does not flood kodi.log
      expect(serviceLines(kodi).some((line) => line.includes("more invalid messages arrived"))).toBe(true);
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
    deviceB = await deviceB.restart();
    latencies["device switched on catches up (ms from start)"] = await arrives(
      deviceB,
      "the changes made while it was off",
      async () => (await movieOn(deviceB, "The Night Train")).playcount > 0 && (await episodeOn(deviceB, 2, 1)).resume.position === 200,
      started,
      60_000,
    );
  });

  test("changes made while the broker is down arrive after it comes back, also across a Kodi restart", async () => {
    await broker.stop();
    await deviceA.waitForLog(/\[service\.cloudsync\] broker connection lost/, 30_000);
    const started = Date.now();
    await deviceA.setMoviePlaycount((await movieOn(deviceA, "Winter Orchard")).movieid, 1);
    await deviceA.waitForLog(/\[service\.cloudsync\] publishing "Winter Orchard" \(movie imdb:tt0990003\) as watched/, SYNC_DEADLINE_MS);
    // Kodi is restarted while the broker is still down: the change waits in the saved outbox.
    deviceA = await deviceA.restart();
    await deviceA.waitForLog(/\[service\.cloudsync\] 1 change\(s\) from before the restart waiting for the broker/, 30_000);
    // Changes are noticed from the moment the service has indexed the library.
    await deviceA.waitForLog(/\[service\.cloudsync\] library indexed: /, 30_000);
    await deviceA.setEpisodePlaycount((await episodeOn(deviceA, 1, 2)).episodeid, 1);
    await deviceA.waitForLog(/\[service\.cloudsync\] publishing "Fog"/, SYNC_DEADLINE_MS);
    expect((await movieOn(deviceB, "Winter Orchard")).playcount).toBe(0);
    await broker.restart();
    const back = Date.now();
    await arrives(
      deviceB,
      "both changes made during the outage",
      async () => (await movieOn(deviceB, "Winter Orchard")).playcount > 0 && (await episodeOn(deviceB, 1, 2)).playcount > 0,
      started,
      RECONNECT_DEADLINE_MS + SYNC_DEADLINE_MS,
    );
    latencies["outage changes on B after the broker returned (ms)"] = Date.now() - back;
    expect(serviceLines(deviceA).join("\n")).toMatch(/caught up with the group: \d+ message\(s\) received since connecting; sending 2 unsent change\(s\)/);
  });

  test("a third device joining late gets everything, and its first scan un-watches nothing anywhere", async () => {
    const started = Date.now();
    deviceC = await startDevice("kitchen", "device-c", { scanBeforeEnabling: false });
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
    latencies["late device has everything (ms from its start)"] = await arrives(kitchen, "the living room's watched states and resume points", expectSameAsA, started, 60_000);
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
      expect(ours.filter((line) => /\berror <general>/.test(line))).toEqual([]);
      expect(lines.filter((line) => /Traceback \(most recent call last\)|PythonToCppException/.test(line))).toEqual([]);
    }
  });
});
