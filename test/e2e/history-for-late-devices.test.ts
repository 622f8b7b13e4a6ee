/**
 * A device that joins the group long after the changes still gets every item's latest state: item
 * states are retained without a message expiry by default (docs/protocol.md, "History for devices
 * that join later"). Real Kodi 20 devices and a real Mosquitto; "long after" is made short by a
 * state the test sends with a 2-second expiry, as every state had 30 days before: once the broker
 * has dropped that one, a new device joins and must still get the living room's.
 */
import { join } from "node:path";
import { encodeWatchedMessage } from "../../src/core/item-messages";
import { itemName, itemTopic } from "../../src/core/topics";
import { Household } from "../support/household";
import { KodiInstance } from "../support/kodi";
import { makeMovieLibrary, TestMovie } from "../support/media";
import { GroupWatcher } from "../support/mqtt-watcher";
import { waitFor } from "../support/process";

jest.setTimeout(180_000);

const MOVIES: TestMovie[] = [
  { title: "Night Train", year: 1999, imdb: "tt0994401" },
  { title: "Harbour Lights", year: 2004, imdb: "tt0994402" },
];
const SHORT_EXPIRY_SECONDS = 2;

let household: Household;
let livingRoom: KodiInstance;
let watcher: GroupWatcher | undefined;

async function startDevice(name: string, deviceId: string): Promise<KodiInstance> {
  const media = join(household.workDir, `${name}-media`, "Movies");
  await makeMovieLibrary(media, MOVIES);
  // No expiry setting given: the default is what is tested.
  return household.startDevice({ name, deviceId, settings: { sync_watched: "true" }, beforeEnabling: (kodi) => kodi.addMovieSource(media) });
}

/** The retained messages a subscriber that connects now gets for `topic`. */
async function retainedNow(topic: string): Promise<{ payload: string; expirySeconds: number | undefined }[]> {
  // `topic/#` covers the topic and a marker below it: the broker sends the retained messages right
  // after the subscription, so the marker this client publishes afterwards arrives after them.
  const fresh = await GroupWatcher.start(household.broker.port, `${topic}/#`);
  try {
    const marker = `${topic}/marker`;
    await fresh.publish(marker, "done");
    await waitFor("the marker", () => fresh.messages.some((message) => message.topic === marker), 10_000, 20);
    return fresh.messages
      .filter((message) => message.topic === topic && message.retain)
      .map((message) => ({ payload: message.payload.toString(), expirySeconds: message.expirySeconds }));
  } finally {
    await fresh.stop();
  }
}

beforeAll(async () => {
  household = await Household.start("history");
  livingRoom = await startDevice("living-room", "device-a");
}, 300_000);

afterAll(async () => {
  await watcher?.stop();
  await household?.stop();
}, 120_000);

describe("history for a device that joins later", () => {
  const watchedTopic = (imdb: string): string => itemTopic(household.group, "movie", `imdb:${imdb}`, "watched");

  test("a change is retained on the broker without a message expiry", async () => {
    await livingRoom.setMoviePlaycount((await livingRoom.movieWithImdb("tt0994401")).movieid, 1);
    await waitFor("the living room's state on the broker", async () => (await retainedNow(watchedTopic("tt0994401"))).length === 1, 10_000, 250);
    const [state] = await retainedNow(watchedTopic("tt0994401"));
    expect(JSON.parse(state?.payload ?? "{}")).toMatchObject({ device: "device-a", playcount: 1 });
    expect(state?.expirySeconds).toBeUndefined();
  });

  test("a state sent with a short expiry is dropped by the broker once it has passed", async () => {
    watcher = await GroupWatcher.start(household.broker.port, "unused/topic");
    const topic = watchedTopic("tt0994402");
    const payload = encodeWatchedMessage(
      { playcount: 1, lastplayed: "2026-01-01 20:00:00", time: Date.now(), device: "device-old" },
      itemName("movie", "imdb:tt0994402", "watched"),
    );
    await watcher.publish(topic, payload, { retain: true, expirySeconds: SHORT_EXPIRY_SECONDS });
    expect((await retainedNow(topic)).length).toBe(1);
    await waitFor("the short-lived state to expire on the broker", async () => (await retainedNow(topic)).length === 0, 30_000, 500);
  });

  test("a device joining after that still gets the living room's state; the expired one it never sees", async () => {
    const bedroom = await startDevice("bedroom", "device-b");
    await waitFor('"Night Train" watched in the bedroom', async () => (await bedroom.movieWithImdb("tt0994401")).playcount === 1, 30_000, 250);
    await bedroom.waitForLog(/\[service\.cloudsync\] caught up with the group/, 30_000, bedroom.runStartMark());
    expect((await bedroom.movieWithImdb("tt0994402")).playcount).toBe(0);
  });
});
