/**
 * How much of an unexpected error the service's round writes to kodi.log. The round catches an
 * error and goes on, so an error with a lasting cause comes back on every round: up to ten a second
 * (the 100 ms timer), each a message line plus one line per frame. Logged in full every time, that
 * is about a hundred lines a second and kodi.log grows without bound. So: the first time a message
 * is seen it is logged in full; while it keeps coming back, one summary line per interval says how
 * often.
 */

/** What to write for one occurrence: everything, a line counting the repeats since the last line, or nothing. */
export type ErrorLogDecision = { kind: "full" } | { kind: "summary"; repeats: number; seconds: number } | { kind: "quiet" };

/** One summary line per this many milliseconds while an error repeats. */
export const SUMMARY_INTERVAL_MILLISECONDS = 10_000;
/** Distinct messages remembered; past it the oldest is forgotten (and would be logged in full again). */
export const REMEMBERED_MESSAGES = 20;

interface Remembered {
  /** When the last line about this message was written. */
  loggedAt: number;
  /** Occurrences since then that wrote nothing. */
  repeats: number;
}

export class RepeatedErrors {
  private readonly seen = new Map<string, Remembered>();

  decide(message: string, now: number): ErrorLogDecision {
    const remembered = this.seen.get(message);
    if (remembered === undefined) {
      if (this.seen.size >= REMEMBERED_MESSAGES) {
        // A Map keeps insertion order: the first key is the message first seen longest ago.
        const oldest = Array.from(this.seen.keys())[0];
        if (oldest !== undefined) {
          this.seen.delete(oldest);
        }
      }
      this.seen.set(message, { loggedAt: now, repeats: 0 });
      return { kind: "full" };
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
