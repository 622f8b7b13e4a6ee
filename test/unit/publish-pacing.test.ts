/**
 * Respecting a broker's publish rate limit: the pure pacer (core/publish-pacing.ts), and the sync
 * session driven as the service drives it, with a limit of 10 a second, an in-memory library and
 * broker and a clock the test moves in the service's 100 ms ticks.
 */
import { PACING_WINDOW_MILLISECONDS, PublishPacer } from "../../src/core/publish-pacing";
import { OUTBOX_SAVE_MILLISECONDS } from "../../src/core/group-session";
import { LocalItem } from "../../src/core/library-store";
import { InMemoryFavourites, InMemoryLibrary, SessionDriver, movie, settingsFor } from "./support/session-driver";

const TICK_MILLISECONDS = 100;

describe("the pacer", () => {
  test("without a limit lets everything go", () => {
    const pacer = new PublishPacer();
    for (let count = 0; count < 1000; count++) {
      expect(pacer.mayPublish(0)).toBe(true);
      pacer.published();
    }
    expect(pacer.limited).toBe(false);
  });

  test("with a limit of 10 lets 10 go at once, then the next a window after the broker answered", () => {
    const pacer = new PublishPacer();
    pacer.setLimit(10);
    for (let count = 0; count < 10; count++) {
      expect(pacer.mayPublish(1000)).toBe(true);
      pacer.published();
    }
    expect(pacer.mayPublish(1000)).toBe(false);
    // Unanswered, they hold their places however long it takes (a broker that stopped reading).
    expect(pacer.mayPublish(60_000)).toBe(false);
    pacer.answered(10, 61_000);
    expect(pacer.mayPublish(61_000 + PACING_WINDOW_MILLISECONDS - 1)).toBe(false);
    expect(pacer.mayPublish(61_000 + PACING_WINDOW_MILLISECONDS)).toBe(true);
  });

  test("a publication not taken after all frees its place; a new connection forgets the unanswered", () => {
    const pacer = new PublishPacer();
    pacer.setLimit(2);
    pacer.published();
    pacer.published();
    expect(pacer.mayPublish(0)).toBe(false);
    pacer.notSent();
    expect(pacer.mayPublish(0)).toBe(true);
    pacer.published();
    pacer.connected();
    expect(pacer.mayPublish(0)).toBe(true);
  });

  test("never lets more than the limit go within any window, whatever the times asked", () => {
    const pacer = new PublishPacer();
    pacer.setLimit(7);
    const sent: number[] = [];
    let now = 0;
    for (let step = 0; step < 5000; step++) {
      now += (step * 7919) % 97; // irregular steps, 0 to 96 ms
      if (pacer.mayPublish(now)) {
        pacer.published();
        pacer.answered(1, now);
        sent.push(now);
      }
    }
    let most = 0;
    for (let last = 0, first = 0; last < sent.length; last++) {
      while (sent[last]! - sent[first]! >= PACING_WINDOW_MILLISECONDS) {
        first += 1;
      }
      most = Math.max(most, last - first + 1);
    }
    expect(most).toBe(7);
    // ...and does not hold back more than it must: about 7 per window over the whole run.
    expect(sent.length).toBeGreaterThan((now / PACING_WINDOW_MILLISECONDS) * 7 * 0.9);
  });

  test("a clock set back does not stall publishing", () => {
    const pacer = new PublishPacer();
    pacer.setLimit(2);
    pacer.published();
    pacer.published();
    pacer.answered(2, 100_000);
    expect(pacer.mayPublish(100_000)).toBe(false);
    expect(pacer.mayPublish(50_000)).toBe(true);
  });
});

function library(count: number): LocalItem[] {
  return Array.from({ length: count }, (_, index) => movie(index + 1, `tt${index + 1}`));
}

/** The broker answers everything published so far (a loopback broker answers within a round). */
function answerAll(driver: SessionDriver): void {
  const answered = answeredCounts.get(driver) ?? 0;
  if (driver.published.length > answered) {
    answeredCounts.set(driver, driver.published.length);
    driver.run(driver.session.publicationsAnswered(driver.published.length - answered, driver.now));
  }
}
const answeredCounts = new Map<SessionDriver, number>();

/** Ticks like the service (every 100 ms, the broker answering at once) until `done`, and returns when each publication went. */
function tickUntil(driver: SessionDriver, done: () => boolean, limitMilliseconds = 60_000): number[] {
  const times: number[] = [];
  const started = driver.now;
  while (!done() && driver.now - started < limitMilliseconds) {
    const before = driver.published.length;
    answerAll(driver);
    driver.advance(TICK_MILLISECONDS);
    for (let count = before; count < driver.published.length; count++) {
      times.push(driver.now);
    }
  }
  return times;
}

function mostInAnySecond(times: number[]): number {
  let most = 0;
  for (let last = 0, first = 0; last < times.length; last++) {
    while (times[last]! - times[first]! >= 1000) {
      first += 1;
    }
    most = Math.max(most, last - first + 1);
  }
  return most;
}

function watchedIdentities(driver: SessionDriver): string[] {
  return driver.publishedOn("/watched").map((publication) => /movie\/imdb:(tt\d+)\//.exec(publication.topic)?.[1] ?? "");
}

describe("the session under a limit of 10 publishes a second", () => {
  const limited = (items: number, savedOutbox: string | null = null): SessionDriver =>
    new SessionDriver(settingsFor("device-a", { publishesPerSecond: 10 }), new InMemoryLibrary(library(items)), new InMemoryFavourites([]), savedOutbox);

  test("a burst of 35 changes goes out in order, nothing lost, never more than 10 in a second", () => {
    const driver = limited(35);
    driver.connect();
    driver.returnMarker();
    const before = driver.published.length;
    for (let id = 1; id <= 35; id++) {
      driver.userChanged("movie", id, { playcount: 1 });
    }
    // An event without the time sends nothing under a limit: the tick does.
    expect(driver.published.length).toBe(before);
    const times = tickUntil(driver, () => driver.publishedOn("/watched").length === 35);
    expect(watchedIdentities(driver)).toEqual(Array.from({ length: 35 }, (_, index) => `tt${index + 1}`));
    expect(mostInAnySecond(times)).toBeLessThanOrEqual(10);
    // 35 at 10 per 1.1 s: four windows.
    expect(times[times.length - 1]! - times[0]!).toBeGreaterThanOrEqual(3 * PACING_WINDOW_MILLISECONDS);
    // Saved at most once a second under a limit: within the next second, the emptied outbox.
    driver.advance(OUTBOX_SAVE_MILLISECONDS);
    expect(JSON.parse(driver.savedOutbox ?? "{}").messages).toEqual([]);
  });

  test("what waits is in the saved outbox and survives a restart; the newest state of an item wins", () => {
    const driver = limited(30);
    driver.connect();
    driver.returnMarker();
    for (let id = 1; id <= 30; id++) {
      driver.userChanged("movie", id, { playcount: 1 });
    }
    driver.advance(TICK_MILLISECONDS);
    // The catch-up marker and the device status took 2 of the first second's 10.
    expect(watchedIdentities(driver)).toHaveLength(8);
    // Movie 30 changes again while its first state still waits: only the newer one goes.
    driver.now += 10;
    driver.userChanged("movie", 30, { playcount: 0 });
    // Under a limit the outbox is saved at most once a second, by a tick.
    driver.advance(OUTBOX_SAVE_MILLISECONDS);
    const sentFirst = watchedIdentities(driver);
    expect(sentFirst.length).toBeLessThanOrEqual(10);
    const saved = JSON.parse(driver.savedOutbox ?? "{}") as { messages: { identity: string }[] };
    expect(saved.messages.map((message) => message.identity)).toEqual(
      Array.from({ length: 30 - sentFirst.length }, (_, index) => `imdb:tt${index + 1 + sentFirst.length}`),
    );
    // Kodi stops here; the next run loads the saved outbox and sends the rest, paced, in order.
    const restarted = limited(30, driver.savedOutbox);
    restarted.connect();
    restarted.returnMarker();
    const times = tickUntil(restarted, () => restarted.publishedOn("/watched").length === 30 - sentFirst.length);
    expect([...sentFirst, ...watchedIdentities(restarted)]).toEqual(Array.from({ length: 30 }, (_, index) => `tt${index + 1}`));
    expect(JSON.parse(restarted.publishedOn("/watched").pop()?.payload ?? "{}").playcount).toBe(0);
    expect(mostInAnySecond(times)).toBeLessThanOrEqual(10);
  });

  test("the catch-up marker and the device status count towards the limit", () => {
    const driver = limited(20);
    for (let id = 1; id <= 20; id++) {
      driver.userChanged("movie", id, { playcount: 1 });
    }
    const times: number[] = [];
    driver.connect(); // the marker goes at once (nothing waits for the clock in a connect)
    for (let count = 0; count < driver.published.length; count++) {
      times.push(driver.now);
    }
    driver.returnMarker();
    times.push(...tickUntil(driver, () => driver.publishedOn("/watched").length === 20));
    expect(times).toHaveLength(driver.published.length);
    expect(mostInAnySecond(times)).toBeLessThanOrEqual(10);
  });

  test("stopping when the second's limit is used up leaves the offline status to the broker's Last Will", () => {
    const driver = limited(20);
    driver.connect();
    driver.returnMarker();
    for (let id = 1; id <= 20; id++) {
      driver.userChanged("movie", id, { playcount: 1 });
    }
    driver.advance(TICK_MILLISECONDS);
    const before = driver.published.length;
    driver.run(driver.session.stop(driver.now));
    expect(driver.published.length).toBe(before);
    expect(driver.session.offlineStatusByWill).toBe(true);
    // With room in the window, the device sends it itself.
    const quiet = limited(1);
    quiet.connect();
    quiet.returnMarker();
    quiet.advance(PACING_WINDOW_MILLISECONDS * 2);
    quiet.run(quiet.session.stop(quiet.now));
    expect(JSON.parse(quiet.published[quiet.published.length - 1]?.payload ?? "{}")).toMatchObject({ online: false });
    expect(quiet.session.offlineStatusByWill).toBe(false);
  });

  test("without a limit (the default) a burst goes out at once, as before", () => {
    const driver = new SessionDriver(settingsFor("device-a"), new InMemoryLibrary(library(50)));
    driver.connect();
    driver.returnMarker();
    for (let id = 1; id <= 50; id++) {
      driver.userChanged("movie", id, { playcount: 1 });
    }
    expect(driver.publishedOn("/watched")).toHaveLength(50);
  });

  test("a new limit from the settings applies at once and is logged", () => {
    const driver = new SessionDriver(settingsFor("device-a"), new InMemoryLibrary(library(40)));
    driver.connect();
    driver.returnMarker();
    driver.run(driver.session.applySettings(settingsFor("device-a", { publishesPerSecond: 5 }), driver.now));
    expect(driver.logged("info", "publishing at most 5 message(s) per second")).toBe(true);
    for (let id = 1; id <= 40; id++) {
      driver.userChanged("movie", id, { playcount: 1 });
    }
    const times = tickUntil(driver, () => driver.publishedOn("/watched").length === 40);
    expect(mostInAnySecond(times)).toBeLessThanOrEqual(5);
  });
});
