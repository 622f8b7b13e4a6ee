/**
 * When the session next has timed work, so the service loop can sleep until then instead of
 * looking every tenth of a second. Pure: the session describes its timers, this says when the
 * earliest falls due.
 */

/** While the session waits on something that moves in small steps, its tick runs this often (the grain the loop always had). */
export const BUSY_TICK_MILLISECONDS = 100;

/** The session's timers at `now` (milliseconds since the epoch). */
export interface TimedWork {
  now: number;
  /** The polls switched on (favourites, the in-progress and rated listings): when each last ran, and how often it runs. */
  polls: { lastAt: number; everyMilliseconds: number }[];
  /** Single moments something falls due (the device status refresh, the summary of dropped messages). */
  dueAt: number[];
  /** True while a catch-up marker is awaited or a rate limit holds publications back: those step every BUSY_TICK_MILLISECONDS. */
  busy: boolean;
}

/** The earliest moment any of `work` falls due; Infinity when nothing is timed. */
export function nextDueAt(work: TimedWork): number {
  let next = Infinity;
  for (const poll of work.polls) {
    next = Math.min(next, poll.lastAt + poll.everyMilliseconds);
  }
  for (const due of work.dueAt) {
    next = Math.min(next, due);
  }
  if (work.busy) {
    next = Math.min(next, work.now + BUSY_TICK_MILLISECONDS);
  }
  return next;
}
