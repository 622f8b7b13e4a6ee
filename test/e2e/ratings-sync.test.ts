/**
 * Users' ratings end to end: three real Kodi 20 devices with their media under different paths,
 * through a real Mosquitto. The living room (A) and the bedroom (B) sync ratings (the default); the
 * kitchen (C) has "Sync ratings" off. A rating of a film, an episode or a TV show set through
 * JSON-RPC (VideoLibrary.Set*Details with userrating, as remote apps set it) reaches the other
 * device, a cleared rating too; the kitchen neither sends nor applies ratings.
 */
import { join } from "node:path";
import { Household } from "../support/household";
import { KodiInstance } from "../support/kodi";
import { makeMovieLibrary, makeShowLibrary, TestMovie, TestShow } from "../support/media";
import { writeArtifact } from "../support/paths";
import { waitFor } from "../support/process";

jest.setTimeout(120_000);

const SYNC_DEADLINE_MS = 10_000;
const MOVIES: TestMovie[] = [
  { title: "Night Train", year: 1999, imdb: "tt0993301" },
  { title: "Harbour Lights", year: 2004, imdb: "tt0993302" },
];
const SHOW: TestShow = { title: "Coastline", year: 2015, tvdb: "993310", episodes: [{ season: 1, episode: 1, title: "Arrival" }] };

let household: Household;
let livingRoom: KodiInstance;
let bedroom: KodiInstance;
let kitchen: KodiInstance;
const latencies: Record<string, number> = {};

interface Rated {
  id: number;
  userrating: number;
  playcount: number;
}

async function movie(kodi: KodiInstance, imdb: string): Promise<Rated> {
  const result = await kodi.rpc<{ movies?: { movieid: number; userrating: number; playcount: number; uniqueid: Record<string, string> }[] }>(
    "VideoLibrary.GetMovies",
    { properties: ["userrating", "playcount", "uniqueid"] },
  );
  const found = (result.movies ?? []).find((candidate) => candidate.uniqueid["imdb"] === imdb);
  if (found === undefined) {
    throw new Error(`${kodi.name} has no movie ${imdb}`);
  }
  return { id: found.movieid, userrating: found.userrating, playcount: found.playcount };
}

async function episode(kodi: KodiInstance): Promise<Rated> {
  const result = await kodi.rpc<{ episodes?: { episodeid: number; userrating: number; playcount: number }[] }>("VideoLibrary.GetEpisodes", {
    properties: ["userrating", "playcount"],
  });
  const found = (result.episodes ?? [])[0];
  if (found === undefined) {
    throw new Error(`${kodi.name} has no episode`);
  }
  return { id: found.episodeid, userrating: found.userrating, playcount: found.playcount };
}

async function show(kodi: KodiInstance): Promise<Rated> {
  const result = await kodi.rpc<{ tvshows?: { tvshowid: number; userrating: number; uniqueid: Record<string, string> }[] }>("VideoLibrary.GetTVShows", {
    properties: ["userrating", "uniqueid"],
  });
  const found = (result.tvshows ?? []).find((candidate) => candidate.uniqueid["tvdb"] === SHOW.tvdb);
  if (found === undefined) {
    throw new Error(`${kodi.name} has no show ${SHOW.tvdb}`);
  }
  return { id: found.tvshowid, userrating: found.userrating, playcount: 0 };
}

/** Rates the show on `from` (VideoLibrary.SetTVShowDetails, as remote apps rate it); returns how long `to` took to show the rating. */
async function rateShow(from: KodiInstance, to: KodiInstance, rating: number): Promise<number> {
  const started = Date.now();
  await from.rpc("VideoLibrary.SetTVShowDetails", { tvshowid: (await show(from)).id, userrating: rating });
  await waitFor(`"${SHOW.title}" rated ${rating} on ${to.name}`, async () => (await show(to)).userrating === rating, SYNC_DEADLINE_MS, 50);
  return Date.now() - started;
}

/** Rates the movie on `from`; returns how long `to` took to show the rating. */
async function rateMovie(from: KodiInstance, to: KodiInstance, imdb: string, rating: number): Promise<number> {
  const started = Date.now();
  await from.rpc("VideoLibrary.SetMovieDetails", { movieid: (await movie(from, imdb)).id, userrating: rating });
  await waitFor(`${imdb} rated ${rating} on ${to.name}`, async () => (await movie(to, imdb)).userrating === rating, SYNC_DEADLINE_MS, 50);
  return Date.now() - started;
}

beforeAll(async () => {
  household = await Household.start("ratings");
  const devices: KodiInstance[] = [];
  for (const [name, deviceId, ratings] of [
    ["living-room", "device-a", "true"],
    ["bedroom", "device-b", "true"],
    ["kitchen", "device-c", "false"],
  ] as const) {
    const movies = join(household.workDir, `${name}-media`, "Movies");
    const shows = join(household.workDir, `${name}-media`, "Shows");
    await makeMovieLibrary(movies, MOVIES);
    await makeShowLibrary(shows, [SHOW]);
    devices.push(
      await household.startDevice({
        name,
        deviceId,
        settings: { sync_watched: "true", sync_ratings: ratings },
        beforeEnabling: async (kodi) => {
          await kodi.addMovieSource(movies);
          await kodi.addShowSource(shows, SHOW.episodes.length);
        },
      }),
    );
  }
  [livingRoom, bedroom, kitchen] = devices as [KodiInstance, KodiInstance, KodiInstance];
}, 400_000);

afterAll(async () => {
  await household?.stop();
  writeArtifact("e2e-ratings-latency.json", latencies);
}, 120_000);

describe("ratings between Kodi devices", () => {
  test("a film rated 8 in the living room is rated 8 in the bedroom", async () => {
    latencies["film rated A→B (ms)"] = await rateMovie(livingRoom, bedroom, "tt0993301", 8);
  });

  test("a new rating replaces it, both ways", async () => {
    latencies["film re-rated B→A (ms)"] = await rateMovie(bedroom, livingRoom, "tt0993301", 3);
  });

  test("a cleared rating is cleared on the other device", async () => {
    latencies["film rating cleared A→B (ms)"] = await rateMovie(livingRoom, bedroom, "tt0993301", 0);
  });

  test("an episode rated in the bedroom is rated in the living room", async () => {
    const started = Date.now();
    await bedroom.rpc("VideoLibrary.SetEpisodeDetails", { episodeid: (await episode(bedroom)).id, userrating: 10 });
    await waitFor("the episode rated 10 in the living room", async () => (await episode(livingRoom)).userrating === 10, SYNC_DEADLINE_MS, 50);
    latencies["episode rated B→A (ms)"] = Date.now() - started;
  });

  test("a TV show rated in the living room is rated in the bedroom", async () => {
    latencies["show rated A→B (ms)"] = await rateShow(livingRoom, bedroom, 7);
  });

  test("a TV show re-rated in the bedroom is re-rated in the living room", async () => {
    latencies["show re-rated B→A (ms)"] = await rateShow(bedroom, livingRoom, 4);
  });

  test("with Sync ratings off, the kitchen neither applies ratings nor sends its own", async () => {
    // The kitchen got the living room's and bedroom's watched changes all along; ratings it must not have.
    expect((await episode(kitchen)).userrating).toBe(0);
    expect((await show(kitchen)).userrating).toBe(0);
    await kitchen.rpc("VideoLibrary.SetTVShowDetails", { tvshowid: (await show(kitchen)).id, userrating: 2 });
    const film = await movie(kitchen, "tt0993302");
    await kitchen.rpc("VideoLibrary.SetMovieDetails", { movieid: film.id, userrating: 6 });
    // A change the kitchen sends after its rating: once it is in the living room, a rating sent before it would be too.
    await kitchen.rpc("VideoLibrary.SetMovieDetails", { movieid: film.id, playcount: 1 });
    await waitFor('"Harbour Lights" watched in the living room', async () => (await movie(livingRoom, "tt0993302")).playcount === 1, SYNC_DEADLINE_MS, 50);
    expect((await movie(livingRoom, "tt0993302")).userrating).toBe(0);
    expect((await show(livingRoom)).userrating).toBe(4);
    expect(kitchen.logText()).not.toMatch(/publishing "(Harbour Lights|Coastline)".*rated/);
  });

  test("a TV show's cleared rating is cleared in the bedroom, and the kitchen keeps its own", async () => {
    latencies["show rating cleared A→B (ms)"] = await rateShow(livingRoom, bedroom, 0);
    expect((await show(kitchen)).userrating).toBe(2);
  });

  test("a rated film removed from the living room's library keeps its rating in the bedroom", async () => {
    await rateMovie(livingRoom, bedroom, "tt0993302", 5);
    const mark = livingRoom.logMark();
    await livingRoom.rpc("VideoLibrary.RemoveMovie", { movieid: (await movie(livingRoom, "tt0993302")).id });
    // Two fences rated after the removal: once the second is in the bedroom, the polls that no
    // longer list the removed film have run (and read it again), and anything they sent has arrived.
    await rateMovie(livingRoom, bedroom, "tt0993301", 2);
    await rateMovie(livingRoom, bedroom, "tt0993301", 4);
    expect((await movie(bedroom, "tt0993302")).userrating).toBe(5);
    expect(livingRoom.logSince(mark)).not.toMatch(/publishing "Harbour Lights"/);
  });

  test("nothing received was sent back, and no error was logged", () => {
    expect(bedroom.logText()).not.toMatch(/publishing "Night Train".*rated 8/);
    expect(livingRoom.logText()).not.toMatch(/publishing "Arrival".*rated/);
    expect(bedroom.logText()).not.toMatch(/publishing "Coastline".*rated 7/);
    for (const kodi of [livingRoom, bedroom, kitchen]) {
      const lines = kodi.logText().split("\n");
      expect(lines.filter((line) => line.includes("[service.cloudsync]") && /\berror <general>/.test(line))).toEqual([]);
      expect(lines.filter((line) => /Traceback \(most recent call last\)/.test(line))).toEqual([]);
    }
  });
});
