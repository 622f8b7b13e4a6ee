/**
 * How the latency bench sees that device B shows a change, without disturbing B.
 *
 * Kodi's SQLite busy handler (xbmc/dbwrappers/sqlitedataset.cpp, busy_callback) sleeps 100 ms
 * each time a connection meets another's lock, and each JSON-RPC call opens its own connection.
 * A probe reading B while B's add-on writes (the journal is not WAL, so a reader and a writer
 * exclude each other) therefore makes one of them wait at least 100 ms: reading B every 10 ms,
 * roughly one flip in ten met B's write and took 100–200 ms longer (p95 134–200 ms against the
 * add-on's own 36 ms from its log). The probe measured itself.
 *
 * - `notification` (the default): B's add-on writes a live change with Set*Details, which
 *   announces VideoLibrary.OnUpdate; the bench hears it on B's JSON-RPC TCP stream, as a remote
 *   app or a skin would, and then reads the item once to confirm the value is there. A flip counts
 *   only when that read confirms it; the report says how many did.
 * - `poll:N`: B's item read every N ms until it shows the value (the old method, kept to show the
 *   collisions: reads taking SLOW_READ_MS or more are counted).
 */
import { KodiInstance } from "../test/support/kodi";
import { NotificationStream } from "../test/support/notification-stream";

export type LatencyTiming = { kind: "notification" } | { kind: "poll"; intervalMs: number };

/** A read this slow waited in Kodi's busy handler (its sleep is 100 ms; an uncontended read takes 2–10 ms here). */
export const SLOW_READ_MS = 90;

export interface FlipTiming {
  /** From `started` to B showing the value: the OnUpdate's arrival, or the read that showed it. */
  ms: number;
  /** The read made after the notification showed the value (always true when polling). */
  confirmed: boolean;
  reads: number;
  slowReads: number;
}

/** `--latency-timing=notification` (the default) or `--latency-timing=poll:10`. */
export function latencyTiming(argv: string[]): LatencyTiming {
  const given = argv.find((argument) => argument.startsWith("--latency-timing="))?.slice("--latency-timing=".length) ?? "notification";
  if (given === "notification") {
    return { kind: "notification" };
  }
  const poll = /^poll:(\d+)$/.exec(given);
  if (poll !== null) {
    return { kind: "poll", intervalMs: Number(poll[1]) };
  }
  throw new Error(`--latency-timing=${given}: expected notification or poll:<milliseconds>`);
}

export function describeTiming(timing: LatencyTiming): string {
  return timing.kind === "notification" ? "timed by B's VideoLibrary.OnUpdate, confirmed by one read" : `B read every ${timing.intervalMs} ms`;
}

/** What B's library shows for one movie: one row read, as a user's screen would. */
export async function playcountOf(kodi: KodiInstance, movieid: number): Promise<number> {
  const result = await kodi.rpc<{ moviedetails: { playcount: number } }>("VideoLibrary.GetMovieDetails", { movieid, properties: ["playcount"] });
  return result.moviedetails.playcount;
}

/**
 * Times one change of `movieid`'s watched state on B, begun at `started` (Date.now()).
 * `streamMark` is the stream's notification count when the change began: only later ones count.
 */
export async function timeChangeOnB(
  timing: LatencyTiming,
  deviceB: KodiInstance,
  stream: NotificationStream,
  streamMark: number,
  movieid: number,
  playcount: number,
  started: number,
  timeoutMs: number,
): Promise<FlipTiming> {
  const deadline = started + timeoutMs;
  let reads = 0;
  let slowReads = 0;
  const read = async (): Promise<boolean> => {
    const asked = Date.now();
    const shown = (await playcountOf(deviceB, movieid)) > 0 === playcount > 0;
    reads += 1;
    if (Date.now() - asked >= SLOW_READ_MS) {
      slowReads += 1;
    }
    return shown;
  };
  if (timing.kind === "notification") {
    for (;;) {
      const update = stream.libraryUpdate("movie", movieid, streamMark);
      if (update !== undefined) {
        const confirmed = await read();
        return { ms: update.arrivedAt - started, confirmed, reads, slowReads };
      }
      if (Date.now() > deadline) {
        throw new Error(`no VideoLibrary.OnUpdate for movie ${movieid} on B within ${timeoutMs} ms`);
      }
      // Only this process's event loop is polled here, not Kodi.
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  }
  for (;;) {
    if (await read()) {
      return { ms: Date.now() - started, confirmed: true, reads, slowReads };
    }
    if (Date.now() > deadline) {
      throw new Error(`movie ${movieid} did not show playcount ${playcount} on B within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, timing.intervalMs));
  }
}
