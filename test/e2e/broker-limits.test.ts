/**
 * End to end, with brokers that limit what one client may send, as users meet them: real Kodi 20
 * with the built zip, a real Mosquitto on loopback, a subscriber on the broker as the other device.
 *
 * 1. A broker allowing 10 publishes per second per client (EMQX's free tier). Mosquitto has no
 *    such limit, so a proxy between Kodi and Mosquitto counts Kodi's PUBLISH packets per sliding
 *    second and throttles like EMQX (stops reading). The add-on is set to 10 a second; a burst of
 *    300 watched changes, some items changed twice, and a Kodi restart in the middle of it, must
 *    reach the subscriber complete, in order per item, with the newest state winning, while the
 *    proxy never sees more than 10 in a second.
 * 2. A Mosquitto configured small (max_inflight_messages 2, max_packet_size 2048): the add-on logs
 *    what the broker announced, stays connected through a burst, and a favourite too large for
 *    the broker is logged once and skipped while the states after it still arrive.
 */
import { Household } from "../support/household";
import { KodiInstance } from "../support/kodi";
import { largeLibraryMediaFolder, prepareLargeLibrary } from "../support/large-video-library";
import { GroupWatcher } from "../support/mqtt-watcher";
import { ADDON_ID, builtZip } from "../support/paths";
import { waitFor } from "../support/process";
import { PublishThrottlingProxy } from "../support/publish-throttling-proxy";

const LIMIT_PER_SECOND = 10;
const MOVIES = 300;
/** Movies changed twice (watched, then unwatched again): the second state must win. */
const CHANGED_TWICE = 20;
const CAUGHT_UP = /\[service\.cloudsync\] caught up with the group/;

interface ArrivedState {
  identity: string;
  playcount: number;
  time: number;
}

/** A Kodi with `movies` movies in its database (inside a source, as scanned) and CloudSync set up with `settings`, enabled and caught up. */
async function deviceWithMovies(household: Household, name: string, movies: number, settings: Record<string, string>): Promise<KodiInstance> {
  const first = await household.startKodi({ name, addonZips: [builtZip()], addonSettings: { [ADDON_ID]: settings } });
  const home = first.home;
  await first.stop();
  prepareLargeLibrary({ kodiHome: home, movies, shows: 0, episodesPerShow: 0, files: true });
  const kodi = await household.startKodi({ name, addonZips: [], addonSettings: {}, fileSources: { Movies: largeLibraryMediaFolder(home) + "/" } });
  const mark = kodi.logMark();
  await kodi.enableAddon(ADDON_ID);
  // The first catch-up scans the large library and publishes it at the broker's pace: alone it is done
  // well within a minute, but under the whole suite's parallel load it once took longer than 60 s (clean
  // clone of 56ef8a5): a deadline, not a figure this test measures.
  await kodi.waitForLog(CAUGHT_UP, 180_000, mark);
  return kodi;
}

async function movieIds(kodi: KodiInstance): Promise<{ movieid: number; title: string; identity: string }[]> {
  const listed = await kodi.rpc<{ movies?: { movieid: number; label: string; uniqueid: Record<string, string> }[] }>("VideoLibrary.GetMovies", {
    properties: ["uniqueid"],
  });
  return (listed.movies ?? []).map((movie) => ({ movieid: movie.movieid, title: movie.label, identity: `imdb:${movie.uniqueid["imdb"] ?? ""}` }));
}

function watchedStates(watcher: GroupWatcher, since: number): ArrivedState[] {
  const topic = /\/movie\/([^/]+)\/watched$/;
  return watcher
    .matching((message) => topic.test(message.topic) && message.payload.length > 0, since)
    .map((message) => {
      const state = JSON.parse(message.payload.toString("utf8")) as { playcount: number; time: number };
      return { identity: decodeURIComponent(topic.exec(message.topic)?.[1] ?? ""), playcount: state.playcount, time: state.time };
    });
}

describe("a broker allowing 10 publishes a second, through a throttling proxy", () => {
  let household: Household;
  let proxy: PublishThrottlingProxy;
  let watcher: GroupWatcher;
  let kodi: KodiInstance;

  beforeAll(async () => {
    household = await Household.start("rate-limit");
    proxy = await PublishThrottlingProxy.start(household.broker.port, LIMIT_PER_SECOND);
    watcher = await household.watchGroup();
    kodi = await deviceWithMovies(household, "living-room", MOVIES, {
      ...household.settingsFor("device-a", "living-room"),
      mqtt_broker_port: String(proxy.port),
      publishes_per_second: String(LIMIT_PER_SECOND),
    });
  }, 300_000);

  afterAll(async () => {
    await household?.stop();
    await proxy?.stop();
  });

  test("300 changes and a restart in the middle: complete, in order per item, newest wins, never more than 10 in a second", async () => {
    const movies = await movieIds(kodi);
    expect(movies).toHaveLength(MOVIES);
    const since = Date.now();
    for (const movie of movies) {
      await kodi.setMoviePlaycount(movie.movieid, 1);
    }
    // The service reads an item when Kodi announces its change. Under load it can read the last of
    // the twice-changed movies only after it is unwatched again: both announcements then read
    // "unwatched", nothing changed, nothing is published (right for a user, seen once on CI), and
    // the second change is not tested. So they are unwatched once the service has seen them watched.
    const lastChanged = movies[CHANGED_TWICE - 1]!;
    await kodi.waitForLog(
      new RegExp(`\\[service\\.cloudsync\\] publishing "${lastChanged.title}" \\(movie ${lastChanged.identity}\\) as watched`),
      120_000,
      kodi.runStartMark(),
    );
    for (const movie of movies.slice(0, CHANGED_TWICE)) {
      await kodi.setMoviePlaycount(movie.movieid, 0);
    }
    const changesMs = Date.now() - since;
    // Kodi stops while most of the burst still waits in the outbox (once the service has taken the
    // last change from Kodi: one it has not yet seen would be Kodi's, not the outbox's, to lose).
    await kodi.waitForLog(
      new RegExp(`\\[service\\.cloudsync\\] publishing "${lastChanged.title}" \\(movie ${lastChanged.identity}\\) as unwatched`),
      120_000,
      kodi.runStartMark(),
    );
    await waitFor("the first states at the subscriber", () => watchedStates(watcher, since).length >= 20, 60_000, 100);
    const restartedAt = Date.now();
    const restarted = await household.restart(kodi);
    kodi = restarted;
    await restarted.waitForLog(/\[service\.cloudsync\] \d+ change\(s\) from before the restart waiting for the broker/, 60_000, restarted.runStartMark());
    const expected = new Map(movies.map((movie, index) => [movie.identity, index < CHANGED_TWICE ? 0 : 1]));
    const last = (): Map<string, number> => new Map(watchedStates(watcher, since).map((state) => [state.identity, state.playcount]));
    await waitFor(
      `all ${MOVIES} movies' newest states at the subscriber`,
      () => [...expected].every(([identity, playcount]) => last().get(identity) === playcount),
      120_000,
      250,
    );
    const burstMs = Date.now() - since;
    const arrived = watchedStates(watcher, since);
    // In order per item: a state never arrives after a newer one of the same item.
    const newest = new Map<string, number>();
    const backwards = arrived.filter((state) => {
      const earlier = newest.get(state.identity) ?? 0;
      newest.set(state.identity, Math.max(earlier, state.time));
      return state.time < earlier;
    });
    expect(backwards).toEqual([]);
    expect(new Set(arrived.map((state) => state.identity)).size).toBe(MOVIES);
    // Stopping mid-burst, the device still said it went offline (itself, or through its Last Will when the limit was used up).
    const offline = watcher.matching(
      (message) => message.topic.endsWith("/device/device-a/status") && message.payload.toString("utf8").includes('"online":false'),
      restartedAt,
    );
    expect(offline.length).toBeGreaterThan(0);
    const maxPerSecond = proxy.maxInAnyWindow(1000, since);
    process.stdout.write(
      `rate-limited burst: ${arrived.length} states (${MOVIES} movies, ${CHANGED_TWICE} changed twice) in ${(burstMs / 1000).toFixed(1)} s (changes made in ${(changesMs / 1000).toFixed(1)} s), ` +
        `proxy: ${proxy.arrivals.length} PUBLISH packets, at most ${maxPerSecond} in any second, throttled ${proxy.throttled} time(s)\n`,
    );
    if (maxPerSecond > LIMIT_PER_SECOND) {
      // Which second was too full, and what was in it, to tell a pacing bug from a delay on the way.
      const times = proxy.arrivals.filter((arrival) => arrival.at >= since);
      const full = times.find((arrival, index) => times.filter((other, at) => at <= index && arrival.at - other.at < 1000).length > LIMIT_PER_SECOND);
      const around = times.filter((arrival) => full !== undefined && Math.abs(arrival.at - full.at) < 1500);
      process.stdout.write(
        `too full a second (restart at +${restartedAt - since} ms): ${around.map((arrival) => `+${arrival.at - since} ${arrival.topic.split("/").slice(-2).join("/")}`).join(", ")}\n`,
      );
    }
    expect(maxPerSecond).toBeLessThanOrEqual(LIMIT_PER_SECOND);
    expect(proxy.throttled).toBe(0);
    // Paced, not merely slow: the proxy saw seconds with the full 10.
    expect(maxPerSecond).toBe(LIMIT_PER_SECOND);
    expect(kodi.fullLogText()).not.toMatch(/broker connection lost/);
  }, 300_000);
});

describe("a Mosquitto configured small: max_inflight_messages 2, max_packet_size 2048", () => {
  let household: Household;
  let watcher: GroupWatcher;
  let kodi: KodiInstance;
  let connectedMark: ReturnType<KodiInstance["logMark"]>;

  beforeAll(async () => {
    household = await Household.start("small-broker", { broker: { extraConfig: ["max_inflight_messages 2", "max_packet_size 2048"] } });
    watcher = await household.watchGroup();
    kodi = await deviceWithMovies(household, "bedroom", 60, household.settingsFor("device-b", "bedroom"));
    connectedMark = kodi.logMark();
  }, 300_000);

  afterAll(async () => {
    await household?.stop();
  });

  test("what the broker announced is logged once per connection", () => {
    const lines = kodi.fullLogText().match(/\[service\.cloudsync\] the broker takes .*/g) ?? [];
    expect(lines).toEqual([
      "[service.cloudsync] the broker takes at most 2 unacknowledged publications, packets up to 2048 bytes, 10 topic aliases (not used: every state has a topic of its own)",
    ]);
  });

  test("a burst of 60 changes stays within the broker's limits; a favourite too large is logged once and skipped, the rest still arrives", async () => {
    const movies = await movieIds(kodi);
    const since = Date.now();
    const mark = kodi.logMark();
    const title = `A favourite with a very long name ${"x".repeat(2100)}`;
    await kodi.rpc("Favourites.AddFavourite", { title, type: "media", path: "/srv/films/long.mkv" });
    await kodi.waitForLog(
      /\[service\.cloudsync\] not sent, a packet of \d+ bytes is larger than the broker's maximum of 2048: favourite "A favourite with a very long name x+/,
      30_000,
      mark,
    );
    await kodi.rpc("Favourites.AddFavourite", { title: "A short one", type: "media", path: "/srv/films/short.mkv" });
    for (const movie of movies) {
      await kodi.setMoviePlaycount(movie.movieid, 1);
    }
    await waitFor(
      "every movie's state and the short favourite at the subscriber",
      () =>
        new Set(watchedStates(watcher, since).map((state) => state.identity)).size === movies.length &&
        watcher.matching((message) => message.topic.includes("/favourite/") && message.payload.toString("utf8").includes("A short one"), since).length > 0,
      60_000,
      250,
    );
    const log = kodi.logText().slice(connectedMark.offset);
    expect(log.match(/not sent, a packet of/g)).toHaveLength(1);
    expect(log).not.toMatch(/broker connection lost/);
    expect(household.broker.logText()).not.toMatch(/oversize packet|exceeded/i);
  }, 120_000);
});
