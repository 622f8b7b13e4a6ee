/**
 * How long the service thread sleeps between rounds, and when a round also runs the timers (the
 * settings file, the session's polls, the status lines). Paho's, the web server's and Kodi's
 * JSON-RPC stream's threads wake the thread at once when they queue something; it wakes by itself
 * only when a timer falls due, or to let Kodi deliver its callbacks (settings saved, the settings
 * buttons, abort), which Kodi hands over only while the service thread is in waitForAbort.
 * Pure: time comes in as a parameter.
 */

/**
 * The longest sleep while Kodi's JSON-RPC stream is open: how late a settings-dialog save or a
 * settings button can be seen, and how long Kodi's shutdown can wait for the service (Kodi allows
 * scripts 5 s). Each wake costs Kodi about 0.2 ms of CPU (measured on idle Kodi 20: every 100 ms
 * added 0.7 % of a core); one every half second is under 0.05 %.
 */
export const CALLBACK_WAIT_MILLISECONDS = 500;
/** Without the stream, library changes reach the service only through Kodi's callbacks: it looks this often. */
export const CALLBACK_WAIT_WITHOUT_STREAM_MILLISECONDS = 20;
/** Timers never run more often than this (the grain they always had), whatever a timer asks. */
export const SHORTEST_TIMER_GAP_MILLISECONDS = 100;
/** ...nor less often than this, for what has no due time of its own (the status lines' deferred writes, a notice after a minute of trouble). */
export const LONGEST_TIMER_GAP_MILLISECONDS = 2_000;

export class LoopSchedule {
  /** The first round runs the timers. */
  private timersDueAt = 0;

  /** True when the round at `now` is to run the timers. */
  timersDue(now: number): boolean {
    return now >= this.timersDueAt;
  }

  /** The timers ran at `now`; `wantedAt` is when the earliest of them falls due next (Infinity for none). */
  timersRan(now: number, wantedAt: number): void {
    this.timersDueAt = Math.min(Math.max(wantedAt, now + SHORTEST_TIMER_GAP_MILLISECONDS), now + LONGEST_TIMER_GAP_MILLISECONDS);
  }

  /**
   * Runs the timers' `work`, which returns when they next fall due. Until it returns they count as
   * run at `now`: when it throws, they run again after the shortest gap, not at once over and over
   * (the thread would spin at a full core, repeating the failure).
   */
  runTimers(now: number, clock: () => number, work: () => number): void {
    this.timersDueAt = now + SHORTEST_TIMER_GAP_MILLISECONDS;
    const wantedAt = work();
    this.timersRan(clock(), wantedAt);
  }

  /** Something handled at `now` has timed work at `wantedAt`: the timers run by then (never sooner than the shortest gap). */
  timersWanted(now: number, wantedAt: number): void {
    this.timersDueAt = Math.min(this.timersDueAt, Math.max(wantedAt, now + SHORTEST_TIMER_GAP_MILLISECONDS));
  }

  /**
   * Seconds to sleep at `now`: until the timers fall due, and no longer than Kodi's callbacks may
   * wait; none while messages are left from a burst.
   */
  waitSeconds(now: number, changesWakeTheService: boolean, backlog: boolean): number {
    if (backlog) {
      return 0;
    }
    const longest = changesWakeTheService ? CALLBACK_WAIT_MILLISECONDS : CALLBACK_WAIT_WITHOUT_STREAM_MILLISECONDS;
    return Math.min(Math.max(this.timersDueAt - now, 0), longest) / 1000;
  }
}
