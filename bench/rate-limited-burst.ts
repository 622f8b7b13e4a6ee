/**
 * `npm run bench:sync -- --rate-limited-burst=12000`: a burst of watched changes through a broker
 * that allows 10 publishes per second per client, as EMQX's free tier does. A real Kodi 20 with a
 * library of N movies (written into its database, as the catch-up bench does) and CloudSync set to
 * 10 publishes per second talks to a real Mosquitto through a proxy that counts the client's PUBLISH
 * packets per sliding second and throttles (stops reading) past 10, like EMQX. Every movie is marked
 * watched through JSON-RPC, one after the other, as fast as Kodi takes it; a subscriber on the
 * broker records what arrives. Reported: how long until every state arrived, the most PUBLISH
 * packets the proxy saw in any second, how often it had to throttle, how many states were lost,
 * and whether they arrived in the order the changes were made.
 */
import { join } from "node:path";
import { KodiInstance } from "../test/support/kodi";
import { largeLibraryMediaFolder, prepareLargeLibrary } from "../test/support/large-video-library";
import { Mosquitto } from "../test/support/mosquitto";
import { GroupWatcher } from "../test/support/mqtt-watcher";
import { waitFor } from "../test/support/process";
import { PublishThrottlingProxy } from "../test/support/publish-throttling-proxy";
import { Xvfb } from "../test/support/xvfb";

const ADDON_ID = "service.cloudsync";
const LIMIT_PER_SECOND = 10;

export interface RateLimitedBurstResult {
  items: number;
  limitPerSecond: number;
  /** From the first change made in Kodi until the subscriber had every state. */
  burstMs: number;
  /** How long marking every movie watched through JSON-RPC took (the changes, not their sending). */
  changesMs: number;
  /** Distinct movies whose watched state reached the subscriber. */
  arrived: number;
  lost: number;
  /** Movies whose state reached the subscriber in another order than the changes were made. */
  outOfOrder: number;
  duplicates: number;
  proxyPublishes: number;
  proxyMaxPerSecond: number;
  proxyThrottled: number;
  statesPerSecond: number;
  connectionLost: boolean;
  loadAverage: string;
}

export async function measureRateLimitedBurst(
  xvfb: Xvfb,
  broker: Mosquitto,
  workDir: string,
  items: number,
  addonZip: string,
  loadAverage: () => string,
): Promise<RateLimitedBurstResult> {
  const group = `bench-rate-limited-${process.pid}`;
  const proxy = await PublishThrottlingProxy.start(broker.port, LIMIT_PER_SECOND);
  const watcher = await GroupWatcher.start(broker.port, `cloudsync/v1/${group}/movie/#`);
  const name = `bench-rate-limited-${items}`;
  const home = join(workDir, name, "home");
  const settings = {
    enabled: "true",
    mqtt_broker_host: "127.0.0.1",
    mqtt_broker_port: String(proxy.port),
    mqtt_use_ssl: "false",
    mqtt_device_id: name,
    device_name: name,
    sync_group: group,
    publishes_per_second: String(LIMIT_PER_SECOND),
  };
  let kodi = await KodiInstance.start({
    name,
    display: xvfb.display,
    workDir: join(workDir, name),
    addonZips: [addonZip],
    addonSettings: { [ADDON_ID]: settings },
  });
  await kodi.stop();
  prepareLargeLibrary({ kodiHome: home, movies: items, shows: 0, episodesPerShow: 0, files: true });
  kodi = await KodiInstance.start({
    name,
    display: xvfb.display,
    workDir: join(workDir, name),
    addonZips: [],
    addonSettings: {},
    fileSources: { "Large library": largeLibraryMediaFolder(home) + "/" },
  });
  try {
    const listed = await kodi.rpc<{ movies?: { movieid: number; uniqueid: Record<string, string> }[] }>("VideoLibrary.GetMovies", { properties: ["uniqueid"] });
    const movies = listed.movies ?? [];
    if (movies.length !== items) {
      throw new Error(`the library has ${movies.length} movies, expected ${items}`);
    }
    const mark = kodi.logMark();
    await kodi.enableAddon(ADDON_ID);
    await kodi.waitForLog(/\[service\.cloudsync\] caught up with the group/, 120_000, mark);
    const since = Date.now();
    const order: string[] = [];
    const started = Date.now();
    for (const movie of movies) {
      order.push(`imdb:${movie.uniqueid["imdb"] ?? ""}`);
      await kodi.setMoviePlaycount(movie.movieid, 1);
    }
    const changesMs = Date.now() - started;
    const watchedTopic = /\/movie\/([^/]+)\/watched$/;
    const arrivedIdentities = (): string[] =>
      watcher.matching((message) => watchedTopic.test(message.topic), since).map((message) => decodeURIComponent(watchedTopic.exec(message.topic)?.[1] ?? ""));
    // 10 a second: 12,000 take 20 minutes; the deadline leaves room for a loaded machine.
    await waitFor(
      `${items} watched states at the subscriber`,
      () => new Set(arrivedIdentities()).size >= items,
      (items / LIMIT_PER_SECOND) * 3000 + 120_000,
      1000,
    );
    const burstMs = Date.now() - started;
    const arrived = arrivedIdentities();
    const distinct = new Set(arrived);
    const position = new Map(order.map((identity, index) => [identity, index]));
    let outOfOrder = 0;
    for (let index = 1; index < arrived.length; index++) {
      if ((position.get(arrived[index]!) ?? -1) < (position.get(arrived[index - 1]!) ?? -1)) {
        outOfOrder += 1;
      }
    }
    const publishes = proxy.arrivals.filter((arrival) => arrival.at >= since);
    return {
      items,
      limitPerSecond: LIMIT_PER_SECOND,
      burstMs,
      changesMs,
      arrived: distinct.size,
      lost: order.filter((identity) => !distinct.has(identity)).length,
      outOfOrder,
      duplicates: arrived.length - distinct.size,
      proxyPublishes: publishes.length,
      proxyMaxPerSecond: proxy.maxInAnyWindow(1000, since),
      proxyThrottled: proxy.throttled,
      statesPerSecond: Math.round((distinct.size / (burstMs / 1000)) * 100) / 100,
      connectionLost: /broker connection lost/.test(kodi.logText()),
      loadAverage: loadAverage(),
    };
  } finally {
    await kodi.stop();
    await watcher.stop();
    await proxy.stop();
  }
}
