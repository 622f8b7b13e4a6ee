/**
 * A watched change received from the group is written so that Kodi announces it, as a change made
 * on that Kodi would be: VideoLibrary.OnUpdate with the new playcount on its JSON-RPC stream, which
 * skins, other add-ons and remote apps (and the latency bench) hear. Two real Kodi 20 devices whose
 * media are inside a source, so the light write (Files.SetFileDetails, which announces nothing)
 * would be taken otherwise; the catch-up burst keeps it (catch-up-progress.test.ts). The receiving
 * service hears its own write announced too, and must not publish it back.
 */
import { join } from "node:path";
import { Household } from "../support/household";
import { KodiInstance } from "../support/kodi";
import { makeMovieLibrary, TestMovie } from "../support/media";
import { NotificationStream } from "../support/notification-stream";
import { waitFor } from "../support/process";

const MOVIES: TestMovie[] = [
  { title: "Announced One", year: 2011, imdb: "tt0960001" },
  { title: "Announced Two", year: 2012, imdb: "tt0960002" },
];
const SYNC_DEADLINE_MS = 10_000;

jest.setTimeout(60_000);

let household: Household;
let deviceA: KodiInstance;
let deviceB: KodiInstance;
let streamOnB: NotificationStream;

async function startDevice(name: string, deviceId: string): Promise<KodiInstance> {
  const media = join(household.workDir, `${name}-media`, "Movies");
  await makeMovieLibrary(media, MOVIES);
  return household.startDevice({
    name,
    deviceId,
    settings: { sync_watched: "true" },
    fileSources: { Movies: media + "/" },
    beforeEnabling: (kodi) => kodi.addMovieSource(media),
  });
}

/** A's change of `imdb` to `playcount`, and B's announcement of it (after `mark` on B's stream). */
async function changeOnAHeardOnB(imdb: string, playcount: number): Promise<Record<string, unknown>> {
  const onA = await deviceA.movieWithImdb(imdb);
  const onB = await deviceB.movieWithImdb(imdb);
  const mark = streamOnB.notifications.length;
  await deviceA.setMoviePlaycount(onA.movieid, playcount);
  const update = await waitFor(
    `B to announce "${onB.title}" with playcount ${playcount}`,
    () => streamOnB.libraryUpdate("movie", onB.movieid, mark),
    SYNC_DEADLINE_MS,
    10,
  );
  // Announced once written: one read right after shows it.
  expect((await deviceB.movieWithImdb(imdb)).playcount > 0).toBe(playcount > 0);
  return update.data;
}

beforeAll(async () => {
  household = await Household.start("announced-live-changes");
  deviceA = await startDevice("living-room", "living-room");
  deviceB = await startDevice("bedroom", "bedroom");
  streamOnB = await NotificationStream.open(deviceB.jsonRpcTcpPort);
}, 300_000);

afterAll(async () => {
  streamOnB?.close();
  await household?.stop();
}, 60_000);

test("a movie marked watched on A is announced on B with its playcount", async () => {
  const data = await changeOnAHeardOnB(MOVIES[0]?.imdb ?? "", 1);
  expect(data["playcount"]).toBe(1);
});

test("marked unwatched on A, it is announced on B with playcount 0", async () => {
  const data = await changeOnAHeardOnB(MOVIES[0]?.imdb ?? "", 0);
  expect(data["playcount"]).toBe(0);
});

test("B did not publish the changes it received back to the group (no ping-pong through the announcements)", async () => {
  // A later change through B shows B handled everything before it (one service thread, in order).
  const mark = deviceB.logMark();
  await changeOnAHeardOnB(MOVIES[1]?.imdb ?? "", 1);
  await deviceB.waitForLog(/\[service\.cloudsync\] marked "Announced Two" watched \(from device living-room\)/, SYNC_DEADLINE_MS, mark);
  expect(deviceB.logText()).toMatch(/marked "Announced One" watched \(from device living-room\)/);
  expect(deviceB.logText()).not.toMatch(/publishing "Announced One"/);
});
