/**
 * Favourites end to end, as users have them: the built zip in three real Kodi 20 devices through a
 * real Mosquitto. The living room (A) and the bedroom (B) sync removals; the kitchen (C) keeps the
 * default, add-only. A had favourites before CloudSync was installed: those travel only when its
 * user presses "Publish All My Favorites".
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { favouriteTitled as has, favouritesOf } from "../support/favourites";
import { Household } from "../support/household";
import { KodiInstance } from "../support/kodi";
import { kodiLogErrors } from "../support/kodi-log";
import { Mosquitto } from "../support/mosquitto";
import { ADDON_ID, writeArtifact } from "../support/paths";
import { waitFor } from "../support/process";

jest.setTimeout(120_000);

/** Favourites are read every 2 s; the promise is the same as for watched status: within 10 s. */
const FAVOURITE_DEADLINE_MS = 10_000;

let household: Household;
let broker: Mosquitto;
let livingRoom: KodiInstance;
let bedroom: KodiInstance;
let kitchen: KodiInstance;
const latencies: Record<string, number> = {};

async function startDevice(name: string, deviceId: string, removals: boolean, favouritesXml?: string): Promise<KodiInstance> {
  if (favouritesXml !== undefined) {
    const userdata = join(household.workDir, name, "home", ".kodi", "userdata");
    mkdirSync(userdata, { recursive: true });
    writeFileSync(join(userdata, "favourites.xml"), favouritesXml);
  }
  return household.startDevice({
    name,
    deviceId,
    settings: {
      sync_favorites: "true",
      sync_favorites_removals: removals ? "true" : "false",
      // Favourites that start an add-on or app travel only to devices that opt in (issue 14); the bedroom does.
      sync_launching_favourites: name === "bedroom" ? "true" : "false",
    },
  });
}

async function appears(kodi: KodiInstance, title: string, started: number): Promise<number> {
  await waitFor(`favourite "${title}" on ${kodi.name}`, async () => (await has(kodi, title)) !== undefined, FAVOURITE_DEADLINE_MS, 100);
  return Date.now() - started;
}

async function add(kodi: KodiInstance, favourite: Record<string, string>): Promise<void> {
  await kodi.rpc("Favourites.AddFavourite", favourite);
}

beforeAll(async () => {
  household = await Household.start("favourites");
  broker = household.broker;
  const before = [
    "<favourites>",
    '    <favourite name="Old Film" thumb="/srv/thumbs/old.jpg">PlayMedia(&quot;/srv/films/Old Film.mkv&quot;)</favourite>',
    '    <favourite name="Old Shows">ActivateWindow(10025,&quot;videodb://tvshows/titles/&quot;,return)</favourite>',
    "</favourites>",
    "",
  ].join("\n");
  livingRoom = await startDevice("living-room", "device-a", true, before);
  bedroom = await startDevice("bedroom", "device-b", true);
  kitchen = await startDevice("kitchen", "device-c", false);
}, 300_000);

afterAll(async () => {
  await household?.stop();
  writeArtifact("e2e-favourites-latency.json", latencies);
}, 120_000);

describe("favourites between Kodi devices", () => {
  test("favourites a device had before CloudSync are not sent on their own", async () => {
    expect((await favouritesOf(livingRoom)).map((favourite) => favourite.title)).toEqual(["Old Film", "Old Shows"]);
    expect(livingRoom.logText()).not.toMatch(/publishing favourite "Old/);
    expect(await has(bedroom, "Old Film")).toBeUndefined();
  });

  test("a media favourite added in the living room appears in the bedroom and the kitchen, thumbnail included", async () => {
    const started = Date.now();
    await add(livingRoom, { title: "Night Train", type: "media", path: "/srv/films/Night Train.mkv", thumbnail: "/srv/thumbs/night.jpg" });
    latencies["media favourite A→B (ms)"] = await appears(bedroom, "Night Train", started);
    await appears(kitchen, "Night Train", started);
    expect(await has(bedroom, "Night Train")).toEqual({
      title: "Night Train",
      type: "media",
      path: "/srv/films/Night Train.mkv",
      thumbnail: "/srv/thumbs/night.jpg",
    });
  });

  test("window, script and android app favourites survive the round trip exactly", async () => {
    const started = Date.now();
    await add(livingRoom, { title: "New Films", type: "window", window: "videos", windowparameter: "videodb://movies/titles/" });
    await add(livingRoom, { title: "Add-on Page", type: "window", window: "videos", windowparameter: "plugin://plugin.video.example/?list=a&page=2" });
    await add(livingRoom, { title: "Cleaner", type: "script", path: "script.library.cleaner" });
    await add(livingRoom, { title: "Player App", type: "androidapp", path: "androidapp://sources/apps/com.example.player" });
    for (const title of ["New Films", "Add-on Page", "Cleaner", "Player App"]) {
      await appears(bedroom, title, started);
    }
    const onA = await favouritesOf(livingRoom);
    const onB = await favouritesOf(bedroom);
    for (const title of ["New Films", "Add-on Page", "Cleaner", "Player App"]) {
      expect(onB.find((favourite) => favourite.title === title)).toEqual(onA.find((favourite) => favourite.title === title));
    }
    expect(onB.find((favourite) => favourite.title === "Player App")?.path).toBe("com.example.player");
  });

  test("the same favourite added in two rooms at the same moment stays in both", async () => {
    const started = Date.now();
    const same = { title: "Both Rooms", type: "media", path: "/srv/films/Both Rooms.mkv" };
    await Promise.all([add(livingRoom, same), add(bedroom, same)]);
    // A fence each way: once these arrive, each device has handled the other's "Both Rooms".
    await add(livingRoom, { title: "Fence A", type: "media", path: "/srv/films/Fence A.mkv" });
    await add(bedroom, { title: "Fence B", type: "media", path: "/srv/films/Fence B.mkv" });
    await appears(bedroom, "Fence A", started);
    await appears(livingRoom, "Fence B", started);
    expect(await has(livingRoom, "Both Rooms")).toBeDefined();
    expect(await has(bedroom, "Both Rooms")).toBeDefined();
    await appears(kitchen, "Both Rooms", started);
  });

  test("with removals on, a favourite removed in the living room goes from the bedroom and stays gone; the add-only kitchen keeps it", async () => {
    const started = Date.now();
    // Kodi's AddFavourite of an existing favourite removes it: the way Kodi's own UI toggles.
    await add(livingRoom, { title: "Night Train", type: "media", path: "/srv/films/Night Train.mkv" });
    expect(await has(livingRoom, "Night Train")).toBeUndefined();
    await waitFor('"Night Train" to leave the bedroom', async () => (await has(bedroom, "Night Train")) === undefined, FAVOURITE_DEADLINE_MS, 100);
    latencies["favourite removed A→B (ms)"] = Date.now() - started;
    // Stays removed: after another change has gone round, nobody brought it back.
    await add(bedroom, { title: "Fence C", type: "media", path: "/srv/films/Fence C.mkv" });
    await appears(livingRoom, "Fence C", started);
    await appears(kitchen, "Fence C", started);
    expect(await has(bedroom, "Night Train")).toBeUndefined();
    expect(await has(livingRoom, "Night Train")).toBeUndefined();
    expect(await has(kitchen, "Night Train")).toBeDefined();
  });

  test('"Publish All My Favorites" in the living room fills the kitchen with what it lacked', async () => {
    expect(await has(kitchen, "Old Film")).toBeUndefined();
    const logBefore = livingRoom.logMark();
    const started = Date.now();
    // What the settings button does: RunScript of the add-on, which Kodi runs through its python.library extension.
    await livingRoom.rpc("Addons.ExecuteAddon", { addonid: ADDON_ID, params: ["publish_all_favourites"] });
    await appears(kitchen, "Old Film", started);
    await appears(kitchen, "Old Shows", started);
    latencies["Publish All: A → kitchen has everything (ms)"] = Date.now() - started;
    const line = await livingRoom.waitForLog(/\[service\.cloudsync\] Publish All My Favorites: \d+ favourite\(s\) sent/, FAVOURITE_DEADLINE_MS, logBefore);
    expect(line).toMatch(new RegExp(`: ${(await favouritesOf(livingRoom)).length} favourite\\(s\\) sent`));
    expect((await has(kitchen, "Old Film"))?.thumbnail).toBe("/srv/thumbs/old.jpg");
    // One service only: the button never started a second one.
    expect(livingRoom.logText().match(/CloudSync [\d.]+ starting/g)).toHaveLength(1);
  });

  test('"Publish All My Favorites" says so when the broker cannot be reached', async () => {
    const logBefore = livingRoom.logMark();
    await broker.stop();
    await livingRoom.waitForLog(/\[service\.cloudsync\] broker connection lost/, FAVOURITE_DEADLINE_MS, logBefore);
    await livingRoom.rpc("Addons.ExecuteAddon", { addonid: ADDON_ID, params: ["publish_all_favourites"] });
    await livingRoom.waitForLog(/\[service\.cloudsync\] Publish All My Favorites: the broker is not reachable; nothing sent/, FAVOURITE_DEADLINE_MS, logBefore);
  });

  test("no device logged an error or a Python traceback", () => {
    for (const kodi of [livingRoom, bedroom, kitchen]) {
      const lines = kodi.fullLogText().split("\n");
      const ours = lines.filter((line) => line.includes("[service.cloudsync]"));
      expect(kodiLogErrors(ours.join("\n"))).toEqual([]);
      expect(lines.filter((line) => /Traceback \(most recent call last\)|PythonToCppException/.test(line))).toEqual([]);
    }
  });
});
