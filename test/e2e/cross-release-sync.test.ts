/**
 * One household, two Kodi releases: a Kodi 19 (Debian bullseye, Python 3.9) in the living room
 * and a Kodi 21 (Debian trixie, Python 3.13) in the bedroom, each with the built zip, syncing
 * watched status, resume points and favourites through one real Mosquitto. Kodi 19 speaks
 * JSON-RPC 12 and Kodi 21 JSON-RPC 13; their libraries live in different database schemas.
 */
import { join } from "node:path";
import { Household } from "../support/household";
import { KodiInstance, KodiMovie } from "../support/kodi";
import { staleMountsUnder } from "../support/kodi-chroot";
import { RELEASE_FACTS, rootOf } from "../support/kodi-release";
import { kodiLogErrors } from "../support/kodi-log";
import { makeMovieLibrary, TestMovie } from "../support/media";
import { writeArtifact } from "../support/paths";
import { waitFor } from "../support/process";

jest.setTimeout(120_000);

const MOVIES: TestMovie[] = [
  { title: "The Night Train", year: 1999, imdb: "tt0990001" },
  { title: "Winter Orchard", year: 2011, imdb: "tt0990003" },
];
/** The product promise: a change shows up on the other device within 10 s. */
const SYNC_DEADLINE_MS = 10_000;
/** Kodi keeps no resume point in the first seconds of a video; lowered so the test can play briefly. */
const ADVANCED_SETTINGS = "<video>\n  <ignoresecondsatstart>1</ignoresecondsatstart>\n  <ignorepercentatend>1</ignorepercentatend>\n</video>";

let household: Household;
let kodi19: KodiInstance;
let kodi21: KodiInstance;
const latencies: Record<string, number> = {};

async function movieOn(kodi: KodiInstance, title: string): Promise<KodiMovie> {
  const movie = (await kodi.getMovies()).find((candidate) => candidate.title === title);
  if (movie === undefined) {
    throw new Error(`${kodi.name} has no movie "${title}"`);
  }
  return movie;
}

async function arrives(kodi: KodiInstance, what: string, probe: () => Promise<boolean>, started: number): Promise<number> {
  await waitFor(`${what} on ${kodi.name}`, async () => (await probe()) || undefined, SYNC_DEADLINE_MS, 50);
  return Date.now() - started;
}

async function favouriteTitles(kodi: KodiInstance): Promise<string[]> {
  const result = await kodi.rpc<{ favourites: { title: string }[] | null }>("Favourites.GetFavourites", { properties: ["path", "window", "windowparameter"] });
  return (result.favourites ?? []).map((favourite) => favourite.title);
}

async function startDevice(name: string, deviceId: string, release: 19 | 21): Promise<KodiInstance> {
  const media = join(household.workDir, `${name}-media`, "Movies");
  await makeMovieLibrary(media, MOVIES);
  return household.startDevice({
    name,
    deviceId,
    release,
    settings: { sync_watched: "true", sync_resume: "true", sync_favorites: "true" },
    advancedSettings: ADVANCED_SETTINGS,
    beforeEnabling: (kodi) => kodi.addMovieSource(media),
  });
}

beforeAll(async () => {
  household = await Household.start("cross-release");
  kodi19 = await startDevice("living-room", "device-19", 19);
  kodi21 = await startDevice("bedroom", "device-21", 21);
}, 300_000);

afterAll(async () => {
  await household?.stop();
  writeArtifact("e2e-cross-release-latency.json", latencies);
}, 120_000);

describe("a Kodi 19 and a Kodi 21 device in one household", () => {
  test("each runs the release it was asked for, with that release's JSON-RPC and Python", async () => {
    for (const [kodi, release] of [
      [kodi19, 19],
      [kodi21, 21],
    ] as const) {
      const version = await kodi.rpc<{ version: { major: number } }>("Application.GetProperties", { properties: ["version"] });
      expect(version.version.major).toBe(release);
      const api = await kodi.rpc<{ version: { major: number } }>("JSONRPC.Version");
      expect(api.version.major).toBe(RELEASE_FACTS[release].jsonRpcMajor);
      const python = await kodi.waitForLog(/\[service\.cloudsync\] .*Python (\d+\.\d+)/, 10_000, kodi.runStartMark());
      expect(python).toContain(`Python ${RELEASE_FACTS[release].python}`);
    }
  });

  test("a movie marked watched on Kodi 19 is watched on Kodi 21, and unwatched back from 21 to 19", async () => {
    const logBefore = kodi21.logMark();
    let started = Date.now();
    await kodi19.setMoviePlaycount((await movieOn(kodi19, "The Night Train")).movieid, 1);
    latencies["watched 19→21 (ms)"] = await arrives(
      kodi21,
      "The Night Train watched",
      async () => (await movieOn(kodi21, "The Night Train")).playcount > 0,
      started,
    );
    await kodi21.waitForLog(/\[service\.cloudsync\] marked "The Night Train" watched \(from device device-19\)/, SYNC_DEADLINE_MS, logBefore);

    started = Date.now();
    await kodi21.setMoviePlaycount((await movieOn(kodi21, "The Night Train")).movieid, 0);
    latencies["unwatched 21→19 (ms)"] = await arrives(
      kodi19,
      "The Night Train unwatched",
      async () => (await movieOn(kodi19, "The Night Train")).playcount === 0,
      started,
    );
  });

  test("half a film played on Kodi 21 resumes at the same second on Kodi 19, and the other way", async () => {
    for (const [from, to, seconds] of [
      [kodi21, kodi19, 95],
      [kodi19, kodi21, 140],
    ] as const) {
      const movie = await movieOn(from, "Winter Orchard");
      await from.playAndStopAt({ movieid: movie.movieid }, seconds);
      const kept = await waitFor(
        `${from.name} to keep Winter Orchard's resume point`,
        async () => {
          const resume = (await movieOn(from, "Winter Orchard")).resume;
          return Math.abs(resume.position - seconds) < 2 ? resume : undefined;
        },
        SYNC_DEADLINE_MS,
      );
      const started = Date.now();
      latencies[`resume ${from.release}→${to.release} (ms from stop)`] = await arrives(
        to,
        "Winter Orchard's resume point",
        async () => Math.abs((await movieOn(to, "Winter Orchard")).resume.position - kept.position) < 1,
        started,
      );
    }
  });

  test("a favourite added on Kodi 21 appears on Kodi 19, and one added on Kodi 19 on Kodi 21", async () => {
    // Two different targets: Kodi's AddFavourite toggles a favourite with the same target, whatever its title.
    for (const [from, to, title, target] of [
      [kodi21, kodi19, "Shows from the bedroom", "videodb://tvshows/titles/"],
      [kodi19, kodi21, "Films from the living room", "videodb://movies/titles/"],
    ] as const) {
      const started = Date.now();
      await from.rpc("Favourites.AddFavourite", { title, type: "window", window: "videos", windowparameter: target });
      latencies[`favourite ${from.release}→${to.release} (ms)`] = await arrives(
        to,
        `favourite "${title}"`,
        async () => (await favouriteTitles(to)).includes(title),
        started,
      );
    }
  });

  test("Kodi 21's Favourites window as a favourite, which Kodi 19 does not have, is skipped there with a clear line, and later favourites still arrive", async () => {
    const before = kodi19.logMark();
    await kodi21.rpc("Favourites.AddFavourite", { title: "All my favourites", type: "window", window: "favouritesbrowser" });
    const started = Date.now();
    await kodi21.rpc("Favourites.AddFavourite", {
      title: "Recently added",
      type: "window",
      window: "videos",
      windowparameter: "videodb://recentlyaddedmovies/",
    });
    latencies["favourite after an unknown window 21→19 (ms)"] = await arrives(
      kodi19,
      'favourite "Recently added"',
      async () => (await favouriteTitles(kodi19)).includes("Recently added"),
      started,
    );
    expect(await favouriteTitles(kodi19)).not.toContain("All my favourites");
    const said = kodi19
      .logSince(before)
      .split("\n")
      .filter((line) => line.includes('"All my favourites"'));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(
      /warning <general>: \[service\.cloudsync\] favourite "All my favourites" opens a window this Kodi does not have \(favouritesbrowser, from a newer Kodi\): not added here/i,
    );
  });

  test("neither release logged an error of ours or a Python traceback", () => {
    for (const kodi of [kodi19, kodi21]) {
      expect(
        kodi
          .logText()
          .split("\n")
          .filter((line) => line.includes("[service.cloudsync]")).length,
      ).toBeGreaterThan(3);
      expect(kodiLogErrors(kodi.logText(), "[service.cloudsync]")).toEqual([]);
      expect(kodi.logText()).not.toMatch(/Traceback \(most recent call last\)|PythonToCppException/);
    }
  });

  test("a stopped chrooted Kodi leaves nothing mounted and nothing running", async () => {
    const pid = kodi19.pid;
    await kodi19.stop();
    expect(() => process.kill(pid, 0)).toThrow();
    expect(staleMountsUnder(rootOf(19) ?? "")).toEqual([]);
    expect(staleMountsUnder(rootOf(21) ?? "")).toEqual([]);
  });
});
