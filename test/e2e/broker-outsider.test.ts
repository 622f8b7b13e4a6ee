/**
 * An outsider on the broker of a group without a passphrase (issue 14), against the built zip in a
 * real Kodi 20 and a real Mosquitto: another client of the broker publishes well-formed messages
 * that used to change things, and a CA file that cannot be used no longer stops the service.
 * - a real favourite replayed onto another favourite's topic: refused (it used to toggle that one away);
 * - a time stamp of 2^53 − 1: refused, and the movie still syncs both ways afterwards; a real
 *   watched state moved onto another movie's topic: refused;
 * - favourites that start a script, an app or a plugin: not added (the opt-in is off by default);
 *   a thumbnail at an address of the sender's choosing: dropped, the favourite added without it;
 * - a CA file that does not exist or is not on this device: said in kodi.log, on the web page and in
 *   Test connection; the service keeps running and connects again when the settings change.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { addonSettingsFile, writeAddonSetting } from "../support/addon-settings";
import { windowActive } from "../support/kodi-dialogs";
import { KodiInstance, KodiMovie } from "../support/kodi";
import { makeMovieLibrary, TestMovie } from "../support/media";
import { Mosquitto, startMosquitto } from "../support/mosquitto";
import { GroupWatcher } from "../support/mqtt-watcher";
import { freePort } from "../support/ports";
import { waitFor } from "../support/process";
import { startXvfb, Xvfb } from "../support/xvfb";

jest.setTimeout(120_000);

const ADDON_ID = "service.cloudsync";
const repoRoot = resolve(__dirname, "../..");
const version = (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string }).version;
const addonZip = join(repoRoot, "dist", `${ADDON_ID}-${version}.zip`);
const DEADLINE_MS = 20_000;
const PIN = "4242424242"; // 10 digits: a shorter PIN is replaced at start (issue 15)

const MOVIES: TestMovie[] = [
  { title: "Frozen Lake", year: 2001, imdb: "tt0880001" },
  { title: "Fence Post", year: 2002, imdb: "tt0880002" },
];

interface KodiFavourite {
  title: string;
  type: string;
  path?: string;
  thumbnail?: string;
}

const group = `outsider-${process.pid}`;
const root = `cloudsync/v1/${group}`;
let xvfb: Xvfb | undefined;
let broker: Mosquitto;
let outsider: GroupWatcher;
let kodi: KodiInstance;
let webPort: number;

function level(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("/", "%2F").replaceAll("+", "%2B").replaceAll("#", "%23");
}

function favouriteState(favourite: Record<string, string>, time = Date.now() - 1000): string {
  return JSON.stringify({ v: 1, device: "device-b", time, present: true, path: "", window: "", windowparameter: "", thumbnail: "", ...favourite });
}

async function favourites(): Promise<KodiFavourite[]> {
  const result = await kodi.rpc<{ favourites: KodiFavourite[] | null }>("Favourites.GetFavourites", {
    properties: ["path", "window", "windowparameter", "thumbnail"],
  });
  return result.favourites ?? [];
}

async function titles(): Promise<string[]> {
  return (await favourites()).map((favourite) => favourite.title);
}

async function movie(imdb: string): Promise<KodiMovie> {
  const found = (await kodi.getMovies()).find((candidate) => candidate.uniqueid["imdb"] === imdb);
  if (found === undefined) {
    throw new Error(`no movie ${imdb}`);
  }
  return found;
}

async function webStatus(): Promise<string> {
  const login = await fetch(`http://127.0.0.1:${webPort}/login`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: `pin=${PIN}`,
    redirect: "manual",
  });
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const status = await fetch(`http://127.0.0.1:${webPort}/api/status`, { headers: { Cookie: cookie } });
  expect(status.status).toBe(200);
  return status.text();
}

beforeAll(async () => {
  const workDir = mkdtempSync(join(tmpdir(), "cloudsync-outsider-"));
  readFileSync(addonZip);
  xvfb = await startXvfb();
  broker = await startMosquitto();
  outsider = await GroupWatcher.start(broker.port, `${root}/#`);
  webPort = await freePort();
  const userdata = join(workDir, "living-room", "home", ".kodi", "userdata");
  mkdirSync(userdata, { recursive: true });
  writeFileSync(
    join(userdata, "favourites.xml"),
    '<favourites>\n    <favourite name="Bedside">PlayMedia(&quot;/srv/films/Bedside.mkv&quot;)</favourite>\n</favourites>\n',
  );
  kodi = await KodiInstance.start({
    name: "living-room",
    display: xvfb.display,
    workDir: join(workDir, "living-room"),
    addonZips: [addonZip],
    addonSettings: {
      [ADDON_ID]: {
        enabled: "true",
        mqtt_broker_host: "127.0.0.1",
        mqtt_broker_port: String(broker.port),
        mqtt_use_ssl: "false",
        mqtt_device_id: "device-a",
        device_name: "Living room",
        sync_group: group,
        web_pin: PIN,
        web_config_port: String(webPort),
      },
    },
  });
  const media = join(workDir, "media", "Movies");
  await makeMovieLibrary(media, MOVIES);
  await kodi.addMovieSource(media);
  await kodi.enableAddon(ADDON_ID);
  await kodi.waitForLog(/\[service\.cloudsync\] caught up with the group/, 30_000, kodi.runStartMark());
}, 300_000);

afterAll(async () => {
  await kodi?.stop();
  await outsider?.stop();
  await broker?.stop();
  await xvfb?.stop();
}, 120_000);

describe("an outsider on the broker of a group without a passphrase", () => {
  test("a real favourite message replayed onto another favourite's topic does not remove the favourite it names", async () => {
    expect(await titles()).toEqual(["Bedside"]);
    // Bedside's message as another device of the group sends it, moved onto a favourite this device
    // lacks: that used to "add" Bedside again, and Kodi's toggling AddFavourite removed it.
    const bedside = favouriteState({ title: "Bedside", type: "media", path: "/srv/films/Bedside.mkv" });
    await outsider.publish(`${root}/favourite/${level("media:/srv/films/Elsewhere.mkv")}`, bedside, { retain: true });
    // A fence: once this one is added, the moved one has been handled too.
    const nightTrain = favouriteState({ title: "Night Train", type: "media", path: "/srv/films/Night Train.mkv" });
    await outsider.publish(`${root}/favourite/${level("media:/srv/films/Night Train.mkv")}`, nightTrain, { retain: true });
    await waitFor('"Night Train" to be added', async () => (await titles()).includes("Night Train"), DEADLINE_MS, 200);
    expect(await titles()).toEqual(["Bedside", "Night Train"]);
    expect(kodi.logText()).toContain("the favourite in it is not the one its topic names");
  });

  test("a watched state stamped 2^53 − 1 is refused, and the movie still syncs both ways afterwards", async () => {
    const frozen = await movie("tt0880001");
    await outsider.publish(
      `${root}/movie/imdb:tt0880001/watched`,
      JSON.stringify({ v: 1, device: "mallory", time: Number.MAX_SAFE_INTEGER, playcount: 7, lastplayed: "" }),
      { retain: true },
    );
    await outsider.publish(
      `${root}/movie/imdb:tt0880002/watched`,
      JSON.stringify({ v: 1, device: "device-b", time: Date.now(), playcount: 1, lastplayed: "" }),
      { retain: true },
    );
    await waitFor('"Fence Post" to be marked watched', async () => (await movie("tt0880002")).playcount === 1, DEADLINE_MS, 200);
    expect((await movie("tt0880001")).playcount).toBe(0);
    expect(kodi.logText()).toMatch(/dropped a message on .*tt0880001\/watched: its time is \d+ hour\(s\) ahead/);
    // From the group: a state of now is applied.
    await outsider.publish(
      `${root}/movie/imdb:tt0880001/watched`,
      JSON.stringify({ v: 1, device: "device-b", time: Date.now(), playcount: 2, lastplayed: "" }),
      { retain: true },
    );
    await waitFor('"Frozen Lake" to be marked watched from the group', async () => (await movie("tt0880001")).playcount === 2, DEADLINE_MS, 200);
    // From here: the user's change goes out stamped with this device's clock, not "2^53 − 1 + 1".
    const before = Date.now();
    await kodi.setMoviePlaycount(frozen.movieid, 0);
    const sent = await waitFor(
      "this device's change on the broker",
      () =>
        outsider.matching(
          (message) => message.topic === `${root}/movie/imdb:tt0880001/watched` && message.payload.toString().includes('"device":"device-a"'),
          before,
        )[0],
      DEADLINE_MS,
      100,
    );
    const state = JSON.parse(sent.payload.toString()) as { time: number; playcount: number };
    expect(state.playcount).toBe(0);
    expect(state.time).toBeGreaterThanOrEqual(before - 1000);
    expect(state.time).toBeLessThanOrEqual(Date.now());
    // That real message ("unwatched", newer than anything known) moved onto Fence Post's topic: refused.
    await outsider.publish(`${root}/movie/imdb:tt0880002/watched`, sent.payload, { retain: true });
    await outsider.publish(
      `${root}/movie/imdb:tt0880001/watched`,
      JSON.stringify({ v: 1, device: "device-b", time: Date.now(), playcount: 3, lastplayed: "" }),
      { retain: true },
    );
    await waitFor('"Frozen Lake" watched again (the fence)', async () => (await movie("tt0880001")).playcount === 3, DEADLINE_MS, 200);
    expect((await movie("tt0880002")).playcount).toBe(1);
    expect(kodi.logText()).toContain("the item in it is not the one its topic names");
  });

  test("favourites that start a script, an app or a plugin are not added; a thumbnail from elsewhere is dropped", async () => {
    const launching: Record<string, string>[] = [
      { title: "Cleaner", type: "script", path: "script.library.cleaner" },
      { title: "Player App", type: "androidapp", path: "com.example.player" },
      { title: "Add-on Page", type: "window", window: "videos", windowparameter: "plugin://plugin.video.example/?list=a" },
      { title: "Plugin Stream", type: "media", path: "plugin://plugin.video.example/?play=1" },
    ];
    const identities = [
      "script:script.library.cleaner",
      "androidapp:com.example.player",
      "window:videos:plugin://plugin.video.example/?list=a",
      "media:plugin://plugin.video.example/?play=1",
    ];
    for (const [index, favourite] of launching.entries()) {
      await outsider.publish(`${root}/favourite/${level(identities[index] ?? "")}`, favouriteState(favourite), { retain: true });
    }
    await outsider.publish(
      `${root}/favourite/${level("media:/srv/films/Harbour.mkv")}`,
      favouriteState({ title: "Harbour", type: "media", path: "/srv/films/Harbour.mkv", thumbnail: "http://203.0.113.9/pixel.gif" }),
      { retain: true },
    );
    await waitFor('"Harbour" to be added', async () => (await titles()).includes("Harbour"), DEADLINE_MS, 200);
    expect(await titles()).toEqual(["Bedside", "Night Train", "Harbour"]);
    expect((await favourites()).find((favourite) => favourite.title === "Harbour")?.thumbnail ?? "").toBe("");
    expect(kodi.logText().match(/starts an add-on or app: not added/g)).toHaveLength(4);
  });

  test("a CA file that does not exist is said in the log, on the web page and in Test connection; the service carries on and reconnects when the settings change", async () => {
    const settings = addonSettingsFile(kodi.profile, ADDON_ID);
    const logBefore = kodi.logText().length;
    writeAddonSetting(settings, "mqtt_ca_file", "/nonexistent/cloudsync/ca.pem");
    writeAddonSetting(settings, "mqtt_use_ssl", "true");
    await waitFor(
      "the log line",
      () => /broker connection lost or refused: CA file not found: \/nonexistent\/cloudsync\/ca\.pem/.test(kodi.logText().slice(logBefore)),
      DEADLINE_MS,
      200,
    );
    expect(await webStatus()).toContain("CA file not found: /nonexistent/cloudsync/ca.pem");
    const testFrom = kodi.logText().length;
    await kodi.rpc("Addons.ExecuteAddon", { addonid: ADDON_ID, params: ["test_connection"] });
    await waitFor(
      "Test connection's answer",
      () =>
        /Test connection: could not connect to 127\.0\.0\.1:\d+ \(TLS\): CA file not found: \/nonexistent\/cloudsync\/ca\.pem/.test(
          kodi.logText().slice(testFrom),
        ),
      25_000,
      200,
    );
    await waitFor("the result dialog", () => windowActive(kodi, "okdialog"), 10_000);
    await kodi.rpc("Input.Select");
    // A file Python cannot open at all.
    writeAddonSetting(settings, "mqtt_ca_file", "smb://nas/certs/ca.pem");
    await waitFor(
      "the smb:// line",
      () => kodi.logText().slice(logBefore).includes("CA file must be a file on this device, not smb://nas/certs/ca.pem"),
      DEADLINE_MS,
      200,
    );
    // Put right: the same running service connects again.
    const fixedFrom = kodi.logText().length;
    writeAddonSetting(settings, "mqtt_use_ssl", "false");
    await waitFor("the service to connect again", () => /\[service\.cloudsync\] connected to the broker/.test(kodi.logText().slice(fixedFrom)), 30_000, 200);
    expect(kodi.logText().match(/CloudSync [\d.]+ starting/g)).toHaveLength(1);
    expect(kodi.logText()).not.toMatch(/Traceback|unexpected error/);
  });
});
