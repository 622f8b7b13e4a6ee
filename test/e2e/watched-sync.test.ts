/**
 * End to end, as users have it: the built zip installed into two real Kodi 20 instances
 * (headless, one Xvfb, each with its own profile and its media under a different absolute path)
 * syncing a movie's watched status through a real Mosquitto on loopback.
 */
import { join } from "node:path";
import { Household } from "../support/household";
import { KodiInstance, KodiMovie } from "../support/kodi";
import { kodiLogErrors } from "../support/kodi-log";
import { makeMovieLibrary, TestMovie } from "../support/media";
import { ADDON_ID, writeArtifact } from "../support/paths";
import { waitFor } from "../support/process";

const MOVIES: TestMovie[] = [
  { title: "The Night Train", year: 1999, imdb: "tt0990001" },
  { title: "Harbour Lights", year: 2004, imdb: "tt0990002", tmdb: "990002" },
];
/** The product promise checked here: a change shows up on the other device within 10 s. */
const SYNC_DEADLINE_MS = 10_000;

let household: Household;
const kodis: KodiInstance[] = [];
let deviceA: KodiInstance;
let deviceB: KodiInstance;
const latencies: Record<string, number> = {};

async function movieOn(kodi: KodiInstance, imdb: string): Promise<KodiMovie> {
  const movie = (await kodi.getMovies()).find((candidate) => candidate.uniqueid["imdb"] === imdb);
  if (movie === undefined) {
    throw new Error(`${kodi.name} has no movie with imdb id ${imdb}`);
  }
  return movie;
}

/**
 * Changes the playcount on `from`, and returns how long `to` took to show it; `to` must also log
 * what it applied, in user words, after the change.
 */
async function changeAndMeasure(from: KodiInstance, to: KodiInstance, imdb: string, playcount: number): Promise<number> {
  const source = await movieOn(from, imdb);
  const logBefore = to.logMark();
  const started = Date.now();
  await from.setMoviePlaycount(source.movieid, playcount);
  await waitFor(
    `"${source.title}" to show playcount ${playcount} on ${to.name}`,
    async () => {
      const target = await movieOn(to, imdb);
      return playcount > 0 ? target.playcount > 0 : target.playcount === 0;
    },
    SYNC_DEADLINE_MS,
    50,
  );
  const took = Date.now() - started;
  const fromDevice = from === deviceA ? "device-a" : "device-b";
  const state = playcount > 0 ? "watched" : "unwatched";
  await to.waitForLog(new RegExp(`\\[service\\.cloudsync\\] marked "${source.title}" ${state} \\(from device ${fromDevice}\\)`), SYNC_DEADLINE_MS, logBefore);
  return took;
}

beforeAll(async () => {
  household = await Household.start("e2e");
  for (const [name, deviceId] of [
    ["living-room", "device-a"],
    ["bedroom", "device-b"],
  ] as const) {
    // Each device keeps its media under its own absolute path: identity must not depend on it.
    const media = join(household.workDir, `${name}-media`, "Movies");
    await makeMovieLibrary(media, MOVIES);
    kodis.push(
      await household.startDevice({
        name,
        deviceId,
        settings: { mqtt_username: "", mqtt_password: "", sync_watched: "true" },
        beforeEnabling: (kodi) => kodi.addMovieSource(media),
      }),
    );
  }
  [deviceA, deviceB] = kodis as [KodiInstance, KodiInstance];
}, 300_000);

afterAll(async () => {
  await household?.stop();
  writeArtifact("e2e-watched-latency.json", latencies);
}, 120_000);

describe("two Kodi devices syncing watched status through Mosquitto", () => {
  test("the add-on runs from the installed zip and imports its own vendored Paho", async () => {
    for (const kodi of kodis) {
      const line = await kodi.waitForLog(/\[service\.cloudsync\] MQTT client: paho-mqtt from (\S+)/, 10_000, kodi.runStartMark());
      const location = /paho-mqtt from (\S+)/.exec(line)?.[1] ?? "";
      expect(location).toBe(join(kodi.home, ".kodi", "addons", ADDON_ID, "resources", "lib", "paho"));
    }
  });

  test("both devices have the same movies under different paths", async () => {
    for (const movie of MOVIES) {
      const onA = await movieOn(deviceA, movie.imdb ?? "");
      const onB = await movieOn(deviceB, movie.imdb ?? "");
      expect(onA.file).not.toBe(onB.file);
      expect(onA.playcount).toBe(0);
      expect(onB.playcount).toBe(0);
    }
  });

  test("a movie marked watched on A is watched on B within 10 s", async () => {
    latencies["watched A→B (ms)"] = await changeAndMeasure(deviceA, deviceB, "tt0990001", 1);
  });

  test("the same movie marked unwatched on A is unwatched on B within 10 s", async () => {
    latencies["unwatched A→B (ms)"] = await changeAndMeasure(deviceA, deviceB, "tt0990001", 0);
  });

  test("a movie marked watched on B is watched on A within 10 s", async () => {
    latencies["watched B→A (ms)"] = await changeAndMeasure(deviceB, deviceA, "tt0990002", 1);
  });

  test("a change received from the network is not published again (no ping-pong), watched for a whole round", async () => {
    // B received "The Night Train" twice and A received "Harbour Lights". A device handles Kodi's
    // notifications in order, so once a later change of A's own has reached B, any echo of
    // "Harbour Lights" by A would have been published before it; and once that change is on B,
    // B has had the time of a full round to echo "The Night Train".
    await changeAndMeasure(deviceA, deviceB, "tt0990001", 2);
    const publishedByB = deviceB
      .logText()
      .split("\n")
      .filter((line) => line.includes('publishing "The Night Train"'));
    const publishedByA = deviceA
      .logText()
      .split("\n")
      .filter((line) => line.includes('publishing "Harbour Lights"'));
    expect(publishedByB).toEqual([]);
    expect(publishedByA).toEqual([]);
  });

  test("the service logged no error and no Python traceback on either device", () => {
    for (const kodi of kodis) {
      const lines = kodi.logText().split("\n");
      const ours = lines.filter((line) => line.includes("[service.cloudsync]"));
      expect(ours.length).toBeGreaterThan(3);
      // Kodi writes the level before the component, "error" on 20 and 21, "ERROR" on 19.
      expect(kodiLogErrors(ours.join("\n"))).toEqual([]);
      // Only our add-on runs Python in these profiles: any Python exception is ours.
      expect(lines.filter((line) => /Traceback \(most recent call last\)|PythonToCppException/.test(line))).toEqual([]);
    }
  });
});
