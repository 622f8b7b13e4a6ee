/**
 * Memory under a flood (issue 14): anyone with access to the broker can leave any number of
 * well-formed retained messages in a group. 100,000 made-up states used to cost a Kodi 118 MB, again
 * on every reconnect. Here 200,000 junk retained messages sit on a real Mosquitto (states for items
 * no device has, favourites, device statuses) and a real Kodi 20 with the built zip receives them
 * twice: live, and again when the broker restarts (every retained state is offered again). Its
 * resident memory may grow by at most 50 MB over what it used before, and it keeps syncing. Then the
 * same Kodi gets a group passphrase and 200,000 junk messages land under its group's root: none
 * opens, each is counted, and memory stays within the same bound.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createHash, randomBytes } from "node:crypto";
import mqtt, { MqttClient } from "mqtt";
import { KeptAddonSetting, addonSettingsFile } from "../support/addon-settings";
import { KodiInstance, KodiMovie } from "../support/kodi";
import { makeMovieLibrary } from "../support/media";
import { Mosquitto, startMosquitto } from "../support/mosquitto";
import { waitFor } from "../support/process";
import { startXvfb, Xvfb } from "../support/xvfb";

const ADDON_ID = "service.cloudsync";
const repoRoot = resolve(__dirname, "../..");
const version = (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string }).version;
const addonZip = join(repoRoot, "dist", `${ADDON_ID}-${version}.zip`);

const JUNK_ITEMS = 185_000;
const JUNK_FAVOURITES = 10_000;
const JUNK_DEVICES = 5_000;
const JUNK_TOTAL = JUNK_ITEMS + JUNK_FAVOURITES + JUNK_DEVICES;
const MAX_GROWTH_MB = 50;
/** Generous: the machine is shared, and the service applies at most 2,000 messages a second by design. */
const FLOOD_DEADLINE_MS = 600_000;

const group = `flood-${process.pid}`;
const root = `cloudsync/v1/${group}`;
let xvfb: Xvfb | undefined;
let broker: Mosquitto;
let kodi: KodiInstance;
const figures: Record<string, number> = {};

function residentMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match === null ? 0 : Number(match[1]) / 1024;
  } catch {
    return 0; // Kodi has gone: the test fails on its own account
  }
}

/** Samples Kodi's resident memory every 200 ms until stopped; the peak is what counts. */
function sampleMemory(pid: number): { stop: () => number } {
  let peak = residentMb(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, residentMb(pid));
  }, 200);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, residentMb(pid));
    },
  };
}

async function movie(imdb: string): Promise<KodiMovie> {
  const found = (await kodi.getMovies()).find((candidate) => candidate.uniqueid["imdb"] === imdb);
  if (found === undefined) {
    throw new Error(`no movie ${imdb}`);
  }
  return found;
}

async function publishJunk(client: MqttClient): Promise<void> {
  const now = Date.now();
  const batch: Promise<unknown>[] = [];
  const send = async (topic: string, payload: string): Promise<void> => {
    batch.push(client.publishAsync(topic, payload, { qos: 0, retain: true }));
    if (batch.length >= 500) {
      await Promise.all(batch.splice(0));
    }
  };
  for (let index = 0; index < JUNK_ITEMS; index++) {
    await send(`${root}/movie/imdb:junk${index}/watched`, JSON.stringify({ v: 1, device: "junk", time: now - index, playcount: 1, lastplayed: "" }));
  }
  for (let index = 0; index < JUNK_FAVOURITES; index++) {
    const path = `/junk/${index}.mkv`;
    await send(
      `${root}/favourite/media:${path.replaceAll("/", "%2F")}`,
      JSON.stringify({
        v: 1,
        device: "junk",
        time: now - index,
        present: false,
        title: "junk",
        type: "media",
        path,
        window: "",
        windowparameter: "",
        thumbnail: "",
      }),
    );
  }
  for (let index = 0; index < JUNK_DEVICES; index++) {
    await send(
      `${root}/device/junk-${index}/status`,
      JSON.stringify({ v: 1, device: `junk-${index}`, name: "junk", version: "1", online: false, time: now - index }),
    );
  }
  await Promise.all(batch);
}

beforeAll(async () => {
  mkdirSync(join(repoRoot, "test-artifacts"), { recursive: true });
  const workDir = mkdtempSync(join(tmpdir(), "cloudsync-flood-"));
  readFileSync(addonZip);
  xvfb = await startXvfb();
  broker = await startMosquitto();
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
        sync_favorites_removals: "true",
      },
    },
  });
  const media = join(workDir, "media", "Movies");
  await makeMovieLibrary(media, [{ title: "Live Fence", year: 2001, imdb: "tt0770001" }]);
  await kodi.addMovieSource(media);
  await kodi.enableAddon(ADDON_ID);
  await kodi.waitForLog(/\[service\.cloudsync\] caught up with the group/, 60_000, kodi.runStartMark());
}, 300_000);

afterAll(async () => {
  await kodi?.stop();
  await broker?.stop();
  await xvfb?.stop();
  writeFileSync(join(repoRoot, "test-artifacts", "e2e-junk-memory.json"), JSON.stringify(figures, null, 2) + "\n");
}, 120_000);

test(`Kodi's memory grows by at most ${MAX_GROWTH_MB} MB while ${JUNK_TOTAL} junk retained messages sit on the broker, live and after a reconnect, and it keeps syncing`, async () => {
  // What Kodi uses before: the mean over a few seconds of its ordinary work (polls, the web page).
  const before: number[] = [];
  await waitFor(
    "a baseline of 15 memory samples",
    async () => {
      before.push(residentMb(kodi.pid));
      return before.length >= 15;
    },
    30_000,
    200,
  );
  const baseline = before.reduce((sum, value) => sum + value, 0) / before.length;
  figures["baseline resident MB"] = Math.round(baseline);

  const sampler = sampleMemory(kodi.pid);
  let peak = 0;
  try {
    // Live: the device takes what it can; the broker holds the rest back or drops it (QoS 0 to a
    // client that reads no faster than it applies).
    const client = await mqtt.connectAsync({ host: "127.0.0.1", port: broker.port, protocolVersion: 5, clean: true, clientId: `flood-${process.pid}` });
    const floodStarted = Date.now();
    await publishJunk(client);
    figures["junk published in (ms)"] = Date.now() - floodStarted;
    await client.endAsync();
    // Then every retained junk message is offered again on the next connection.
    const logFrom = kodi.logText().length;
    const restarted = Date.now();
    await broker.restart();
    const caughtUp = await waitFor(
      "the catch-up after the broker restart",
      () => /caught up with the group: (\d+) message\(s\) received since connecting/.exec(kodi.logText().slice(logFrom)) ?? undefined,
      FLOOD_DEADLINE_MS,
      1_000,
    );
    figures["retained junk after the reconnect handled in (ms)"] = Date.now() - restarted;
    figures["messages received on the reconnect"] = Number(caughtUp[1]);
    // Still syncing: a real change from the group after all that is applied.
    const publisher = await mqtt.connectAsync({ host: "127.0.0.1", port: broker.port, protocolVersion: 5, clean: true, clientId: `fence-${process.pid}` });
    await publisher.publishAsync(
      `${root}/movie/imdb:tt0770001/watched`,
      JSON.stringify({ v: 1, device: "device-b", time: Date.now(), playcount: 1, lastplayed: "" }),
      { qos: 1, retain: true },
    );
    await publisher.endAsync();
    await waitFor('"Live Fence" watched', async () => (await movie("tt0770001")).playcount === 1, 60_000, 500);
    // The caps were reached, not merely approached.
    expect(Number(caughtUp[1])).toBeGreaterThan(20_000);
  } finally {
    peak = sampler.stop();
    figures["peak resident MB"] = Math.round(peak);
    figures["peak growth (MB)"] = Math.round(peak - baseline);
  }
  expect(peak - baseline).toBeLessThanOrEqual(MAX_GROWTH_MB);
  expect(kodi.logText()).toMatch(/more than 20000 states arrived for items this device does not have/);
  expect(kodi.logText()).not.toMatch(/Traceback|unexpected error/);
}, 1_500_000);

test(`with a group passphrase, ${JUNK_TOTAL} junk messages under the group's root are dropped unopened and counted, within the same memory bound`, async () => {
  const logFrom = kodi.logText().length;
  const passphrase = new KeptAddonSetting(addonSettingsFile(kodi.profile, ADDON_ID), "sync_passphrase", "a passphrase the junk does not know");
  await waitFor(
    "the service to reconnect with the passphrase",
    () => {
      passphrase.check();
      return /caught up with the group/.test(kodi.logText().slice(logFrom));
    },
    60_000,
    500,
  );
  const before: number[] = [];
  await waitFor(
    "a baseline of 15 memory samples",
    async () => {
      before.push(residentMb(kodi.pid));
      return before.length >= 15;
    },
    30_000,
    200,
  );
  const baseline = before.reduce((sum, value) => sum + value, 0) / before.length;
  figures["with a passphrase: baseline resident MB"] = Math.round(baseline);
  // The group's root is a hash of its name alone (docs/security.md), so junk can be put right there.
  const protectedRoot = `cloudsync/p1/${createHash("sha256")
    .update(Buffer.from(`cloudsync/p1 group root\0${group}`, "utf8"))
    .digest()
    .subarray(0, 16)
    .toString("hex")}`;
  const sampler = sampleMemory(kodi.pid);
  let peak = 0;
  try {
    const client = await mqtt.connectAsync({ host: "127.0.0.1", port: broker.port, protocolVersion: 5, clean: true, clientId: `sealed-flood-${process.pid}` });
    const batch: Promise<unknown>[] = [];
    for (let index = 0; index < JUNK_TOTAL; index++) {
      batch.push(client.publishAsync(`${protectedRoot}/${randomBytes(16).toString("hex")}`, randomBytes(120).toString("base64"), { qos: 0, retain: true }));
      if (batch.length >= 500) {
        await Promise.all(batch.splice(0));
      }
    }
    await Promise.all(batch);
    await client.endAsync();
    const restartFrom = kodi.logText().length;
    await broker.restart();
    const caughtUp = await waitFor(
      "the catch-up after the broker restart",
      () => /caught up with the group: (\d+) message\(s\) received since connecting/.exec(kodi.logText().slice(restartFrom)) ?? undefined,
      FLOOD_DEADLINE_MS,
      1_000,
    );
    figures["with a passphrase: messages received on the reconnect"] = Number(caughtUp[1]);
    // The flood reached the device: Mosquitto drops QoS 0 deliveries to a client that reads slowly once
    // its queue is full, so how many of the 200,000 arrive depends on the machine (19,486–41,000 measured).
    expect(Number(caughtUp[1])).toBeGreaterThan(10_000);
    const summary = /(\d+) message\(s\) from devices with another passphrase \(or not of this group\) were dropped; (\d+) since start/.exec(
      kodi.logText().slice(logFrom),
    );
    expect(summary).not.toBeNull();
  } finally {
    peak = sampler.stop();
    figures["with a passphrase: peak growth (MB)"] = Math.round(peak - baseline);
  }
  expect(peak - baseline).toBeLessThanOrEqual(MAX_GROWTH_MB);
  expect(kodi.logText()).not.toMatch(/Traceback|unexpected error/);
}, 1_500_000);
