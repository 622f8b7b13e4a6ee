/**
 * A device coming back to a household's retained states (issue 16): a real Kodi 20 with a library of
 * 6,000 items (1,000 movies, 50 shows of 100 episodes, each with its file inside a source, as a
 * scanned library has) and the built add-on catches up with 6,000 retained watched states on a real
 * Mosquitto. The burst lasts more than a few seconds, so Kodi shows the add-on's background progress
 * dialog while the states are applied and closes it when they all are; every state is applied,
 * through the light write, which Kodi does not announce (no VideoLibrary.OnUpdate per item).
 * (1,200 states were applied in under the dialog's 3 s once the machine was quiet, through the
 * light write: the burst must be long on a fast machine too.)
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { windowActive } from "../support/kodi-dialogs";
import { KodiInstance } from "../support/kodi";
import { NotificationStream } from "../support/notification-stream";
import { ANNOUNCED_MESSAGES_PER_ROUND } from "../../src/core/write-announcement";
import { largeLibraryMediaFolder, largeLibraryMovieImdb, largeLibraryShowTvdb, prepareLargeLibrary } from "../support/large-video-library";
import { Mosquitto, startMosquitto } from "../support/mosquitto";
import { GroupWatcher } from "../support/mqtt-watcher";
import { waitFor } from "../support/process";
import { startXvfb, Xvfb } from "../support/xvfb";

const ADDON_ID = "service.cloudsync";
const repoRoot = resolve(__dirname, "../..");
const version = (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string }).version;
const addonZip = join(repoRoot, "dist", `${ADDON_ID}-${version}.zip`);

const MOVIES = 1_000;
const SHOWS = 50;
const EPISODES_PER_SHOW = 100;
const group = `catch-up-${process.pid}`;

let xvfb: Xvfb | undefined;
let broker: Mosquitto | undefined;
let watcher: GroupWatcher | undefined;
let kodi: KodiInstance | undefined;

beforeAll(async () => {
  xvfb = await startXvfb();
  broker = await startMosquitto();
}, 60_000);

afterAll(async () => {
  await kodi?.stop();
  await watcher?.stop();
  await broker?.stop();
  await xvfb?.stop();
}, 60_000);

async function watchedCount(device: KodiInstance, method: string): Promise<number> {
  const result = await device.rpc<{ limits?: { total: number } }>(method, {
    filter: { field: "playcount", operator: "greaterthan", value: "0" },
    limits: { start: 0, end: 1 },
  });
  return result.limits?.total ?? 0;
}

test("a burst of 6,000 retained states is applied with a progress dialog that shows while it lasts and closes at the end", async () => {
  const mqttBroker = broker as Mosquitto;
  const display = (xvfb as Xvfb).display;
  watcher = await GroupWatcher.start(mqttBroker.port, `cloudsync/v1/${group}/device/#`);
  const payload = JSON.stringify({ v: 1, device: "household-tv", time: Date.now() - 3_600_000, playcount: 1, lastplayed: "2026-11-20 20:00:00" });
  const topics: string[] = [];
  for (let movie = 0; movie < MOVIES; movie++) {
    topics.push(`cloudsync/v1/${group}/movie/imdb:${largeLibraryMovieImdb(movie)}/watched`);
  }
  for (let show = 0; show < SHOWS; show++) {
    for (let episode = 1; episode <= EPISODES_PER_SHOW; episode++) {
      topics.push(`cloudsync/v1/${group}/episode/tvdb:${largeLibraryShowTvdb(show)}%2Fs1e${episode}/watched`);
    }
  }
  const publisher = watcher;
  for (let start = 0; start < topics.length; start += 200) {
    await Promise.all(topics.slice(start, start + 200).map((topic) => publisher.publish(topic, payload, { retain: true })));
  }

  const workDir = mkdtempSync(join(tmpdir(), "cloudsync-catch-up-"));
  const settings = {
    enabled: "true",
    mqtt_broker_host: "127.0.0.1",
    mqtt_broker_port: String(mqttBroker.port),
    mqtt_use_ssl: "false",
    mqtt_device_id: "returning-device",
    device_name: "Returning device",
    sync_group: group,
  };
  const first = await KodiInstance.start({ name: "returning", display, workDir, addonZips: [addonZip], addonSettings: { [ADDON_ID]: settings } });
  await first.stop();
  const home = join(workDir, "home");
  prepareLargeLibrary({ kodiHome: home, movies: MOVIES, shows: SHOWS, episodesPerShow: EPISODES_PER_SHOW, files: true });
  kodi = await KodiInstance.start({ name: "returning", display, workDir, fileSources: { "Large library": largeLibraryMediaFolder(home) + "/" } });
  const device = kodi;
  expect(await watchedCount(device, "VideoLibrary.GetEpisodes")).toBe(0);
  // What a skin or remote app hears during the burst: a live change is announced, a burst is not.
  const stream = await NotificationStream.open(device.jsonRpcTcpPort);

  await device.enableAddon(ADDON_ID);
  const total = MOVIES + SHOWS * EPISODES_PER_SHOW;
  const applied = async (): Promise<number> =>
    (await watchedCount(device, "VideoLibrary.GetMovies")) + (await watchedCount(device, "VideoLibrary.GetEpisodes"));
  let shown = false;
  let appliedWhenShown = -1;
  await waitFor(
    "the catch-up's progress dialog, or every state applied without it",
    async () => {
      shown = await windowActive(device, "extendedprogressdialog");
      appliedWhenShown = await applied();
      return shown || appliedWhenShown === total;
    },
    900_000,
    100,
  );
  expect(shown).toBe(true);
  // Shown while the burst was still going on, not after it.
  expect(appliedWhenShown).toBeLessThan(total);

  await waitFor(
    "every retained state applied",
    async () =>
      (await watchedCount(device, "VideoLibrary.GetMovies")) === MOVIES &&
      (await watchedCount(device, "VideoLibrary.GetEpisodes")) === SHOWS * EPISODES_PER_SHOW,
    900_000,
    1_000,
  );
  await waitFor("the progress dialog to close", async () => !(await windowActive(device, "extendedprogressdialog")), 30_000, 250);
  // Applied through the light write: Kodi took Files.SetFileDetails and never stopped taking it.
  expect(device.logText()).toMatch(/writing watched states and resume points through Files\.SetFileDetails/);
  expect(device.logText()).not.toMatch(/refused Files\.SetFileDetails/);
  // At most the first and last rounds of the burst (few messages, none waiting) look like live changes.
  const announced = stream.notifications.filter((notification) => notification.method === "VideoLibrary.OnUpdate").length;
  stream.close();
  expect(announced).toBeLessThanOrEqual(2 * ANNOUNCED_MESSAGES_PER_ROUND);
}, 1_500_000);
