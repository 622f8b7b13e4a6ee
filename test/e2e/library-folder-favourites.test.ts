/**
 * Favourites of a TV show, a season and a movie set follow the entry: two real Kodi 20 devices
 * have the same shows and sets, scanned in another order, so each has other database ids for them.
 * Kodi names such a favourite by its `videodb://` folder (`videodb://tvshows/titles/7/`); made on
 * one device, it must open the same show, season or set on the other, whose folder has other ids.
 * A removal follows; a show the other device gets later brings its favourite with it. Through a
 * real Mosquitto.
 */
import { join } from "node:path";
import { addFavouriteAndMeasure, favouriteTitled as favourite, localThumbnail } from "../support/favourites";
import { Household } from "../support/household";
import { KodiInstance } from "../support/kodi";
import { kodiLogErrors } from "../support/kodi-log";
import { makeMovieLibrary, makeShowLibrary, TestMovie, TestShow } from "../support/media";
import { writeArtifact } from "../support/paths";
import { waitFor } from "../support/process";

jest.setTimeout(120_000);

const FAVOURITE_DEADLINE_MS = 10_000;
const COASTLINE: TestShow = {
  title: "Coastline",
  year: 2015,
  tvdb: "994410",
  episodes: [
    { season: 1, episode: 1, title: "Arrival" },
    { season: 2, episode: 1, title: "Return" },
  ],
};
const PINEWOOD: TestShow = { title: "Pinewood", year: 2012, tvdb: "994420", episodes: [{ season: 1, episode: 1, title: "Pilot" }] };
/** Only the living room has it at first: the bedroom's comes with a later scan. */
const LATE_SHOW: TestShow = { title: "Late Show", year: 2020, tvdb: "994430", episodes: [{ season: 1, episode: 1, title: "Opening" }] };
const RAIL: TestMovie[] = [
  { title: "Night Train", year: 1999, imdb: "tt0994401", set: "Rail Stories" },
  { title: "Day Train", year: 2001, imdb: "tt0994402", set: "Rail Stories" },
];
const HARBOUR: TestMovie[] = [{ title: "Harbour Lights", year: 2004, imdb: "tt0994403", set: "Harbour Tales" }];

interface ListedFile {
  file: string;
  label: string;
}

let household: Household;
let livingRoom: KodiInstance;
let bedroom: KodiInstance;
let bedroomLateShows: string;
let thumbnail: string;
const latencies: Record<string, number> = {};

async function showId(kodi: KodiInstance, tvdb: string): Promise<number> {
  const result = await kodi.rpc<{ tvshows?: { tvshowid: number; uniqueid: Record<string, string> }[] }>("VideoLibrary.GetTVShows", {
    properties: ["uniqueid"],
  });
  const found = (result.tvshows ?? []).find((show) => show.uniqueid["tvdb"] === tvdb);
  if (found === undefined) {
    throw new Error(`${kodi.name} has no show ${tvdb}`);
  }
  return found.tvshowid;
}

async function setId(kodi: KodiInstance, title: string): Promise<number> {
  const result = await kodi.rpc<{ sets?: { setid: number; title: string }[] }>("VideoLibrary.GetMovieSets", { properties: ["title"] });
  const found = (result.sets ?? []).find((set) => set.title === title);
  if (found === undefined) {
    throw new Error(`${kodi.name} has no set ${title}`);
  }
  return found.setid;
}

/** What Kodi shows when the favourite's folder is opened: its entries (seasons, episodes, movies). */
async function folderContents(kodi: KodiInstance, folder: string): Promise<ListedFile[]> {
  const result = await kodi.rpc<{ files?: ListedFile[] }>("Files.GetDirectory", { directory: folder, media: "video" });
  return result.files ?? [];
}

/** Adds a favourite of the folder on `from` (as Kodi's context menu makes it: the Videos window at that folder); returns how long `to` took to list it. */
async function addAndMeasure(from: KodiInstance, to: KodiInstance, title: string, folder: string): Promise<number> {
  return addFavouriteAndMeasure(from, to, { title, type: "window", window: "videos", windowparameter: folder, thumbnail }, FAVOURITE_DEADLINE_MS);
}

beforeAll(async () => {
  household = await Household.start("library-folder-favourites");
  thumbnail = localThumbnail(household, "coastline.png");
  const devices: KodiInstance[] = [];
  for (const [name, deviceId] of [
    ["living-room", "device-a"],
    ["bedroom", "device-b"],
  ] as const) {
    const media = join(household.workDir, `${name}-media`);
    await makeShowLibrary(join(media, "Coastline"), [COASTLINE]);
    await makeShowLibrary(join(media, "Pinewood"), [PINEWOOD]);
    await makeShowLibrary(join(media, "Late"), name === "living-room" ? [LATE_SHOW] : []);
    await makeMovieLibrary(join(media, "Rail"), RAIL);
    await makeMovieLibrary(join(media, "Harbour"), HARBOUR);
    if (name === "bedroom") {
      bedroomLateShows = join(media, "Late");
    }
    // Scanned in the other order on each device, so that each has other ids for the same show and set.
    const showSources: [string, TestShow][] = [
      ["Coastline", COASTLINE],
      ["Pinewood", PINEWOOD],
    ];
    const movieSources = ["Rail", "Harbour"];
    if (name === "bedroom") {
      showSources.reverse();
      movieSources.reverse();
    }
    devices.push(
      await household.startDevice({
        name,
        deviceId,
        settings: { sync_favorites: "true", sync_favorites_removals: "true" },
        beforeEnabling: async (kodi) => {
          for (const [folder, show] of showSources) {
            await kodi.addShowSource(join(media, folder), show.episodes.length);
          }
          if (name === "living-room") {
            await kodi.addShowSource(join(media, "Late"), LATE_SHOW.episodes.length);
          }
          for (const folder of movieSources) {
            await kodi.addMovieSource(join(media, folder));
          }
        },
      }),
    );
  }
  [livingRoom, bedroom] = devices as [KodiInstance, KodiInstance];
}, 300_000);

afterAll(async () => {
  await household?.stop();
  writeArtifact("e2e-library-folder-favourites-latency.json", latencies);
}, 120_000);

describe("favourites of a TV show, a season and a movie set follow the entry", () => {
  test("the two devices have other database ids for the same show and set", async () => {
    expect(await showId(livingRoom, COASTLINE.tvdb ?? "")).not.toBe(await showId(bedroom, COASTLINE.tvdb ?? ""));
    expect(await setId(livingRoom, "Rail Stories")).not.toBe(await setId(bedroom, "Rail Stories"));
  });

  test("a favourite of a show made in the living room opens the same show in the bedroom, with its title and thumbnail", async () => {
    const here = await showId(livingRoom, COASTLINE.tvdb ?? "");
    const there = await showId(bedroom, COASTLINE.tvdb ?? "");
    latencies["show favourite A→B (ms)"] = await addAndMeasure(livingRoom, bedroom, "Coastline", `videodb://tvshows/titles/${here}/`);
    const received = await favourite(bedroom, "Coastline");
    expect(received).toEqual({ title: "Coastline", type: "window", window: "videos", windowparameter: `videodb://tvshows/titles/${there}/`, thumbnail });
    // It opens Coastline's two seasons there (the living room's id would open Pinewood's one).
    expect((await folderContents(bedroom, received?.windowparameter ?? "")).map((entry) => entry.label)).toEqual(["Season 1", "Season 2"]);
    const details = await bedroom.rpc<{ tvshowdetails: { uniqueid: Record<string, string> } }>("VideoLibrary.GetTVShowDetails", {
      tvshowid: there,
      properties: ["uniqueid"],
    });
    expect(details.tvshowdetails.uniqueid["tvdb"]).toBe(COASTLINE.tvdb);
    // The living room's own favourite is left as it was.
    expect((await favourite(livingRoom, "Coastline"))?.windowparameter).toBe(`videodb://tvshows/titles/${here}/`);
  });

  test("a favourite of a season made in the bedroom opens the same season in the living room", async () => {
    const here = await showId(bedroom, COASTLINE.tvdb ?? "");
    const there = await showId(livingRoom, COASTLINE.tvdb ?? "");
    latencies["season favourite B→A (ms)"] = await addAndMeasure(
      bedroom,
      livingRoom,
      "Coastline, season 2",
      `videodb://tvshows/titles/${here}/2/?tvshowid=${here}`,
    );
    const received = await favourite(livingRoom, "Coastline, season 2");
    expect(received?.windowparameter).toBe(`videodb://tvshows/titles/${there}/2/?tvshowid=${there}`);
    const episodes = await folderContents(livingRoom, received?.windowparameter ?? "");
    expect(episodes.map((entry) => entry.file)).toEqual([join(household.workDir, "living-room-media", "Coastline", "Coastline", "Coastline S02E01.mkv")]);
  });

  test("a favourite of a movie set made in the living room opens the same set in the bedroom", async () => {
    const here = await setId(livingRoom, "Rail Stories");
    const there = await setId(bedroom, "Rail Stories");
    latencies["set favourite A→B (ms)"] = await addAndMeasure(livingRoom, bedroom, "Rail Stories", `videodb://movies/sets/${here}/?setid=${here}`);
    const received = await favourite(bedroom, "Rail Stories");
    expect(received?.windowparameter).toBe(`videodb://movies/sets/${there}/?setid=${there}`);
    const movies = await folderContents(bedroom, received?.windowparameter ?? "");
    expect(movies.map((entry) => entry.label).sort()).toEqual(["Day Train", "Night Train"]);
  });

  test("removing the show's favourite in the living room removes the bedroom's, which opens another folder", async () => {
    const started = Date.now();
    const here = await favourite(livingRoom, "Coastline");
    await livingRoom.rpc("Favourites.AddFavourite", {
      title: "Coastline",
      type: "window",
      window: "videos",
      windowparameter: here?.windowparameter ?? "",
      thumbnail,
    }); // toggles: removes
    expect(await favourite(livingRoom, "Coastline")).toBeUndefined();
    await waitFor('favourite "Coastline" to leave the bedroom', async () => (await favourite(bedroom, "Coastline")) === undefined, FAVOURITE_DEADLINE_MS, 100);
    latencies["show favourite removal A→B (ms)"] = Date.now() - started;
    expect(await favourite(bedroom, "Coastline, season 2")).toBeDefined();
  });

  test("a favourite of a show the bedroom does not have waits for the scan that brings it", async () => {
    const here = await showId(livingRoom, LATE_SHOW.tvdb ?? "");
    const logMark = bedroom.logMark();
    await livingRoom.rpc("Favourites.AddFavourite", {
      title: "Late Show",
      type: "window",
      window: "videos",
      windowparameter: `videodb://tvshows/titles/${here}/`,
      thumbnail,
    });
    await bedroom.waitForLog(/favourite "Late Show" waits for tvshow\/tvdb:994430/, FAVOURITE_DEADLINE_MS, logMark);
    expect(await favourite(bedroom, "Late Show")).toBeUndefined();
    await makeShowLibrary(bedroomLateShows, [LATE_SHOW]);
    const started = Date.now();
    await bedroom.addShowSource(bedroomLateShows, LATE_SHOW.episodes.length);
    const there = await showId(bedroom, LATE_SHOW.tvdb ?? "");
    await waitFor('favourite "Late Show" in the bedroom', async () => (await favourite(bedroom, "Late Show")) !== undefined, FAVOURITE_DEADLINE_MS, 100);
    latencies["waiting show favourite, from the bedroom's scan (ms)"] = Date.now() - started;
    expect((await favourite(bedroom, "Late Show"))?.windowparameter).toBe(`videodb://tvshows/titles/${there}/`);
    expect((await folderContents(bedroom, `videodb://tvshows/titles/${there}/`)).map((entry) => entry.label)).toEqual(["Season 1"]);
  });

  test("nothing received was sent back, and no error was logged", () => {
    // Each went out naming the entry, not the sender's folder.
    expect(livingRoom.logText()).toMatch(/publishing favourite "Coastline" \(item:tvshow\/tvdb:994410\) as added/);
    expect(bedroom.logText()).toMatch(/publishing favourite "Coastline, season 2" \(item:season\/2\/tvdb:994410\) as added/);
    expect(livingRoom.logText()).toMatch(/publishing favourite "Rail Stories" \(item:set\/title:rail stories\) as added/);
    expect(bedroom.logText()).not.toMatch(/publishing favourite "Coastline" \(.*\) as added/);
    expect(livingRoom.logText()).not.toMatch(/publishing favourite "Coastline, season 2" \(.*\) as added/);
    for (const kodi of [livingRoom, bedroom]) {
      const lines = kodi.logText().split("\n");
      expect(kodiLogErrors(lines.join("\n"), "[service.cloudsync]")).toEqual([]);
      expect(lines.filter((line) => /Traceback \(most recent call last\)/.test(line))).toEqual([]);
    }
  });
});
