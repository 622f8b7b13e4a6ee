/**
 * `npm run bench:sync`: the sync through real Kodi 20 and a real Mosquitto, as users have it.
 *
 * 1. Latency: a change on device A (watched, unwatched, alternately over several movies, 200 ms
 *    apart as a user's are) until device B shows it. B is not polled: Kodi's SQLite busy handler
 *    sleeps 100 ms whenever a read meets a write, so a probe reading B every 10 ms met B's write in
 *    about one flip of ten and measured itself (bench/latency-timing.ts). B's add-on writes a live
 *    change with Set*Details, which Kodi announces, so the bench hears VideoLibrary.OnUpdate on B's
 *    JSON-RPC TCP stream, then reads the item once: a flip counts only when that read shows the
 *    value (reported as "N of M confirmed"). Median and 95th percentile over FLIPS changes
 *    (`--flips=N`, 60 by default); `--latency-timing=poll:10` times by reading B every 10 ms
 *    instead, and counts the reads that waited in the busy handler.
 * 2. A new device joining a large household: the broker holds the retained watched state of
 *    12,000 items (2,000 movies and 10,000 episodes), then of 100,000 (16,700 and 83,300); a Kodi
 *    with that library (an empty file per item inside a source, as a scanned library has) starts
 *    the add-on, and we time until its library shows every state, with Kodi's memory before,
 *    after and at its peak (VmHWM), Mosquitto's memory, the retained messages and their bytes per
 *    reconnect, how fast Kodi answers a JSON-RPC ping during the burst (Kodi staying responsive),
 *    and whether the catch-up's progress dialog showed and closed.
 *
 * Also the floor no sync can beat (a broker round trip plus one JSON-RPC write shown by B), the
 * latency as a ratio to it, and Kodi's idle CPU with the add-on running and switched off.
 * `--latency-only` skips the large libraries, `--no-idle` the idle CPU, `--catch-up-only` the latency, `--items=12000,100000`
 * picks the sizes, `--broker-queue=unlimited` gives Mosquitto no per-client queue limit
 * (`max_queued_messages 0`, `max_queued_bytes 0`: what a user running their own Mosquitto can set; a
 * stock one drops a new device's retained states past its queue at 100,000). `--rate-limited-burst=12000` runs only a burst of that many watched changes
 * through a broker limited to 10 publishes per second (bench/rate-limited-burst.ts). Every figure is printed with the load average at the time (the machine may be
 * shared), then a summary.
 *
 * Results go to stdout and test-artifacts/bench-sync.json.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { Socket } from "node:net";
import { join, resolve } from "node:path";
import mqtt from "mqtt";
import { KodiInstance } from "../test/support/kodi";
import { largeLibraryMediaFolder, largeLibraryMovieImdb, largeLibraryShowTvdb, prepareLargeLibrary } from "../test/support/large-video-library";
import { makeMovieLibrary, TestMovie } from "../test/support/media";
import { Mosquitto, startMosquitto } from "../test/support/mosquitto";
import { addonSettingsFile, writeAddonSetting } from "../test/support/addon-settings";
import { GroupWatcher } from "../test/support/mqtt-watcher";
import { freePort } from "../test/support/ports";
import { waitFor } from "../test/support/process";
import { IdleCpu, measureIdleCpu } from "./idle-cpu";
import { LatencyTiming, describeTiming, latencyTiming, timeChangeOnB } from "./latency-timing";
import { NotificationStream } from "../test/support/notification-stream";
import { measureRateLimitedBurst } from "./rate-limited-burst";
import { startXvfb, Xvfb } from "../test/support/xvfb";

const ADDON_ID = "service.cloudsync";
const repoRoot = resolve(__dirname, "..");
const version = (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string }).version;
const addonZip = join(repoRoot, "dist", `${ADDON_ID}-${version}.zip`);

const EPISODES_PER_SHOW = 100;
const MOVIES: TestMovie[] = Array.from({ length: 5 }, (_, index) => ({
  title: `Bench Movie ${index + 1}`,
  year: 2000 + index,
  imdb: `tt09800${String(index).padStart(2, "0")}`,
}));

function settingsFor(broker: Mosquitto, deviceId: string, group: string): Record<string, string> {
  return {
    enabled: "true",
    mqtt_broker_host: "127.0.0.1",
    mqtt_broker_port: String(broker.port),
    mqtt_use_ssl: "false",
    mqtt_device_id: deviceId,
    device_name: deviceId,
    sync_group: group,
    sync_watched: "true",
    sync_resume: "true",
  };
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

interface LatencyResult {
  latencies: number[];
  timing: LatencyTiming;
  /** Flips whose read right after B's notification showed the value (notification timing), of `flips`. */
  confirmed: number;
  flips: number;
  /** Reads of B that waited in Kodi's busy handler (SLOW_READ_MS or more), of all reads. */
  slowReads: number;
  reads: number;
  /** The physical floor: a broker round trip plus one JSON-RPC write read back on B, medians. */
  floor: { brokerRoundTripMs: number; jsonRpcWriteMs: number; totalMs: number };
  /** Kodi's CPU use while idle, % of one core over IDLE_SECONDS, with the add-on running and switched off (bench/idle-cpu.ts). */
  idleCpu: IdleCpu;
}

const FLOOR_SAMPLES = 30;
/** A→B changes timed (`--flips=N`): at least 50 for a 95th percentile that is not the 2nd slowest of 30. */
const FLIPS = Number(process.argv.find((argument) => argument.startsWith("--flips="))?.slice("--flips=".length) ?? "60");
const TIMING: LatencyTiming = latencyTiming(process.argv);
const IDLE_SECONDS = 60;
/** Off/on pairs: the machine is shared, and one pair can be skewed by a neighbour. */
const IDLE_RUNS = 3;

function median(values: number[]): number {
  return percentile(values, 0.5);
}

/** What no sync can beat: a message through the broker and back, and one write to B's library shown by B (timed as the changes are). */
async function measureFloor(broker: Mosquitto, deviceB: KodiInstance, stream: NotificationStream, movieId: number): Promise<LatencyResult["floor"]> {
  const watcher = await GroupWatcher.start(broker.port, `bench-floor-${process.pid}/#`);
  const roundTrips: number[] = [];
  const writes: number[] = [];
  try {
    for (let sample = 0; sample < FLOOR_SAMPLES; sample++) {
      const topic = `bench-floor-${process.pid}/${sample}`;
      const sent = Date.now();
      await watcher.publish(topic, "x");
      await waitFor("the floor message back", () => watcher.messages.some((message) => message.topic === topic), 5_000, 1);
      roundTrips.push(Date.now() - sent);
      const playcount = sample % 2 === 0 ? 1 : 0;
      const mark = stream.notifications.length;
      const started = Date.now();
      await deviceB.setMoviePlaycount(movieId, playcount);
      writes.push((await timeChangeOnB(TIMING, deviceB, stream, mark, movieId, playcount, started, 10_000)).ms);
    }
  } finally {
    await watcher.stop();
  }
  const brokerRoundTripMs = median(roundTrips);
  const jsonRpcWriteMs = median(writes);
  return { brokerRoundTripMs, jsonRpcWriteMs, totalMs: brokerRoundTripMs + jsonRpcWriteMs };
}

async function measureLatency(xvfb: Xvfb, broker: Mosquitto, workDir: string): Promise<LatencyResult> {
  const group = `bench-latency-${process.pid}`;
  const devices: KodiInstance[] = [];
  try {
    for (const name of ["bench-a", "bench-b"]) {
      const media = join(workDir, `${name}-media`);
      await makeMovieLibrary(media, MOVIES);
      const kodi = await KodiInstance.start({
        name,
        display: xvfb.display,
        workDir: join(workDir, name),
        addonZips: [addonZip],
        addonSettings: { [ADDON_ID]: settingsFor(broker, name, group) },
        // As "Add videos" leaves it: the folder is a source in sources.xml, so Kodi takes the light write.
        fileSources: { Movies: media + "/" },
      });
      devices.push(kodi);
      await kodi.addMovieSource(media);
      await kodi.enableAddon(ADDON_ID);
      await kodi.waitForLog(/\[service\.cloudsync\] caught up with the group/, 30_000, kodi.runStartMark());
    }
    const [deviceA, deviceB] = devices as [KodiInstance, KodiInstance];
    const idsOnA = new Map((await deviceA.getMovies()).map((movie) => [movie.uniqueid["imdb"] ?? "", movie.movieid]));
    const idsOnB = new Map((await deviceB.getMovies()).map((movie) => [movie.uniqueid["imdb"] ?? "", movie.movieid]));
    const latencies: number[] = [];
    let confirmed = 0;
    let reads = 0;
    let slowReads = 0;
    const stream = await NotificationStream.open(deviceB.jsonRpcTcpPort);
    let floor: LatencyResult["floor"];
    try {
      for (let change = 0; change < FLIPS; change++) {
        const imdb = MOVIES[change % MOVIES.length]?.imdb ?? "";
        const playcount = Math.floor(change / MOVIES.length) % 2 === 0 ? 1 : 0;
        const idOnB = idsOnB.get(imdb) ?? -1;
        const mark = stream.notifications.length;
        const started = Date.now();
        await deviceA.setMoviePlaycount(idsOnA.get(imdb) ?? -1, playcount);
        const flip = await timeChangeOnB(TIMING, deviceB, stream, mark, idOnB, playcount, started, 10_000);
        reads += flip.reads;
        slowReads += flip.slowReads;
        if (flip.confirmed) {
          confirmed += 1;
          latencies.push(flip.ms);
        }
        // Apart, as a user's changes are: the next flip does not meet this one's tail (B's echo handling).
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      // B's own writes are published by B; A applies them. Measured with A's add-on switched off, so the floor is only B.
      await deviceA.rpc("Addons.SetAddonEnabled", { addonid: ADDON_ID, enabled: false });
      floor = await measureFloor(broker, deviceB, stream, idsOnB.get(MOVIES[0]?.imdb ?? "") ?? -1);
    } finally {
      stream.close();
    }
    if (process.argv.includes("--no-idle")) {
      return {
        latencies,
        timing: TIMING,
        confirmed,
        flips: FLIPS,
        reads,
        slowReads,
        floor,
        idleCpu: { seconds: 0, runs: [], addonOnPercent: NaN, addonOffPercent: NaN, differencePercent: NaN, pythonThreadsOnPercent: NaN },
      };
    }
    await deviceB.rpc("Addons.SetAddonEnabled", { addonid: ADDON_ID, enabled: false });
    const idleCpu = await measureIdleCpu(deviceA, { id: ADDON_ID, running: /caught up with the group/, stopped: /CloudSync stopped/ }, IDLE_SECONDS, IDLE_RUNS);
    return { latencies, timing: TIMING, confirmed, flips: FLIPS, reads, slowReads, floor, idleCpu };
  } finally {
    for (const kodi of devices) {
      await kodi.stop();
    }
  }
}

/** Kodi's peak resident memory so far, from the kernel (VmHWM), in MiB. */
function peakMemoryMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kilobytes = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? "0");
  return Math.round(kilobytes / 1024);
}

/** When Kodi logged `line` (its time stamp is the machine's local time, as Node's Date reads one without a zone). */
function loggedAt(line: string): number {
  const stamp = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}\.\d{3})/.exec(line);
  if (stamp === null) {
    throw new Error(`no time stamp in ${line}`);
  }
  return new Date(`${stamp[1]}T${stamp[2]}`).getTime();
}

/** Starts Kodi's peak (VmHWM) again from its current resident memory (the kernel's clear_refs 5). */
function resetPeakMemory(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, "5");
}

function currentMemoryMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? "0") / 1024);
}

async function countWatched(kodi: KodiInstance, method: string): Promise<number> {
  const result = await kodi.rpc<{ limits?: { total: number } }>(method, {
    filter: { field: "playcount", operator: "greaterthan", value: "0" },
    limits: { start: 0, end: 1 },
    properties: ["playcount"],
  });
  return result.limits?.total ?? 0;
}

interface LargeLibraryResult {
  items: number;
  movies: number;
  episodes: number;
  /** "stock" (Mosquitto's defaults) or "unlimited" (no per-client queue limit), from `--broker-queue`. */
  brokerQueue: BrokerQueue;
  /** Retained messages the broker holds for the group (published), and how many more its own count ($SYS) shows after publishing them. */
  retainedMessages: number;
  brokerRetainedCountRise: number;
  /** What a device downloads on each reconnect: a bare QoS 0 subscriber to the group's topics, its socket's bytes until every retained state came, and how long that took. */
  bytesPerReconnect: number;
  reconnectMessages: number;
  reconnectMs: number;
  /** Every state shown by the new device; if not, how many were when the count stopped growing (a broker that dropped the rest). */
  complete: boolean;
  shownWatched: number;
  brokerDroppedMessages: boolean;
  publishMs: number;
  applyMs: number;
  itemsPerSecond: number;
  /** Kodi before the add-on was switched on; with it running (library indexed, broker not reachable yet); after the catch-up; the peak during it. */
  memoryBeforeMiB: number;
  memoryAddonRunningMiB: number;
  memoryAfterMiB: number;
  peakMemoryMiB: number;
  mosquittoMemoryMiB: number;
  /** Mosquitto's peak resident memory (VmHWM) during the catch-up: its queue for the new device included. */
  mosquittoPeakMemoryMiB: number;
  /** From the broker's port written into the settings, and from the add-on's "connected" line, to every state shown. */
  connectMs: number;
  slowestRpcMs: number;
  pingP95Ms: number;
  pings: number;
  /** The catch-up's progress dialog was seen on screen (Window.IsActive(extendedprogressdialog)) and closed at the end. */
  progressShown: boolean;
  progressClosed: boolean;
  loadAverage: string;
}

/** The shape of a household's library: five episodes for each movie, shows of 100 episodes (2,000 movies + 10,000 episodes for 12,000). */
function libraryShape(items: number): { movies: number; shows: number } {
  const shows = Math.floor((items * 5) / 6 / EPISODES_PER_SHOW);
  return { movies: items - shows * EPISODES_PER_SHOW, shows };
}

type BrokerQueue = "stock" | "unlimited";

/** `--broker-queue=unlimited`: Mosquitto without a per-client queue limit; `stock` (the default): its defaults. */
function brokerQueueOption(): BrokerQueue {
  const given = process.argv.find((argument) => argument.startsWith("--broker-queue="))?.slice("--broker-queue=".length) ?? "stock";
  if (given !== "stock" && given !== "unlimited") {
    throw new Error(`--broker-queue=${given}: expected stock or unlimited`);
  }
  return given;
}

/**
 * With both limits 0 Mosquitto 2 queues every QoS 0 message for an online client (the add-on
 * subscribes at QoS 0); with its defaults it drops them once 1,000 packets wait for the client's
 * socket, which a new device's 100,000 retained states overrun (docs/protocol.md, "Large libraries").
 */
function brokerQueueConfig(queue: BrokerQueue): string[] {
  return queue === "unlimited" ? ["max_queued_messages 0", "max_queued_bytes 0"] : [];
}

/** The broker's own count of retained messages (`$SYS/broker/retained messages/count`, renewed every 10 s), once it is at least `atLeast` or after 30 s. */
async function brokerRetainedCount(port: number, atLeast: number): Promise<number> {
  const client = await mqtt.connectAsync({ host: "127.0.0.1", port, protocolVersion: 5, clean: true, clientId: `bench-sys-${process.pid}-${Date.now()}` });
  let latest = -1;
  client.on("message", (_topic, payload) => {
    latest = Number(payload.toString());
  });
  try {
    await client.subscribeAsync("$SYS/broker/retained messages/count", { qos: 0 });
    return await waitFor("the broker's retained message count", () => (latest >= atLeast ? latest : undefined), 30_000, 100).catch(() => latest);
  } finally {
    await client.endAsync();
  }
}

/**
 * What a device downloads when it (re)connects: a bare subscriber to the group's topics at QoS 0, as
 * the add-on subscribes, its socket's bytes from the SUBSCRIBE until every retained state came (or
 * none came for 10 s: a broker that dropped some).
 */
async function measureReconnect(port: number, group: string, expected: number): Promise<{ bytes: number; messages: number; ms: number }> {
  const client = await mqtt.connectAsync({
    host: "127.0.0.1",
    port,
    protocolVersion: 5,
    clean: true,
    clientId: `bench-reconnect-${process.pid}-${Date.now()}`,
  });
  const state = /\/(movie|episode)\/[^/]+\/watched$/;
  let messages = 0;
  let lastAt = Date.now();
  client.on("message", (topic, _payload, packet) => {
    if (packet.retain && state.test(topic)) {
      messages += 1;
      lastAt = Date.now();
    }
  });
  try {
    const socket = client.stream as Socket;
    const bytesBefore = socket.bytesRead;
    const started = Date.now();
    await client.subscribeAsync(`cloudsync/v1/${group}/#`, { qos: 0 });
    await waitFor("every retained state at a reconnecting subscriber", () => messages >= expected || Date.now() - lastAt > 10_000, 600_000, 50);
    return { bytes: socket.bytesRead - bytesBefore, messages, ms: lastAt - started };
  } finally {
    await client.endAsync();
  }
}

function loadAverage(): string {
  return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
}

async function measureLargeLibrary(xvfb: Xvfb, broker: Mosquitto, brokerQueue: BrokerQueue, workDir: string, items: number): Promise<LargeLibraryResult> {
  const { movies, shows } = libraryShape(items);
  const episodes = shows * EPISODES_PER_SHOW;
  const group = `bench-large-${items}-${process.pid}`;
  // The household's retained state: every movie and episode watched, published by "another device".
  const watcher = await GroupWatcher.start(broker.port, `cloudsync/v1/${group}/device/#`);
  const retainedBefore = await brokerRetainedCount(broker.port, 0);
  const published = Date.now();
  const time = Date.now() - 3_600_000;
  const payload = JSON.stringify({ v: 1, device: "bench-household", time, playcount: 1, lastplayed: "2026-11-20 20:00:00" });
  const topics: string[] = [];
  for (let movie = 0; movie < movies; movie++) {
    topics.push(`cloudsync/v1/${group}/movie/imdb:${largeLibraryMovieImdb(movie)}/watched`);
  }
  for (let show = 0; show < shows; show++) {
    for (let episode = 1; episode <= EPISODES_PER_SHOW; episode++) {
      topics.push(`cloudsync/v1/${group}/episode/tvdb:${largeLibraryShowTvdb(show)}%2Fs1e${episode}/watched`);
    }
  }
  // 500 publications in flight at a time: QoS 1 one by one would take minutes for 100,000.
  for (let start = 0; start < topics.length; start += 500) {
    await Promise.all(topics.slice(start, start + 500).map((topic) => watcher.publish(topic, payload, { retain: true })));
  }
  const publishMs = Date.now() - published;
  const brokerRetainedCountRise = (await brokerRetainedCount(broker.port, retainedBefore + topics.length)) - retainedBefore;
  const mosquittoMemoryMiB = currentMemoryMiB(broker.pid);

  const name = `bench-new-device-${items}`;
  const home = join(workDir, name, "home");
  // The broker is out of reach at first (a port nothing listens on), so Kodi's memory can be read
  // with the add-on running and its library indexed, before the burst: what the burst itself costs.
  const unreachablePort = await freePort();
  let kodi = await KodiInstance.start({
    name,
    display: xvfb.display,
    workDir: join(workDir, name),
    addonZips: [addonZip],
    addonSettings: { [ADDON_ID]: { ...settingsFor(broker, name, group), mqtt_broker_port: String(unreachablePort) } },
  });
  await kodi.stop();
  // With real (empty) files inside a source, as a scanned library has them: Kodi's light write needs both.
  prepareLargeLibrary({ kodiHome: home, movies, shows, episodesPerShow: EPISODES_PER_SHOW, files: true });
  kodi = await KodiInstance.start({
    name,
    display: xvfb.display,
    workDir: join(workDir, name),
    addonZips: [],
    addonSettings: {},
    fileSources: { "Large library": largeLibraryMediaFolder(home) + "/" },
  });
  try {
    const listed = await kodi.rpc<{ limits: { total: number } }>("VideoLibrary.GetEpisodes", { limits: { start: 0, end: 1 } });
    if (listed.limits.total !== episodes) {
      throw new Error(`the large library has ${listed.limits.total} episodes, expected ${episodes}`);
    }
    const memoryBeforeMiB = currentMemoryMiB(kodi.pid);
    await kodi.enableAddon(ADDON_ID);
    // Films, episodes and the shows (rated shows are items too).
    await kodi.waitForLog(new RegExp(`\\[service\\.cloudsync\\] library indexed: ${movies + episodes + shows} item\\(s\\)`), 120_000, kodi.runStartMark());
    await kodi.waitForLog(/\[service\.cloudsync\] broker connection lost or refused/, 60_000, kodi.runStartMark());
    const memoryAddonRunningMiB = currentMemoryMiB(kodi.pid);
    resetPeakMemory(kodi.pid);
    resetPeakMemory(broker.pid);
    const connectMark = kodi.logMark();
    const started = Date.now();
    writeAddonSetting(addonSettingsFile(kodi.profile, ADDON_ID), "mqtt_broker_port", String(broker.port));
    // Kodi's responsiveness during the burst: a ping every 100 ms (what a remote app or the UI waits for);
    // each second, whether the catch-up's progress dialog is on screen.
    const pings: number[] = [];
    let bursting = true;
    let progressShown = false;
    const pinging = (async () => {
      for (let ping = 0; bursting; ping++) {
        const asked = Date.now();
        await kodi.rpc("JSONRPC.Ping");
        pings.push(Date.now() - asked);
        if (ping % 10 === 0 && !progressShown) {
          progressShown = await isProgressDialogActive(kodi);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    // Until every state shows, or the count stopped growing for a minute after the add-on said it caught
    // up (the broker dropped the rest: a stock Mosquitto at 100,000); then the figures are of what came.
    let shownWatched = 0;
    let grewAt = Date.now();
    const complete = await waitFor(
      "the new device to show every retained state (or to stop getting more)",
      async () => {
        const shown = (await countWatched(kodi, "VideoLibrary.GetMovies")) + (await countWatched(kodi, "VideoLibrary.GetEpisodes"));
        if (shown > shownWatched) {
          shownWatched = shown;
          grewAt = Date.now();
        }
        if (shownWatched === movies + episodes) {
          return "complete";
        }
        const stalled = Date.now() - grewAt > 60_000 && /\[service\.cloudsync\] caught up with the group/.test(kodi.logSince(connectMark));
        return stalled ? "stalled" : undefined;
      },
      1_800_000,
      1_000,
    ).then((outcome) => outcome === "complete");
    const applyMs = (complete ? Date.now() : grewAt) - started;
    const connectMs = started + applyMs - loggedAt(await kodi.waitForLog(/\[service\.cloudsync\] connected to the broker/, 1_000, connectMark));
    bursting = false;
    await pinging;
    const load = loadAverage();
    let progressClosed = false;
    await waitFor("the catch-up's progress to close", async () => (progressClosed = !(await isProgressDialogActive(kodi))), 30_000, 250).catch(() => undefined);
    const slowestRpcMs = Math.max(...pings);
    const pingP95Ms = percentile(pings, 0.95);
    // The refusals before the port was given do not count.
    const log = kodi.logSince(connectMark);
    if (/broker connection lost/.test(log)) {
      throw new Error("the connection dropped during the burst (keep-alive starved?)");
    }
    const mosquittoPeakMemoryMiB = peakMemoryMiB(broker.pid);
    const reconnect = await measureReconnect(broker.port, group, topics.length);
    return {
      items: movies + episodes,
      movies,
      episodes,
      brokerQueue,
      retainedMessages: topics.length,
      brokerRetainedCountRise,
      bytesPerReconnect: reconnect.bytes,
      reconnectMessages: reconnect.messages,
      reconnectMs: reconnect.ms,
      complete,
      shownWatched,
      brokerDroppedMessages: broker.logText().includes(`Outgoing messages are being dropped for client cloudsync-${name}`),
      publishMs,
      applyMs,
      itemsPerSecond: Math.round(shownWatched / (applyMs / 1000)),
      memoryBeforeMiB,
      memoryAddonRunningMiB,
      memoryAfterMiB: currentMemoryMiB(kodi.pid),
      peakMemoryMiB: peakMemoryMiB(kodi.pid),
      mosquittoMemoryMiB,
      mosquittoPeakMemoryMiB,
      connectMs,
      slowestRpcMs,
      pingP95Ms,
      pings: pings.length,
      progressShown,
      progressClosed,
      loadAverage: load,
    };
  } finally {
    await kodi.stop();
    await watcher.stop();
  }
}

/** Kodi's background progress dialog (DialogProgressBG is the window "extendedprogressdialog"). */
async function isProgressDialogActive(kodi: KodiInstance): Promise<boolean> {
  const flags = await kodi.rpc<Record<string, boolean>>("XBMC.GetInfoBooleans", { booleans: ["Window.IsActive(extendedprogressdialog)"] });
  return flags["Window.IsActive(extendedprogressdialog)"] === true;
}

/** `--items=12000,100000` (the default): the catch-up sizes to measure. */
function catchUpSizes(): number[] {
  const given = process.argv.find((argument) => argument.startsWith("--items="));
  return (given === undefined ? "12000,100000" : given.slice("--items=".length))
    .split(",")
    .map(Number)
    .filter((size) => size > 0);
}

async function main(): Promise<void> {
  readFileSync(addonZip); // run `npm run build` first
  const workDir = mkdtempSync(join(tmpdir(), "cloudsync-bench-sync-"));
  const xvfb = await startXvfb();
  const brokerQueue = brokerQueueOption();
  const broker = await startMosquitto({ extraConfig: brokerQueueConfig(brokerQueue) });
  const benchStarted = Date.now();
  const results: Record<string, unknown> = { startedAt: new Date().toISOString(), loadAverageAtStart: loadAverage(), brokerQueue };
  mkdirSync(join(repoRoot, "test-artifacts"), { recursive: true });
  const write = (): void => writeFileSync(join(repoRoot, "test-artifacts", "bench-sync.json"), JSON.stringify(results, null, 2) + "\n");
  const summary: string[] = [];
  const say = (line: string): void => {
    summary.push(line);
    process.stdout.write(line + "\n");
  };
  const burstOption = process.argv.find((argument) => argument.startsWith("--rate-limited-burst="));
  try {
    if (burstOption !== undefined) {
      const burst = await measureRateLimitedBurst(xvfb, broker, workDir, Number(burstOption.slice("--rate-limited-burst=".length)), addonZip, loadAverage);
      results["rateLimitedBurst"] = burst;
      write();
      say(
        `${burst.items} watched changes through a broker limited to ${burst.limitPerSecond} publishes/s: every state at the subscriber after ${(burst.burstMs / 1000).toFixed(1)} s ` +
          `(${burst.statesPerSecond} states/s; the changes themselves took ${(burst.changesMs / 1000).toFixed(1)} s); ${burst.arrived} arrived, ${burst.lost} lost, ${burst.outOfOrder} out of order, ${burst.duplicates} duplicates; ` +
          `the proxy saw ${burst.proxyPublishes} PUBLISH packets, at most ${burst.proxyMaxPerSecond} in any second, throttled ${burst.proxyThrottled} time(s); connection ${burst.connectionLost ? "LOST" : "kept"}; load ${burst.loadAverage}`,
      );
    }
    if (burstOption === undefined && !process.argv.includes("--catch-up-only")) {
      const latency = await measureLatency(xvfb, broker, workDir);
      const latencies = latency.latencies;
      const p50 = percentile(latencies, 0.5);
      const p95 = percentile(latencies, 0.95);
      const floor = latency.floor;
      const ratio = (value: number): string => (floor.totalMs > 0 ? `${(value / floor.totalMs).toFixed(1)}× the floor` : "floor not measurable");
      say(
        `floor: broker round trip ${floor.brokerRoundTripMs} ms + one JSON-RPC write shown by B ${floor.jsonRpcWriteMs} ms = ${floor.totalMs} ms (medians of ${FLOOR_SAMPLES}; ${describeTiming(latency.timing)})`,
      );
      say(
        `A→B latency over ${latencies.length} changes (${describeTiming(latency.timing)}; ${latency.confirmed} of ${latency.flips} confirmed by the read; ` +
          `${latency.slowReads} of ${latency.reads} reads of B waited in Kodi's busy handler): p50 ${p50} ms (${ratio(p50)}), p95 ${p95} ms (${ratio(p95)}) ` +
          `(min ${Math.min(...latencies)}, max ${Math.max(...latencies)}); goals p50 < 50, p95 < 100; load ${loadAverage()}`,
      );
      const idle = latency.idleCpu;
      say(
        `idle Kodi over ${idle.seconds} s, medians of ${idle.runs.length} off/on pairs: ${idle.addonOnPercent} % of a core with CloudSync running, ${idle.addonOffPercent} % with it switched off, ` +
          `difference ${idle.differencePercent} %; Kodi's Python threads ${idle.pythonThreadsOnPercent} % (` +
          idle.runs.map((run) => `off ${run.offPercent}, on ${run.onPercent}, Python ${run.pythonThreadsOnPercent}, load ${run.loadAverage}`).join("; ") +
          ")",
      );
      results["latency"] = {
        timing: describeTiming(latency.timing),
        flips: latency.flips,
        confirmed: latency.confirmed,
        reads: latency.reads,
        slowReads: latency.slowReads,
        loadAverage: loadAverage(),
        changes: latencies.length,
        p50Ms: p50,
        p95Ms: p95,
        all: latencies,
        floor,
        p50ToFloor: p50 / floor.totalMs,
        p95ToFloor: p95 / floor.totalMs,
      };
      results["idleCpu"] = latency.idleCpu;
      results["loadAverageAfterLatency"] = loadAverage();
      write();
    }
    if (burstOption === undefined && !process.argv.includes("--latency-only")) {
      const catchUps: LargeLibraryResult[] = [];
      results["catchUp"] = catchUps;
      for (const items of catchUpSizes()) {
        const large = await measureLargeLibrary(xvfb, broker, brokerQueue, workDir, items);
        catchUps.push(large);
        write();
        const outcome = large.complete
          ? `${(large.applyMs / 1000).toFixed(1)} s, ${large.itemsPerSecond} items/s`
          : `INCOMPLETE: ${large.shownWatched} shown after ${(large.applyMs / 1000).toFixed(1)} s, then no more${large.brokerDroppedMessages ? ' (Mosquitto: "Outgoing messages are being dropped")' : ""}`;
        say(
          `new device applying ${large.items} retained states (${large.movies} movies, ${large.episodes} episodes; Mosquitto queue ${large.brokerQueue}): ${outcome} (${(large.connectMs / 1000).toFixed(1)} s from the add-on's connection)` +
            `${items === 12_000 ? " (goal < 60 s)" : ""}; ${large.retainedMessages} retained messages (broker's count +${large.brokerRetainedCountRise}), a reconnect downloads ${(large.bytesPerReconnect / 1_048_576).toFixed(1)} MiB (${large.reconnectMessages} states in ${(large.reconnectMs / 1000).toFixed(1)} s to a bare subscriber), Mosquitto ${large.mosquittoMemoryMiB} MiB holding them, peak ${large.mosquittoPeakMemoryMiB} MiB; ` +
            `Kodi memory ${large.memoryBeforeMiB} MiB before the add-on, ${large.memoryAddonRunningMiB} MiB with it running before the burst (its library indexed), ${large.memoryAfterMiB} MiB after, peak during the burst ${large.peakMemoryMiB} MiB (+${large.peakMemoryMiB - large.memoryAddonRunningMiB} MiB; goal < 50); JSON-RPC ping during it: p95 ${large.pingP95Ms} ms, slowest ${large.slowestRpcMs} ms (${large.pings} pings); ` +
            `progress dialog ${large.progressShown ? "shown" : "NOT seen"} and ${large.progressClosed ? "closed" : "NOT closed"}; load ${large.loadAverage}`,
        );
      }
    }
    results["benchSeconds"] = Math.round((Date.now() - benchStarted) / 1000);
    results["loadAverageAtEnd"] = loadAverage();
    write();
    process.stdout.write(
      `\n=== summary (load at start ${String(results["loadAverageAtStart"])}, at end ${loadAverage()}, ${String(results["benchSeconds"])} s) ===\n${summary.join("\n")}\n`,
    );
    process.stdout.write(`written to test-artifacts/bench-sync.json\n`);
  } finally {
    await broker.stop();
    await xvfb.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
