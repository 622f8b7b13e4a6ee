/**
 * The service hears library changes through Kodi's JSON-RPC TCP stream, the moment Kodi makes
 * them, and falls back on its xbmc.Monitor callbacks when it cannot: three real Kodi devices on one
 * machine through one Mosquitto.
 * - living-room: its own server (the harness gives each Kodi a port of its own in advancedsettings.xml);
 * - bedroom: told the living room's port, so its Kodi cannot open a server and its add-on reaches the
 *   living room's Kodi, which it must not trust (a second Kodi, or a second profile, on one machine);
 * - kitchen: "Allow remote control from applications on this system" switched off (services.esenabled).
 * A change made on any of them reaches the other two; on the living room each change is read once
 * although Kodi told of it twice; nothing the bedroom heard from the living room's Kodi is handled.
 * Kodi 19.1 (Debian bullseye) opens no JSON-RPC TCP server in this harness (its log has no "JSONRPC
 * Server" line, though its Event Server starts): there every device hears through its callbacks,
 * and the test checks that instead (npm test runs it on 19, 20 and 21).
 */
import { join } from "node:path";
import { Household } from "../support/household";
import { KodiInstance, KodiMovie } from "../support/kodi";
import { makeMovieLibrary, TestMovie } from "../support/media";
import { waitFor } from "../support/process";

const MOVIES: TestMovie[] = [
  { title: "Stream One", year: 2001, imdb: "tt0970001" },
  { title: "Stream Two", year: 2002, imdb: "tt0970002" },
  { title: "Stream Three", year: 2003, imdb: "tt0970003" },
];
const SYNC_DEADLINE_MS = 10_000;

jest.setTimeout(60_000);

let household: Household;
let livingRoom: KodiInstance;
let bedroom: KodiInstance;
let kitchen: KodiInstance;

async function movieOn(kodi: KodiInstance, imdb: string): Promise<KodiMovie> {
  const movie = (await kodi.getMovies()).find((candidate) => candidate.uniqueid["imdb"] === imdb);
  if (movie === undefined) {
    throw new Error(`${kodi.name} has no movie with imdb id ${imdb}`);
  }
  return movie;
}

async function startDevice(
  name: string,
  deviceId: string,
  options: { jsonRpcTcpPort?: number; guiSettings?: Record<string, string> } = {},
): Promise<KodiInstance> {
  const media = join(household.workDir, `${name}-media`, "Movies");
  await makeMovieLibrary(media, MOVIES);
  return household.startDevice({
    name,
    deviceId,
    ...options,
    // Detailed log: which channel brought each library update.
    settings: { sync_watched: "true", log_level: "2" },
    fileSources: { Movies: media + "/" },
    beforeEnabling: (kodi) => kodi.addMovieSource(media),
  });
}

beforeAll(async () => {
  household = await Household.start("notification-stream");
  livingRoom = await startDevice("living-room", "living-room");
  bedroom = await startDevice("bedroom", "bedroom", { jsonRpcTcpPort: livingRoom.jsonRpcTcpPort });
  kitchen = await startDevice("kitchen", "kitchen", { guiSettings: { "services.esenabled": "false" } });
}, 300_000);

afterAll(async () => {
  await household?.stop();
}, 60_000);

/** Kodi 19.1 opens no JSON-RPC TCP server here (see the top of this file). */
const streamOpens = (): boolean => livingRoom.release !== 19;

test("each service says which way it hears Kodi: its own stream, or its callbacks and why", async () => {
  const livingRoomPort = `127\\.0\\.0\\.1:${livingRoom.jsonRpcTcpPort}`;
  if (streamOpens()) {
    await livingRoom.waitForLog(
      new RegExp(`\\[service\\.cloudsync\\] listening to Kodi's JSON-RPC notifications on ${livingRoomPort}: changes made in Kodi reach the service at once`),
      SYNC_DEADLINE_MS,
      livingRoom.runStartMark(),
    );
    await bedroom.waitForLog(
      new RegExp(`Kodi's JSON-RPC notifications unavailable \\(${livingRoomPort} is another Kodi's JSON-RPC server, not this one's\\)`),
      SYNC_DEADLINE_MS,
      bedroom.runStartMark(),
    );
  } else {
    for (const device of [livingRoom, bedroom]) {
      await device.waitForLog(
        new RegExp(`Kodi's JSON-RPC notifications unavailable \\(nothing answers on ${livingRoomPort} `),
        SYNC_DEADLINE_MS,
        device.runStartMark(),
      );
    }
  }
  await kitchen.waitForLog(
    new RegExp(`Kodi's JSON-RPC notifications unavailable \\(nothing answers on 127\\.0\\.0\\.1:${kitchen.jsonRpcTcpPort} `),
    SYNC_DEADLINE_MS,
    kitchen.runStartMark(),
  );
  expect(bedroom.logText()).not.toMatch(/listening to Kodi's JSON-RPC notifications/);
  expect(kitchen.logText()).not.toMatch(/listening to Kodi's JSON-RPC notifications/);
});

test.each([
  ["living-room", 0],
  ["bedroom", 1],
  ["kitchen", 2],
] as const)("a movie marked watched on the %s reaches the other two devices", async (name, index) => {
  const devices = [livingRoom, bedroom, kitchen];
  const from = devices.find((device) => device.name === name) ?? livingRoom;
  const movie = MOVIES[index] ?? MOVIES[0];
  const source = await movieOn(from, movie?.imdb ?? "");
  const mark = from.logMark();
  await from.setMoviePlaycount(source.movieid, 1);
  for (const to of devices.filter((device) => device !== from)) {
    await waitFor(
      `"${source.title}" watched on ${to.name}`,
      async () => (await movieOn(to, source.uniqueid["imdb"] ?? "")).playcount > 0,
      SYNC_DEADLINE_MS,
      50,
    );
  }
  await from.waitForLog(
    new RegExp(`\\[service\\.cloudsync\\] publishing "${source.title}" \\(movie imdb:${movie?.imdb}\\) as watched`),
    SYNC_DEADLINE_MS,
    mark,
  );
});

test("the living room read each of its changes once: the stream's copy first, the callbacks' copy recognised (callbacks only on Kodi 19)", async () => {
  const movie = await movieOn(livingRoom, MOVIES[0]?.imdb ?? "");
  const update = new RegExp(
    `\\(detail\\) Kodi VideoLibrary\\.OnUpdate \\{"item":\\{"id":${movie.movieid},"type":"movie"\\},"playcount":1\\} from its (JSON-RPC stream|callbacks)(: already handled)?`,
    "g",
  );
  // Its own change (playcount 1) and, later, the ones it applied from the others do not matter here: this movie's line pair.
  const expected = streamOpens() ? ["JSON-RPC stream", "callbacks: already handled"] : ["callbacks"];
  await waitFor("the copies of the living room's change", () => [...livingRoom.logText().matchAll(update)].length >= expected.length, SYNC_DEADLINE_MS, 100);
  const copies = [...livingRoom.logText().matchAll(update)].map((match) => `${match[1]}${match[2] ?? ""}`);
  expect(copies.slice(0, 2)).toEqual(expected);
  expect(livingRoom.logText().match(new RegExp(`publishing "${movie.title}"`, "g"))).toHaveLength(1);
});

test("nothing the bedroom's add-on heard from the living room's Kodi was handled", () => {
  expect(bedroom.logText()).not.toMatch(/from its JSON-RPC stream/);
  expect(kitchen.logText()).not.toMatch(/from its JSON-RPC stream/);
  // Their changes came through their callbacks.
  expect(bedroom.logText()).toMatch(/\(detail\) Kodi VideoLibrary\.OnUpdate .* from its callbacks/);
  expect(kitchen.logText()).toMatch(/\(detail\) Kodi VideoLibrary\.OnUpdate .* from its callbacks/);
});
