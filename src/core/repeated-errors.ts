/**
 * How much of an unexpected error the service's round writes to kodi.log. The round catches an
 * error and goes on, so an error with a lasting cause comes back on every round: up to ten a second
 * (the 100 ms timer), each a message line plus one line per frame. Logged in full every time, that
 * is about a hundred lines a second and kodi.log grows without bound. So: the first time a message
 * is seen it is logged in full; while it keeps coming back, one summary line per interval says how
 * often.
 */

/**
 * What to write for one occurrence: everything (after a line counting the new errors not logged in
 * full since the last full log, when there were any), a line counting the repeats of this message
 * since its last line, or nothing.
 */
export type ErrorLogDecision = { kind: "full"; notLogged: number } | { kind: "summary"; repeats: number; seconds: number } | { kind: "quiet" };

/** One summary line per this many milliseconds while an error repeats. */
export const SUMMARY_INTERVAL_MILLISECONDS = 10_000;
/** Distinct messages remembered; past it the oldest is forgotten (and would be logged in full again). */
export const REMEMBERED_MESSAGES = 20;
/**
 * Full logs (message and frames) per interval, whatever the messages: an error whose text changes
 * every time (an id, a count in it) is never a repeat, and would otherwise be logged in full on
 * every round.
 */
export const FULL_LOGS_PER_INTERVAL = 3;

interface Remembered {
  /** When the last line about this message was written. */
  loggedAt: number;
  /** Occurrences since then that wrote nothing. */
  repeats: number;
}

export class RepeatedErrors {
  private readonly seen = new Map<string, Remembered>();
  /** When the latest full logs were written (at most FULL_LOGS_PER_INTERVAL kept). */
  private fullLogTimes: number[] = [];
  /** New messages not logged in full because of the cap, since the last full log. */
  private notLogged = 0;

  decide(message: string, now: number): ErrorLogDecision {
    const remembered = this.seen.get(message);
    if (remembered === undefined) {
      this.fullLogTimes = this.fullLogTimes.filter((time) => now - time < SUMMARY_INTERVAL_MILLISECONDS);
      if (this.fullLogTimes.length >= FULL_LOGS_PER_INTERVAL) {
        this.notLogged += 1;
        return { kind: "quiet" };
      }
      this.fullLogTimes.push(now);
      if (this.seen.size >= REMEMBERED_MESSAGES) {
        // A Map keeps insertion order: the first key is the message first seen longest ago.
        const oldest = Array.from(this.seen.keys())[0];
        if (oldest !== undefined) {
          this.seen.delete(oldest);
        }
      }
      this.seen.set(message, { loggedAt: now, repeats: 0 });
      const notLogged = this.notLogged;
      this.notLogged = 0;
      return { kind: "full", notLogged: notLogged };
    }
    remembered.repeats += 1;
    const elapsed = now - remembered.loggedAt;
    if (elapsed < SUMMARY_INTERVAL_MILLISECONDS) {
      return { kind: "quiet" };
    }
    const repeats = remembered.repeats;
    remembered.repeats = 0;
    remembered.loggedAt = now;
    return { kind: "summary", repeats, seconds: Math.round(elapsed / 1000) };
  }
}
