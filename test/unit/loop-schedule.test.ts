/**
 * The service loop's schedule (core/loop-schedule.ts, core/timed-work.ts): the thread sleeps until
 * the session's next timed work or Kodi's callback bound, and the session, ticked only when it asks,
 * does what it did when it was ticked every 100 ms: the same polls, the same pace under a rate
 * limit, the catch-up marker resent and given up on time.
 */
import { CATCH_UP_TIMEOUT_MILLISECONDS, MARKER_RESEND_MILLISECONDS } from "../../src/core/catch-up";
import { FAVOURITES_POLL_MILLISECONDS, RATINGS_POLL_MILLISECONDS, RESUME_POLL_MILLISECONDS } from "../../src/core/group-session";
import { LocalItem } from "../../src/core/library-store";
import { PACING_WINDOW_MILLISECONDS } from "../../src/core/publish-pacing";
import { CloudSyncSettings } from "../../src/core/settings";
import {
  CALLBACK_WAIT_MILLISECONDS,
  CALLBACK_WAIT_WITHOUT_STREAM_MILLISECONDS,
  LONGEST_TIMER_GAP_MILLISECONDS,
  LoopSchedule,
  SHORTEST_TIMER_GAP_MILLISECONDS,
} from "../../src/core/loop-schedule";
import { BUSY_TICK_MILLISECONDS, nextDueAt } from "../../src/core/timed-work";
import { InMemoryFavourites, InMemoryLibrary, SessionDriver, movie, settingsFor } from "./support/session-driver";

const START = 1_700_000_000_000;

describe("the loop schedule", () => {
  test("timers that throw run again after the shortest gap, not at once in a loop", () => {
    const schedule = new LoopSchedule();
    const failing = (): number => {
      throw new Error("the status display failed");
    };
    expect(() => schedule.runTimers(START, () => START, failing)).toThrow("the status display failed");
    expect(schedule.timersDue(START + SHORTEST_TIMER_GAP_MILLISECONDS - 1)).toBe(false);
    expect(schedule.waitSeconds(START, true, false)).toBe(SHORTEST_TIMER_GAP_MILLISECONDS / 1000);
    expect(schedule.timersDue(START + SHORTEST_TIMER_GAP_MILLISECONDS)).toBe(true);
  });

  test("timers that run are due next when their work says (within the gaps)", () => {
    const schedule = new LoopSchedule();
    schedule.runTimers(
      START,
      () => START + 5,
      () => START + 1_500,
    );
    expect(schedule.timersDue(START + 1_499)).toBe(false);
    expect(schedule.timersDue(START + 1_500)).toBe(true);
  });

  test("the first round runs the timers, at once", () => {
    const schedule = new LoopSchedule();
    expect(schedule.timersDue(START)).toBe(true);
    expect(schedule.waitSeconds(START, true, false)).toBe(0);
  });

  test("sleeps until the timers fall due, never longer than Kodi's callbacks may wait", () => {
    const schedule = new LoopSchedule();
    schedule.timersRan(START, START + 300);
    expect(schedule.timersDue(START + 299)).toBe(false);
    expect(schedule.timersDue(START + 300)).toBe(true);
    expect(schedule.waitSeconds(START, true, false)).toBeCloseTo(0.3, 6);
    expect(schedule.waitSeconds(START + 250, true, false)).toBeCloseTo(0.05, 6);
    schedule.timersRan(START, START + 1_800);
    expect(schedule.waitSeconds(START, true, false)).toBeCloseTo(CALLBACK_WAIT_MILLISECONDS / 1000, 6);
    // Without Kodi's JSON-RPC stream library changes come only through the callbacks: a short wait.
    expect(schedule.waitSeconds(START, false, false)).toBeCloseTo(CALLBACK_WAIT_WITHOUT_STREAM_MILLISECONDS / 1000, 6);
    // Messages left from a burst: no sleep at all.
    expect(schedule.waitSeconds(START, true, true)).toBe(0);
    // Past due: no sleep, and never a negative one.
    expect(schedule.waitSeconds(START + 5_000, true, false)).toBe(0);
  });

  test("timers run at most every 100 ms and at least every 2 s, whatever is asked", () => {
    const schedule = new LoopSchedule();
    schedule.timersRan(START, START);
    expect(schedule.timersDue(START + SHORTEST_TIMER_GAP_MILLISECONDS - 1)).toBe(false);
    expect(schedule.timersDue(START + SHORTEST_TIMER_GAP_MILLISECONDS)).toBe(true);
    schedule.timersRan(START, Infinity);
    expect(schedule.timersDue(START + LONGEST_TIMER_GAP_MILLISECONDS - 1)).toBe(false);
    expect(schedule.timersDue(START + LONGEST_TIMER_GAP_MILLISECONDS)).toBe(true);
  });

  test("work started by an event brings the timers forward, never back", () => {
    const schedule = new LoopSchedule();
    schedule.timersRan(START, START + 2_000);
    schedule.timersWanted(START + 10, START);
    expect(schedule.timersDue(START + 10 + SHORTEST_TIMER_GAP_MILLISECONDS - 1)).toBe(false);
    expect(schedule.timersDue(START + 10 + SHORTEST_TIMER_GAP_MILLISECONDS)).toBe(true);
    schedule.timersRan(START, START + 500);
    schedule.timersWanted(START, START + 1_500);
    expect(schedule.timersDue(START + 500)).toBe(true);
  });
});

describe("the session's next timed work", () => {
  test("the earliest poll, due moment or busy step", () => {
    expect(nextDueAt({ now: START, polls: [], dueAt: [], busy: false })).toBe(Infinity);
    const polls = [
      { lastAt: START - 1_000, everyMilliseconds: 2_000 },
      { lastAt: START - 4_500, everyMilliseconds: 5_000 },
    ];
    expect(nextDueAt({ now: START, polls, dueAt: [], busy: false })).toBe(START + 500);
    expect(nextDueAt({ now: START, polls, dueAt: [START + 200], busy: false })).toBe(START + 200);
    expect(nextDueAt({ now: START, polls, dueAt: [], busy: true })).toBe(START + BUSY_TICK_MILLISECONDS);
  });
});

/** Drives a session as the service now does: a tick only when the schedule says the timers are due, woken by nothing else; `afterTick` after each. */
function runScheduled(driver: SessionDriver, schedule: LoopSchedule, until: number, afterTick: () => void = () => undefined): number {
  let ticks = 0;
  while (true) {
    const wait = schedule.waitSeconds(driver.now, true, false);
    const next = driver.now + Math.max(Math.round(wait * 1000), 1);
    if (next > until) {
      driver.now = until;
      return ticks;
    }
    driver.now = next;
    if (schedule.timersDue(driver.now)) {
      driver.advance(0);
      afterTick();
      ticks += 1;
      schedule.timersRan(driver.now, driver.session.nextTickAt(driver.now));
    }
  }
}

function pollsOf(driver: SessionDriver): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const read of driver.reads) {
    counts[read] = (counts[read] ?? 0) + 1;
  }
  return counts;
}

const library = (count: number): LocalItem[] => Array.from({ length: count }, (_, index) => movie(index + 1, `tt${index + 1}`));

describe("the session ticked only when it asks", () => {
  const pollSettings: [string, Partial<CloudSyncSettings>][] = [
    ["every poll", {}],
    ["the in-progress listing alone", { syncRatings: false, syncFavorites: false }],
    ["the rated listing alone", { syncResume: false, syncFavorites: false }],
    ["the favourites alone", { syncResume: false, syncRatings: false }],
  ];
  test.each(pollSettings)("idle for a minute with %s: the same polls as ticking every 100 ms, in a tenth of the ticks", (_, switches) => {
    const everyTick = new SessionDriver(settingsFor("device-a", switches), new InMemoryLibrary(library(3)), new InMemoryFavourites([]));
    const scheduled = new SessionDriver(settingsFor("device-a", switches), new InMemoryLibrary(library(3)), new InMemoryFavourites([]));
    for (const driver of [everyTick, scheduled]) {
      driver.connect();
      driver.returnMarker();
      driver.reads = [];
    }
    const minute = 60_000;
    for (let elapsed = 0; elapsed < minute; elapsed += 100) {
      everyTick.advance(100);
    }
    const ticks = runScheduled(scheduled, new LoopSchedule(), scheduled.now + minute);
    const expected: Record<string, number> = {};
    if (everyTick.settings.syncFavorites) {
      expected["favourites"] = minute / FAVOURITES_POLL_MILLISECONDS;
    }
    if (everyTick.settings.syncResume) {
      expected["in-progress"] = minute / RESUME_POLL_MILLISECONDS;
    }
    if (everyTick.settings.syncRatings) {
      expected["rated"] = minute / RATINGS_POLL_MILLISECONDS;
    }
    expect(pollsOf(everyTick)).toEqual(expected);
    expect(pollsOf(scheduled)).toEqual(expected);
    // Where ticking every 100 ms took 600: at most one tick per poll and one per 2 s.
    expect(ticks).toBeLessThanOrEqual(Object.values(expected).reduce((sum, count) => sum + count, 0) + minute / LONGEST_TIMER_GAP_MILLISECONDS + 1);
  });

  test("with every poll switched off, the timers still run every 2 s (for what has no due time)", () => {
    const driver = new SessionDriver(settingsFor("device-a", { syncResume: false, syncRatings: false, syncFavorites: false }));
    driver.connect();
    driver.returnMarker();
    driver.reads = [];
    const ticks = runScheduled(driver, new LoopSchedule(), driver.now + 60_000);
    expect(driver.reads).toEqual([]);
    expect(ticks).toBeGreaterThanOrEqual(60_000 / LONGEST_TIMER_GAP_MILLISECONDS - 1);
    expect(ticks).toBeLessThanOrEqual(60_000 / LONGEST_TIMER_GAP_MILLISECONDS + 1);
  });

  test("the catch-up marker is resent after 5 s and given up on after 30 s", () => {
    // The polls switched off, so that none falls on the marker's moments by chance.
    const noPolls = settingsFor("device-a", { syncResume: false, syncRatings: false, syncFavorites: false });
    const driver = new SessionDriver(noPolls, new InMemoryLibrary(library(3)), new InMemoryFavourites([]));
    const connectedAt = driver.now;
    driver.connect();
    const markers = (): number => driver.publishedOn("/caught-up").length;
    expect(markers()).toBe(1);
    const schedule = new LoopSchedule();
    // The service brings the timers forward after each event's round.
    schedule.timersWanted(driver.now, driver.session.nextTickAt(driver.now));
    let resentAt = 0;
    let gaveUpAt = 0;
    runScheduled(driver, schedule, connectedAt + CATCH_UP_TIMEOUT_MILLISECONDS + 1_000, () => {
      if (resentAt === 0 && markers() > 1) {
        resentAt = driver.now;
      }
      if (gaveUpAt === 0 && driver.logged("warning", "the catch-up marker did not come back")) {
        gaveUpAt = driver.now;
      }
    });
    expect(resentAt - connectedAt).toBeGreaterThan(MARKER_RESEND_MILLISECONDS);
    expect(resentAt - connectedAt).toBeLessThanOrEqual(MARKER_RESEND_MILLISECONDS + 2 * BUSY_TICK_MILLISECONDS);
    expect(gaveUpAt - connectedAt).toBeGreaterThan(CATCH_UP_TIMEOUT_MILLISECONDS);
    expect(gaveUpAt - connectedAt).toBeLessThanOrEqual(CATCH_UP_TIMEOUT_MILLISECONDS + 2 * BUSY_TICK_MILLISECONDS);
  });

  test("under a limit of 10 publishes a second a burst goes out at the limit's pace, not the 2 s timers'", () => {
    const driver = new SessionDriver(settingsFor("device-a", { publishesPerSecond: 10 }), new InMemoryLibrary(library(35)), new InMemoryFavourites([]));
    driver.connect();
    driver.returnMarker();
    const schedule = new LoopSchedule();
    schedule.timersRan(driver.now, driver.session.nextTickAt(driver.now));
    const started = driver.now;
    for (let id = 1; id <= 35; id++) {
      driver.userChanged("movie", id, { playcount: 1 });
    }
    schedule.timersWanted(driver.now, driver.session.nextTickAt(driver.now));
    // The broker answers each publication within a round (the marker and status too: unanswered, they would hold places).
    let answered = 0;
    let doneAt = 0;
    runScheduled(driver, schedule, started + 60_000, () => {
      driver.run(driver.session.publicationsAnswered(driver.published.length - answered, driver.now));
      answered = driver.published.length;
      if (doneAt === 0 && driver.publishedOn("/watched").length === 35) {
        doneAt = driver.now;
      }
    });
    expect(driver.publishedOn("/watched")).toHaveLength(35);
    // 35 at 10 a window: the last goes three windows after the first, give or take a 100 ms step each.
    expect(doneAt - started).toBeLessThanOrEqual(3 * PACING_WINDOW_MILLISECONDS + 3 * BUSY_TICK_MILLISECONDS);
  });
});
