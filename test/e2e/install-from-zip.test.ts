/**
 * "Install from zip file" in real Kodi 20, driven as with the remote: Settings → Add-ons → Install
 * from zip file → the source holding the zip → the zip. Kodi's own installer unpacks and enables
 * it (no "enable this add-on?" question as for a hand-unpacked folder), and CloudSync runs and
 * syncs with the rest of the household.
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { DEVICE_START_DEADLINE_MS, Household } from "../support/household";
import { KodiInstance, KodiMovie } from "../support/kodi";
import { answerAddonQuestions, installFromZipFile } from "../support/kodi-dialogs";
import { makeMovieLibrary, TestMovie } from "../support/media";
import { GroupWatcher } from "../support/mqtt-watcher";
import { ADDON_ID, builtZip, packageVersion as version, REPOSITORY_ID } from "../support/paths";
import { waitFor } from "../support/process";

jest.setTimeout(120_000);

/** Kodi's installer unpacks a local zip in about a second. */
const INSTALL_DEADLINE_MS = 15_000;
/** The product promise: a change shows up on the other devices within 10 s. */
const SYNC_DEADLINE_MS = 10_000;
const MOVIES: TestMovie[] = [
  { title: "The Night Train", year: 1999, imdb: "tt0990001" },
  { title: "Harbour Lights", year: 2004, imdb: "tt0990002" },
];

let household: Household;
let watcher: GroupWatcher;
let kodi: KodiInstance;

async function movieOn(title: string): Promise<KodiMovie> {
  const movie = (await kodi.getMovies()).find((candidate) => candidate.title === title);
  if (movie === undefined) {
    throw new Error(`no movie "${title}"`);
  }
  return movie;
}

beforeAll(async () => {
  household = await Household.start("zip-install");
  // A "USB stick" holding the two zips, added as a source as users do in the file manager.
  const stick = join(household.workDir, "usb-stick");
  mkdirSync(stick);
  for (const id of [ADDON_ID, REPOSITORY_ID]) {
    copyFileSync(builtZip(id), join(stick, `${id}-${version}.zip`));
  }
  watcher = await household.watchGroup();
  kodi = await household.startKodi({
    name: "bedroom",
    // Settings → System → Add-ons → Unknown sources: on, as the README's first step says.
    guiSettings: { "addons.unknownsources": "true" },
    fileSources: { "USB stick": `${stick}/` },
    addonSettings: { [ADDON_ID]: household.settingsFor("device-zip", "bedroom") },
  });
  // Kodi's own add-ons it asks about at start (a visualisation) are left off.
  await answerAddonQuestions(kodi, []);
  const media = join(household.workDir, "bedroom-media", "Movies");
  await makeMovieLibrary(media, MOVIES);
  await kodi.addMovieSource(media);
}, 180_000);

afterAll(async () => {
  await household?.stop();
}, 60_000);

describe("Install from zip file, in real Kodi", () => {
  test("the service zip installs, enabled, and CloudSync runs and syncs both ways", async () => {
    const logBefore = kodi.logMark();
    await installFromZipFile(kodi, "USB stick", `${ADDON_ID}-${version}.zip`);
    const installed = await waitFor("CloudSync to be installed", () => kodi.installedAddon(ADDON_ID), INSTALL_DEADLINE_MS, 200);
    expect(installed.version).toBe(version);
    expect(installed.enabled).toBe(true);
    await kodi.waitForLog(new RegExp(`\\[service\\.cloudsync\\] CloudSync ${version.replaceAll(".", "\\.")} starting`), DEVICE_START_DEADLINE_MS, logBefore);
    await kodi.waitForLog(/\[service\.cloudsync\] caught up with the group/, DEVICE_START_DEADLINE_MS, logBefore);
    await kodi.waitForLog(/\[service\.cloudsync\] library indexed: /, DEVICE_START_DEADLINE_MS, logBefore);

    // In: another device of the group marks a film watched.
    const received = Date.now();
    const state = { v: 1, playcount: 1, lastplayed: "2026-11-30 20:00:00", time: Date.now(), device: "device-living-room" };
    await watcher.publish(`cloudsync/v1/${household.group}/movie/imdb:tt0990001/watched`, JSON.stringify(state), { retain: true });
    await waitFor('"The Night Train" watched in the bedroom', async () => (await movieOn("The Night Train")).playcount > 0, SYNC_DEADLINE_MS);
    // Out: a film marked watched in this Kodi reaches the group.
    const marked = Date.now();
    await kodi.setMoviePlaycount((await movieOn("Harbour Lights")).movieid, 1);
    const sent = await waitFor(
      '"Harbour Lights" published by this device',
      () => watcher.matching((message) => message.topic === `cloudsync/v1/${household.group}/movie/imdb:tt0990002/watched`, marked)[0],
      SYNC_DEADLINE_MS,
    );
    expect(JSON.parse(sent.payload.toString())).toMatchObject({ device: "device-zip", playcount: 1 });
    // It did not send the change it received back.
    expect(
      watcher.matching((message) => message.topic.endsWith("/movie/imdb:tt0990001/watched") && message.payload.toString().includes('"device-zip"'), received),
    ).toEqual([]);
  });

  test("the repository zip installs the same way", async () => {
    await installFromZipFile(kodi, "USB stick", `${REPOSITORY_ID}-${version}.zip`);
    const installed = await waitFor("the repository add-on to be installed", () => kodi.installedAddon(REPOSITORY_ID), INSTALL_DEADLINE_MS, 200);
    expect(installed.version).toBe(version);
    expect(installed.enabled).toBe(true);
  });

  test("no error of ours in kodi.log", () => {
    const ours = kodi
      .fullLogText()
      .split("\n")
      .filter((line) => line.includes("[service.cloudsync]"));
    expect(ours.filter((line) => /\berror <|Traceback|PythonToCppException/.test(line))).toEqual([]);
  });
});
