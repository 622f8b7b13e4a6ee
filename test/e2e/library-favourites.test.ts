/**
 * Favourites of library items follow the item: two real Kodi 20 devices keep the same films and
 * episodes under different paths, and a favourite of a film or an episode made on one opens the
 * other's own copy, with the title and thumbnail it was given. A favourite of a file outside the
 * library travels as it is; removals follow the item too; a film the other device does not have
 * yet gets its favourite when a scan brings it. Through a real Mosquitto.
 */
import { join } from "node:path";
import { addFavouriteAndMeasure, favouriteTitled as favourite, localThumbnail } from "../support/favourites";
import { Household } from "../support/household";
import { KodiEpisode, KodiInstance } from "../support/kodi";
import { kodiLogErrors } from "../support/kodi-log";
import { makeMovieLibrary, makeShowLibrary, TestMovie, TestShow } from "../support/media";
import { writeArtifact } from "../support/paths";
import { waitFor } from "../support/process";

jest.setTimeout(120_000);

const FAVOURITE_DEADLINE_MS = 10_000;
const MOVIES: TestMovie[] = [
  { title: "Night Train", year: 1999, imdb: "tt0992201" },
  { title: "Harbour Lights", year: 2004, imdb: "tt0992202" },
];
/** Only the living room has it at first: the bedroom's copy comes with a later scan. */
const LATE_MOVIE: TestMovie = { title: "Late Arrival", year: 2010, imdb: "tt0992203" };
const SHOW: TestShow = { title: "Coastline", year: 2015, tvdb: "992210", episodes: [{ season: 1, episode: 2, title: "The Lighthouse" }] };

let household: Household;
let livingRoom: KodiInstance;
let bedroom: KodiInstance;
let bedroomMovies: string;
let thumbnail: string;
const latencies: Record<string, number> = {};

async function episodeOn(kodi: KodiInstance): Promise<KodiEpisode> {
  const episode = (await kodi.getEpisodes()).find((candidate) => candidate.season === 1 && candidate.episode === 2);
  if (episode === undefined) {
    throw new Error(`${kodi.name} has no episode S01E02`);
  }
  return episode;
}

/** Adds a favourite of the file on `from`; returns how long `to` took to list one titled so. */
async function addAndMeasure(from: KodiInstance, to: KodiInstance, title: string, path: string): Promise<number> {
  return addFavouriteAndMeasure(from, to, { title, type: "media", path, thumbnail }, FAVOURITE_DEADLINE_MS);
}

beforeAll(async () => {
  household = await Household.start("library-favourites");
  thumbnail = localThumbnail(household, "night.png");
  const devices: KodiInstance[] = [];
  for (const [name, deviceId] of [
    ["living-room", "device-a"],
    ["bedroom", "device-b"],
  ] as const) {
    const movies = join(household.workDir, `${name}-media`, "Movies");
    const shows = join(household.workDir, `${name}-media`, "Shows");
    await makeMovieLibrary(movies, name === "living-room" ? [...MOVIES, LATE_MOVIE] : MOVIES);
    await makeShowLibrary(shows, [SHOW]);
    if (name === "bedroom") {
      bedroomMovies = movies;
    }
    devices.push(
      await household.startDevice({
        name,
        deviceId,
        settings: { sync_favorites: "true", sync_favorites_removals: "true" },
        beforeEnabling: async (kodi) => {
          await kodi.addMovieSource(movies);
          await kodi.addShowSource(shows, SHOW.episodes.length);
        },
      }),
    );
  }
  [livingRoom, bedroom] = devices as [KodiInstance, KodiInstance];
}, 300_000);

afterAll(async () => {
  await household?.stop();
  writeArtifact("e2e-library-favourites-latency.json", latencies);
}, 120_000);

describe("favourites that follow the library item", () => {
  test("a favourite of a film in the living room opens the bedroom's own copy, with its title and thumbnail", async () => {
    const here = await livingRoom.movieWithImdb("tt0992201");
    const there = await bedroom.movieWithImdb("tt0992201");
    expect(here.file).not.toBe(there.file);
    latencies["film favourite A→B (ms)"] = await addAndMeasure(livingRoom, bedroom, "Tonight: Night Train", here.file);
    expect(await favourite(bedroom, "Tonight: Night Train")).toEqual({ title: "Tonight: Night Train", type: "media", path: there.file, thumbnail });
    // And the living room's own favourite is left as it was (no echo rewrote it).
    expect(await favourite(livingRoom, "Tonight: Night Train")).toEqual({ title: "Tonight: Night Train", type: "media", path: here.file, thumbnail });
  });

  test("a favourite of an episode in the bedroom opens the living room's own copy", async () => {
    const here = await episodeOn(bedroom);
    const there = await episodeOn(livingRoom);
    expect(here.file).not.toBe(there.file);
    latencies["episode favourite B→A (ms)"] = await addAndMeasure(bedroom, livingRoom, "Coastline 1x2", here.file);
    expect((await favourite(livingRoom, "Coastline 1x2"))?.path).toBe(there.file);
  });

  test("a favourite of a file outside the library travels as it is", async () => {
    await addAndMeasure(livingRoom, bedroom, "Holiday Video", "/srv/home-videos/holiday.mkv");
    expect((await favourite(bedroom, "Holiday Video"))?.path).toBe("/srv/home-videos/holiday.mkv");
  });

  test("removing the film's favourite in the living room removes the bedroom's, which opens another path", async () => {
    const started = Date.now();
    const here = await favourite(livingRoom, "Tonight: Night Train");
    await livingRoom.rpc("Favourites.AddFavourite", { title: "Tonight: Night Train", type: "media", path: here?.path ?? "", thumbnail }); // toggles: removes
    expect(await favourite(livingRoom, "Tonight: Night Train")).toBeUndefined();
    await waitFor(
      'favourite "Tonight: Night Train" to leave the bedroom',
      async () => (await favourite(bedroom, "Tonight: Night Train")) === undefined,
      FAVOURITE_DEADLINE_MS,
      100,
    );
    latencies["film favourite removal A→B (ms)"] = Date.now() - started;
  });

  test("a favourite of a film the bedroom does not have waits for the scan that brings it", async () => {
    const here = await livingRoom.movieWithImdb(LATE_MOVIE.imdb ?? "");
    const logMark = bedroom.logMark();
    await livingRoom.rpc("Favourites.AddFavourite", { title: "Late Arrival", type: "media", path: here.file, thumbnail });
    await bedroom.waitForLog(/favourite "Late Arrival" waits for movie\/imdb:tt0992203/, FAVOURITE_DEADLINE_MS, logMark);
    expect(await favourite(bedroom, "Late Arrival")).toBeUndefined();
    await makeMovieLibrary(bedroomMovies, [LATE_MOVIE]);
    await bedroom.rpc("VideoLibrary.Scan", { directory: bedroomMovies });
    await waitFor(
      '"Late Arrival" in the bedroom\'s library',
      async () => (await bedroom.getMovies()).some((movie) => movie.title === "Late Arrival"),
      60_000,
      250,
    );
    const there = await bedroom.movieWithImdb(LATE_MOVIE.imdb ?? "");
    await waitFor('favourite "Late Arrival" in the bedroom', async () => (await favourite(bedroom, "Late Arrival")) !== undefined, FAVOURITE_DEADLINE_MS, 100);
    expect((await favourite(bedroom, "Late Arrival"))?.path).toBe(there.file);
  });

  test("nothing received was sent back, and no error was logged", () => {
    expect(bedroom.logText()).not.toMatch(/publishing favourite "Tonight: Night Train" \(.*\) as added/);
    for (const kodi of [livingRoom, bedroom]) {
      const lines = kodi.logText().split("\n");
      expect(kodiLogErrors(lines.join("\n"), "[service.cloudsync]")).toEqual([]);
      expect(lines.filter((line) => /Traceback \(most recent call last\)/.test(line))).toEqual([]);
    }
  });
});
