/**
 * "Forget this group's data on the broker" (issue 17, item 4) in real Kodi 20 with a real
 * Mosquitto: a group's history on the broker (films, an episode, a song, a favourite, device
 * statuses) is removed by the button in Kodi's own settings dialog, pressed with the remote and
 * confirmed, and then by the set-up web page in real Chromium. Checked with a raw MQTT client
 * subscribed to `#`: nothing of the group is left but the online devices' fresh statuses; another
 * group's messages stay; the other online device's library and favourites are unchanged; the count
 * reported is what was there; and a device that joins afterwards gets nothing of the old history.
 */
import { join } from "node:path";
import { Browser, Page } from "playwright-core";
import { protectedRoot, protectedTopic } from "../../src/core/group-cipher";
import { encodeWatchedMessage } from "../../src/core/item-messages";
import { deviceStatusTopic } from "../../src/core/topics";
import { NodeGroupCipher } from "../unit/support/node-group-cipher";
import { KeptAddonSetting, addonSettingsFile, readAddonSetting } from "../support/addon-settings";
import { launchChromium } from "../support/chromium";
import { Household } from "../support/household";
import { KodiInstance } from "../support/kodi";
import { answerAddonQuestions, answerYes, focusControl, focusedControl, openAddonSettings, windowActive } from "../support/kodi-dialogs";
import { makeMovieLibrary, makeShowLibrary, TestMovie, TestShow } from "../support/media";
import { GroupWatcher, WatchedMessage } from "../support/mqtt-watcher";
import { ADDON_ID } from "../support/paths";
import { freePort } from "../support/ports";
import { waitFor } from "../support/process";
import { localizedText, stringsPoFile } from "../support/strings-po";

jest.setTimeout(240_000);

const MOVIES: TestMovie[] = [
  { title: "Night Train", year: 1999, imdb: "tt0994401" },
  { title: "Harbour Lights", year: 2004, imdb: "tt0994402" },
];
const SHOWS: TestShow[] = [{ title: "Quiet Street", year: 2010, tvdb: "994403", episodes: [{ season: 1, episode: 1, title: "Pilot" }] }];
const RADIO = { title: "Radio Dawn", type: "media", path: "/srv/radio/dawn.m3u" };
/** States travel in well under a second; favourites are read every 2 s. */
const SYNC_DEADLINE_MS = 15_000;
/** The forget of a few dozen messages on loopback takes well under a second; the button's path (dialog, script, NotifyAll) a few more. */
const FORGET_DEADLINE_MS = 30_000;

let household: Household;
let livingRoom: KodiInstance;
let bedroom: KodiInstance;
let otherGroup: string;
let browser: Browser | undefined;
/** The bedroom's set-up page, logged in (the web test opens it; the passphrase test uses it again). */
let page: Page;
const figures: Record<string, number> = {};

function groupRoot(group = household.group): string {
  return `cloudsync/v1/${group}/`;
}

/** Every retained message on the broker now, as a raw client subscribing to `#` gets them. */
async function retainedOnBroker(): Promise<WatchedMessage[]> {
  const client = await GroupWatcher.start(household.broker.port, "#");
  try {
    const marker = `test-marker/${process.pid}/${Date.now()}`;
    await client.publish(marker, "done");
    await waitFor("the marker", () => client.messages.some((message) => message.topic === marker), 10_000, 20);
    return client.messages.filter((message) => message.retain && message.payload.length > 0);
  } finally {
    await client.stop();
  }
}

async function startDevice(name: string, deviceId: string, settings: Record<string, string> = {}): Promise<KodiInstance> {
  const movies = join(household.workDir, `${name}-media`, "Movies");
  const shows = join(household.workDir, `${name}-media`, "Shows");
  await makeMovieLibrary(movies, MOVIES);
  await makeShowLibrary(shows, SHOWS);
  return household.startDevice({
    name,
    deviceId,
    settings,
    beforeEnabling: async (kodi) => {
      await kodi.addMovieSource(movies);
      await kodi.addShowSource(shows, 1);
    },
  });
}

async function playcount(kodi: KodiInstance, imdb: string): Promise<number> {
  return (await kodi.getMovies()).find((movie) => movie.uniqueid["imdb"] === imdb)?.playcount ?? -1;
}

async function episodePlaycount(kodi: KodiInstance): Promise<number> {
  return (await kodi.getEpisodes())[0]?.playcount ?? -1;
}

async function favouriteTitles(kodi: KodiInstance): Promise<string[]> {
  const result = await kodi.rpc<{ favourites: { title: string }[] | null }>("Favourites.GetFavourites", { properties: ["path"] });
  return (result.favourites ?? []).map((favourite) => favourite.title);
}

/** What the devices' libraries look like (the forget must not change it). */
async function libraryOf(kodi: KodiInstance): Promise<unknown> {
  return {
    nightTrain: await playcount(kodi, "tt0994401"),
    harbour: await playcount(kodi, "tt0994402"),
    episode: await episodePlaycount(kodi),
    favourites: await favouriteTitles(kodi),
  };
}

/** The group's history made by the devices (and a song state from a device with music), on the broker. */
async function makeHistory(imdb: string): Promise<void> {
  const film = (await livingRoom.getMovies()).find((movie) => movie.uniqueid["imdb"] === imdb);
  await livingRoom.setMoviePlaycount(film!.movieid, 1);
  await waitFor(`the film watched in the bedroom`, async () => (await playcount(bedroom, imdb)) === 1, SYNC_DEADLINE_MS, 250);
}

/** Whether the living room's and the bedroom's statuses are retained on the broker. */
async function bothStatusesBack(): Promise<boolean> {
  const topics = (await retainedOnBroker()).map((message) => message.topic);
  return topics.includes(`${groupRoot()}device/device-a/status`) && topics.includes(`${groupRoot()}device/device-b/status`);
}

function expectOnlyFreshStatuses(retained: WatchedMessage[], since: number): void {
  const ofGroup = retained.filter((message) => message.topic.startsWith(groupRoot()));
  // The online devices publish their status again as soon as it is emptied: they are still in the group.
  expect(ofGroup.map((message) => message.topic.slice(groupRoot().length)).sort()).toEqual(["device/device-a/status", "device/device-b/status"]);
  for (const message of ofGroup) {
    expect((JSON.parse(message.payload.toString()) as { time: number; online: boolean }).time).toBeGreaterThanOrEqual(since - 1_000);
  }
}

beforeAll(async () => {
  household = await Household.start("forget");
  otherGroup = `${household.group}-neighbours`;
  livingRoom = await startDevice("living-room", "device-a");
  bedroom = await startDevice("bedroom", "device-b", { enable_web_config: "true", web_config_port: String(await freePort()) });
  // Kodi asks at start whether to enable the add-ons it found unpacked (CloudSync is already enabled
  // through JSON-RPC): the questions take the remote's keys until answered.
  await answerAddonQuestions(livingRoom, []);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await household?.stop();
  console.log(`forget-group-data figures: ${JSON.stringify(figures)}`);
}, 120_000);

describe("Forget this group's data on the broker", () => {
  test("from Kodi's settings dialog, with the remote and a confirmation: the group's history is gone, nothing else changes", async () => {
    // The history: a film and an episode watched, a favourite, a song played (a device with music), the devices' statuses.
    await makeHistory("tt0994401");
    const episode = (await livingRoom.getEpisodes())[0]!;
    await livingRoom.setEpisodePlaycount(episode.episodeid, 1);
    await waitFor("the episode watched in the bedroom", async () => (await episodePlaycount(bedroom)) === 1, SYNC_DEADLINE_MS, 250);
    await livingRoom.rpc("Favourites.AddFavourite", RADIO);
    await waitFor("the favourite in the bedroom", async () => (await favouriteTitles(bedroom)).includes(RADIO.title), SYNC_DEADLINE_MS, 250);
    const raw = await GroupWatcher.start(household.broker.port, "unused/topic");
    try {
      const song = "musicbrainz:3b1a4a52-0000-4000-8000-0a1b2c3d4e01";
      const played = encodeWatchedMessage({ playcount: 3, lastplayed: "2026-11-30 21:00:00", time: Date.now(), device: "device-music" }, `song/${song}/played`);
      await raw.publish(`${groupRoot()}song/${song}/played`, played, { retain: true });
      await raw.publish(`${groupRoot(otherGroup)}movie/imdb:tt0994401/watched`, '{"v":1,"neighbours":true}', { retain: true });
      await raw.publish(`${groupRoot(otherGroup)}device/device-z/status`, '{"v":1,"neighbours":true}', { retain: true });
    } finally {
      await raw.stop();
    }
    const before = await retainedOnBroker();
    const history = before.filter((message) => message.topic.startsWith(groupRoot())).map((message) => message.topic.slice(groupRoot().length));
    expect(history.sort()).toEqual(
      expect.arrayContaining([
        "device/device-a/status",
        "device/device-b/status",
        "movie/imdb:tt0994401/watched",
        expect.stringMatching(/^episode\/tvdb:994403%2Fs1e1\/watched$/),
        expect.stringMatching(/^favourite\/media:/),
        expect.stringMatching(/^song\/musicbrainz:.*\/played$/),
      ]),
    );
    const bedroomBefore = await libraryOf(bedroom);
    const livingRoomBefore = await libraryOf(livingRoom);

    // Kodi's settings: Manual sync → Forget this group's data on the broker, with the remote.
    const heading = localizedText(32460, stringsPoFile(join(livingRoom.profile, "addons", ADDON_ID)));
    await openAddonSettings(livingRoom, "CloudSync");
    await waitFor("a setting of General to have the focus", async () => (await focusedControl(livingRoom)) !== "", 10_000);
    await focusControl(livingRoom, "General", "Input.Left");
    await focusControl(livingRoom, "Manual sync", "Input.Down");
    await focusControl(livingRoom, "Publish All My Favorites", "Input.Right");
    await focusControl(livingRoom, heading, "Input.Down");
    const logBefore = livingRoom.logMark();
    const bedroomLogBefore = bedroom.logMark();
    const pressedAt = Date.now();
    await livingRoom.rpc("Input.Select");
    const question = await answerYes(livingRoom, heading);
    expect(question.text).toContain(`“${household.group}”`);
    expect(question.text).toContain("not changed");
    const line = await livingRoom.waitForLog(
      /\[service\.cloudsync\] Forget group data: (removed (\d+) retained message\(s\) of group "[^"]+" from the broker in (\d+) ms|could not .*)/,
      FORGET_DEADLINE_MS,
      logBefore,
    );
    figures["buttonToDoneMs"] = Date.now() - pressedAt;
    const [, removed, , milliseconds] = /removed (\d+) retained message\(s\) of group "([^"]+)" from the broker in (\d+) ms/.exec(line) ?? [line];
    expect(line).toContain(`of group "${household.group}"`);
    figures["removed"] = Number(removed);
    figures["forgetMs"] = Number(milliseconds);
    expect(Number(removed)).toBe(history.length);
    expect(await windowActive(livingRoom, "addonsettings")).toBe(false);

    // The broker: nothing of the group but the online devices' fresh statuses; the neighbours' untouched.
    await waitFor("both online devices' statuses back on the broker", () => bothStatusesBack(), SYNC_DEADLINE_MS, 500);
    const after = await retainedOnBroker();
    expectOnlyFreshStatuses(after, pressedAt);
    const neighbours = (messages: WatchedMessage[]): string[] =>
      messages.filter((message) => message.topic.startsWith(groupRoot(otherGroup))).map((message) => `${message.topic} ${message.payload.toString()}`);
    expect(neighbours(after)).toEqual(neighbours(before));
    expect(neighbours(after)).toHaveLength(2);

    // The devices: libraries and favourites as they were, no warning, still connected.
    expect(await libraryOf(bedroom)).toEqual(bedroomBefore);
    expect(await libraryOf(livingRoom)).toEqual(livingRoomBefore);
    expect(bedroomBefore).toEqual({ nightTrain: 1, harbour: 0, episode: 1, favourites: [RADIO.title] });
    const bedroomLines = bedroom.logSince(bedroomLogBefore);
    expect(bedroomLines.split("\n").filter((text) => /\[service\.cloudsync\]/.test(text) && /warning|error/i.test(text))).toEqual([]);
    expect(livingRoom.logSince(logBefore)).not.toMatch(/broker connection lost/);
  });

  test("a device that joins afterwards gets nothing of the forgotten history", async () => {
    // A change made after the forget still travels (the devices keep working), and is the new history.
    await makeHistory("tt0994402");
    const kitchen = await startDevice("kitchen", "device-c");
    try {
      await waitFor(
        "the Harbour Lights state, made after the forget, in the kitchen",
        async () => (await playcount(kitchen, "tt0994402")) === 1,
        SYNC_DEADLINE_MS,
        250,
      );
      expect(await playcount(kitchen, "tt0994401")).toBe(0);
      expect(await episodePlaycount(kitchen)).toBe(0);
      expect(await favouriteTitles(kitchen)).not.toContain(RADIO.title);
    } finally {
      await kitchen.stop(); // it leaves its offline status on the broker
    }
  });

  test("from the set-up web page: refused without the PIN, then done after the confirmation", async () => {
    const settingsFile = addonSettingsFile(bedroom.profile, ADDON_ID);
    const port = Number(readAddonSetting(settingsFile, "web_config_port"));
    const pin = readAddonSetting(settingsFile, "web_pin") ?? "";
    const url = (path: string): string => `http://127.0.0.1:${port}${path}`;
    const retainedHistory = async (): Promise<string[]> =>
      (await retainedOnBroker())
        .filter((message) => message.topic.startsWith(groupRoot()) && !message.topic.includes("/device/"))
        .map((message) => message.topic);
    // The kitchen left its status (offline) behind; the living room's film after the forget is there.
    await waitFor("the history made after the first forget", async () => (await retainedHistory()).length > 0, SYNC_DEADLINE_MS, 250);
    const beforeWeb = await retainedOnBroker();

    const refused = await fetch(url("/api/forget-group"), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ group: household.group }),
    });
    expect(refused.status).toBe(401);
    expect(await retainedHistory()).not.toEqual([]);

    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
    await page.goto(url("/"));
    await page.fill("#pin", pin);
    await Promise.all([page.waitForURL(url("/")), page.click("button[type=submit]")]);
    await waitFor("the group named on the page", async () => (await page.textContent("#forget-group-name")) === household.group, 10_000, 50);
    const questions: string[] = [];
    page.on("dialog", (dialog) => {
      questions.push(dialog.message());
      void dialog.accept();
    });
    const logBefore = bedroom.logMark();
    const clickedAt = Date.now();
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.url().endsWith("/api/forget-group"), { timeout: FORGET_DEADLINE_MS }),
      page.click("#forget-group"),
    ]);
    expect(response.status()).toBe(200);
    figures["webClickToDoneMs"] = Date.now() - clickedAt;
    expect(questions).toHaveLength(1);
    expect(questions[0]).toContain(`"${household.group}"`);
    const answer = (await response.json()) as { removed: number; group: string };
    const line = await bedroom.waitForLog(/\[service\.cloudsync\] Forget group data: removed (\d+) retained message\(s\)/, 10_000, logBefore);
    expect(line).toContain(`removed ${answer.removed} retained`);
    expect(answer.removed).toBe(beforeWeb.filter((message) => message.topic.startsWith(groupRoot())).length);
    figures["webRemoved"] = answer.removed;
    await waitFor(
      "the page to show the count",
      async () => ((await page.textContent("#forget-message")) ?? "").includes(`Removed ${answer.removed} message(s)`),
      10_000,
      50,
    );
    expect(await retainedHistory()).toEqual([]);
    await waitFor("both online devices' statuses back on the broker", () => bothStatusesBack(), SYNC_DEADLINE_MS, 500);
    expectOnlyFreshStatuses(await retainedOnBroker(), clickedAt);
    expect((await retainedOnBroker()).filter((message) => message.topic.startsWith(groupRoot(otherGroup)))).toHaveLength(2);
    expect(await playcount(livingRoom, "tt0994402")).toBe(1);
  });

  test("a group with a passphrase: every sealed message of the group goes, and the plain ones from before; another passphrase's stay", async () => {
    const passphrase = "forget us, broker";
    const ours = new NodeGroupCipher(passphrase, household.group);
    const theirs = new NodeGroupCipher("the neighbours' own passphrase", household.group);
    const sealedRoot = `${protectedRoot(ours, household.group)}/`;
    for (const kodi of [livingRoom, bedroom]) {
      const logBefore = kodi.logMark();
      const kept = new KeptAddonSetting(addonSettingsFile(kodi.profile, ADDON_ID), "sync_passphrase", passphrase);
      await waitFor(
        "the service to reconnect with the passphrase",
        () => {
          kept.check();
          return /\[service\.cloudsync\] caught up with the group/.test(kodi.logText().slice(logBefore.offset));
        },
        30_000,
        500,
      );
    }
    // A new passphrase sends the device's own changes again, sealed: the living room's two films, its episode and its favourite.
    const sealed = async (): Promise<WatchedMessage[]> => (await retainedOnBroker()).filter((message) => message.topic.startsWith(sealedRoot));
    await waitFor("the living room's states sealed on the broker", async () => (await sealed()).length >= 6, SYNC_DEADLINE_MS, 500);
    // Another household that chose the same group name, with its own passphrase.
    const foreignPlain = `${groupRoot()}movie/imdb:tt0994401/watched`;
    const foreignTopic = protectedTopic(theirs, household.group, foreignPlain);
    const raw = await GroupWatcher.start(household.broker.port, "unused/topic");
    try {
      await raw.publish(foreignTopic, theirs.seal(foreignTopic, JSON.stringify([foreignPlain, '{"v":1}'])), { retain: true });
    } finally {
      await raw.stop();
    }
    const before = await retainedOnBroker();
    const ofGroup = before.filter((message) => message.topic.startsWith(sealedRoot) || message.topic.startsWith(groupRoot()));
    expect(ofGroup.filter((message) => message.topic.startsWith(groupRoot())).length).toBeGreaterThan(0); // the plain statuses from before the passphrase

    await waitFor("the page to be open", async () => (await page.textContent("#forget-group-name")) === household.group, 10_000, 50);
    const logBefore = bedroom.logMark();
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.url().endsWith("/api/forget-group"), { timeout: FORGET_DEADLINE_MS }),
      page.click("#forget-group"),
    ]);
    expect(response.status()).toBe(200);
    const answer = (await response.json()) as { removed: number; otherPassphrase: number };
    expect(answer).toMatchObject({ removed: ofGroup.length - 1, otherPassphrase: 1 });
    const line = await bedroom.waitForLog(/\[service\.cloudsync\] Forget group data: removed \d+ retained message\(s\).*/, 10_000, logBefore);
    expect(line).toContain("1 message(s) sealed with another passphrase were left");
    figures["sealedRemoved"] = answer.removed;

    // Left: the neighbours' sealed message, and the two online devices' statuses, sealed again at once.
    const statuses = ["device-a", "device-b"].map((device) => protectedTopic(ours, household.group, deviceStatusTopic(household.group, device)));
    await waitFor(
      "both online devices' sealed statuses back on the broker",
      async () => {
        const topics = (await sealed()).map((message) => message.topic);
        return statuses.every((topic) => topics.includes(topic));
      },
      SYNC_DEADLINE_MS,
      500,
    );
    const after = await retainedOnBroker();
    expect(after.filter((message) => message.topic.startsWith(groupRoot()))).toEqual([]);
    expect(
      after
        .filter((message) => message.topic.startsWith(sealedRoot))
        .map((message) => message.topic)
        .sort(),
    ).toEqual([...statuses, foreignTopic].sort());
    expect(await libraryOf(bedroom)).toMatchObject({ nightTrain: 1, harbour: 1, episode: 1, favourites: [RADIO.title] });
  });
});
