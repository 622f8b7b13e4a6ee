/** Users' ratings of films and episodes: their payload, and the session's rules for them (read by polling, as Kodi sends no notification). */
import Ajv from "ajv";
import { readFileSync } from "fs";
import { join } from "path";
import { RATINGS_POLL_MILLISECONDS } from "../../src/core/group-session";
import { encodeRatingMessage, parseRatingMessage } from "../../src/core/rating-state";
import { itemIdentity, itemKeys } from "../../src/core/item-identity";
import { itemTopic, parseItemTopic } from "../../src/core/topics";
import { InMemoryLibrary, SessionDriver, movie, settingsFor, tvShow } from "./support/session-driver";

const GROUP = "home";
const schema = JSON.parse(readFileSync(join(__dirname, "../../docs/schemas/rating-state.v1.json"), "utf8"));
const validate = new Ajv({ strict: true }).compile(schema);

function device(syncRatings = true): SessionDriver {
  const driver = new SessionDriver(
    settingsFor("device-a", { syncRatings }),
    new InMemoryLibrary([movie(1, "tt1", { userrating: 0 }), movie(2, "tt2", { userrating: 7 })]),
  );
  driver.connect();
  driver.returnMarker();
  return driver;
}

function ratingsSent(driver: SessionDriver, imdb: string): number[] {
  return driver.publishedOn(`/movie/imdb:${imdb}/rating`).map((publication) => parseRatingMessage(publication.payload).state?.rating ?? -1);
}

describe("rating-state payloads", () => {
  test("what the encoder sends is valid for code and schema; 0 (cleared) to 10", () => {
    for (const rating of [0, 1, 10]) {
      const text = encodeRatingMessage({ rating, time: 5, device: "kodi-1" }, "movie/imdb:tt1/rating");
      expect(validate(JSON.parse(text))).toBe(true);
      expect(parseRatingMessage(text).state).toEqual({ rating, time: 5, device: "kodi-1" });
    }
  });

  test.each([[11], [-1], [2.5], ["8"], [null]])("a rating of %p is refused by code and schema", (rating) => {
    const payload = { v: 1, device: "a", time: 1, rating, item: "movie/imdb:tt1/rating" };
    expect(validate(payload)).toBe(false);
    expect(parseRatingMessage(JSON.stringify(payload)).problem).toMatch(/rating must be/);
  });

  test("a rating that names no item is refused by schema and session, as song states are", () => {
    const payload = { v: 1, device: "device-b", time: 1, rating: 9 };
    expect(validate(payload)).toBe(false);
    const driver = device();
    driver.receive(itemTopic(GROUP, "movie", "imdb:tt1", "rating"), JSON.stringify({ ...payload, time: driver.now }), false);
    expect(driver.library.getItem("movie", 1)?.userrating).toBe(0);
    expect(driver.logged("warning", "it names no item")).toBe(true);
  });
});

describe("ratings in the session", () => {
  test("a rating set, changed and cleared on this device is published each time (the rated listing is polled)", () => {
    const driver = device();
    driver.library.change("movie", 1, { userrating: 8 });
    driver.advance(RATINGS_POLL_MILLISECONDS);
    driver.library.change("movie", 2, { userrating: 0 });
    driver.advance(RATINGS_POLL_MILLISECONDS);
    driver.advance(RATINGS_POLL_MILLISECONDS);
    expect(ratingsSent(driver, "tt1")).toEqual([8]);
    expect(ratingsSent(driver, "tt2")).toEqual([0]);
    expect(driver.publishedOn("/rating")[0]).toMatchObject({ qos: 1, retain: true });
  });

  test("a rating from the group is written once, and the next listing does not send it back", () => {
    const driver = device();
    const topic = itemTopic(GROUP, "movie", "imdb:tt1", "rating");
    driver.receive(topic, encodeRatingMessage({ rating: 9, time: driver.now, device: "device-b" }, "movie/imdb:tt1/rating"), false);
    expect(driver.library.getItem("movie", 1)?.userrating).toBe(9);
    expect(driver.logged("info", "rated 9/10")).toBe(true);
    driver.advance(RATINGS_POLL_MILLISECONDS);
    expect(driver.publishedOn("/rating")).toEqual([]);
    // An older rating does not undo it (same conflict rule as every field).
    driver.receive(topic, encodeRatingMessage({ rating: 2, time: driver.now - 60_000, device: "device-c" }, "movie/imdb:tt1/rating"), false);
    expect(driver.library.getItem("movie", 1)?.userrating).toBe(9);
  });

  test("with Sync ratings off nothing is polled, sent or written", () => {
    const driver = device(false);
    driver.library.change("movie", 1, { userrating: 8 });
    driver.advance(RATINGS_POLL_MILLISECONDS);
    expect(driver.reads).not.toContain("rated");
    driver.receive(
      itemTopic(GROUP, "movie", "imdb:tt2", "rating"),
      encodeRatingMessage({ rating: 1, time: driver.now, device: "device-b" }, "movie/imdb:tt2/rating"),
      false,
    );
    expect(driver.library.getItem("movie", 2)?.userrating).toBe(7);
    expect(driver.publishedOn("/rating")).toEqual([]);
  });

  test("a rated film removed from the library is not published as cleared (its rating stays on the other devices)", () => {
    const driver = device();
    driver.library.items.delete("movie|2"); // "Remove from library", or a clean while its share is offline
    driver.advance(RATINGS_POLL_MILLISECONDS);
    driver.advance(RATINGS_POLL_MILLISECONDS);
    expect(ratingsSent(driver, "tt2")).toEqual([]);
    // Read once to tell a removal from a clear, then forgotten: not read again at every poll.
    expect(driver.reads.filter((read) => read === "item movie 2")).toHaveLength(1);
  });

  test("a rating cleared on this device is still published: the unlisted film is read and shows no rating", () => {
    const driver = device();
    driver.library.change("movie", 2, { userrating: 0 });
    driver.advance(RATINGS_POLL_MILLISECONDS);
    expect(ratingsSent(driver, "tt2")).toEqual([0]);
  });

  test("an unsent rating survives a restart and counts as the newest known state", () => {
    const first = device();
    first.brokerTakes = false;
    first.library.change("movie", 1, { userrating: 8 });
    first.advance(RATINGS_POLL_MILLISECONDS);
    const saved = first.savedOutbox;
    expect(saved).toContain("rating");
    const second = new SessionDriver(
      settingsFor("device-a", { syncRatings: true }),
      new InMemoryLibrary([movie(1, "tt1", { userrating: 8 }), movie(2, "tt2", { userrating: 7 })]),
      undefined,
      saved,
    );
    second.connect();
    // An older rating retained on the broker arrives during the catch-up: it must not undo the unsent one.
    second.receive(
      itemTopic(GROUP, "movie", "imdb:tt1", "rating"),
      encodeRatingMessage({ rating: 3, time: first.now - 60_000, device: "device-b" }, "movie/imdb:tt1/rating"),
      false,
    );
    expect(second.library.getItem("movie", 1)?.userrating).toBe(8);
    second.returnMarker();
    expect(ratingsSent(second, "tt1")).toContain(8);
  });

  test("a rating Kodi refused to write is not sent back over the group's newer one at the next poll", () => {
    const driver = device();
    driver.library.refuseWrites = true;
    driver.receive(
      itemTopic(GROUP, "movie", "imdb:tt2", "rating"),
      encodeRatingMessage({ rating: 4, time: driver.now, device: "device-b" }, "movie/imdb:tt2/rating"),
      false,
    );
    expect(driver.logged("error", "could not mark")).toBe(true);
    expect(driver.library.getItem("movie", 2)?.userrating).toBe(7);
    driver.advance(RATINGS_POLL_MILLISECONDS);
    driver.advance(RATINGS_POLL_MILLISECONDS);
    expect(ratingsSent(driver, "tt2")).toEqual([]);
  });

  test("a rating set while Sync ratings was off is not sent when it is switched on (a fresh baseline)", () => {
    const driver = device(false);
    driver.library.change("movie", 1, { userrating: 8 });
    driver.advance(RATINGS_POLL_MILLISECONDS);
    driver.run(driver.session.applySettings(settingsFor("device-a", { syncRatings: true }), driver.now));
    driver.advance(RATINGS_POLL_MILLISECONDS);
    driver.advance(RATINGS_POLL_MILLISECONDS);
    expect(ratingsSent(driver, "tt1")).toEqual([]);
    // A change made after switching it on goes out.
    driver.library.change("movie", 1, { userrating: 9 });
    driver.advance(RATINGS_POLL_MILLISECONDS);
    expect(ratingsSent(driver, "tt1")).toEqual([9]);
  });
});

describe("ratings of TV shows", () => {
  function showDevice(): SessionDriver {
    const driver = new SessionDriver(
      settingsFor("device-a", { syncRatings: true }),
      new InMemoryLibrary([tvShow(7, "Coastline", 2015, { tvdb: "993310", imdb: "tt9" }), tvShow(8, "  Quiet   Harbour ", 2011, {})]),
    );
    driver.connect();
    driver.returnMarker();
    return driver;
  }

  test("a show is known by its tvdb id as its episodes name it, else by its normalised title and year", () => {
    expect(itemIdentity(tvShow(7, "Coastline", 2015, { tvdb: "993310", imdb: "tt9" }))).toBe("tvdb:993310");
    expect(itemIdentity(tvShow(7, "Coastline", 2015, { imdb: "tt9", tmdb: "55" }))).toBe("tmdb:55");
    expect(itemIdentity(tvShow(8, "  Quiet   Harbour ", 2011, {}))).toBe("title:quiet harbour|2011");
    // Reachable by every id and by the title key, whichever the sender chose.
    expect(itemKeys(tvShow(7, "Coastline", 2015, { tvdb: "993310", imdb: "tt9" }))).toEqual(["imdb:tt9", "tvdb:993310", "title:coastline|2015"]);
  });

  test("a show has a rating topic and no other field", () => {
    expect(parseItemTopic(GROUP, itemTopic(GROUP, "tvshow", "tvdb:1", "rating"))).toEqual({ kind: "tvshow", identity: "tvdb:1", field: "rating" });
    expect(parseItemTopic(GROUP, itemTopic(GROUP, "tvshow", "tvdb:1", "watched"))).toBeNull();
    expect(parseItemTopic(GROUP, itemTopic(GROUP, "tvshow", "tvdb:1", "resume"))).toBeNull();
  });

  test("a show rated, re-rated and cleared here is published on its own topic each time, valid for the schema", () => {
    const driver = showDevice();
    for (const rating of [8, 3, 0]) {
      driver.library.change("tvshow", 7, { userrating: rating });
      driver.advance(RATINGS_POLL_MILLISECONDS);
    }
    driver.library.change("tvshow", 8, { userrating: 6 });
    driver.advance(RATINGS_POLL_MILLISECONDS);
    const sent = driver.publishedOn("/tvshow/tvdb:993310/rating");
    expect(sent.map((publication) => parseRatingMessage(publication.payload).state?.rating)).toEqual([8, 3, 0]);
    expect(JSON.parse(sent[0]?.payload ?? "{}")).toMatchObject({ item: "tvshow/tvdb:993310/rating" });
    expect(validate(JSON.parse(sent[0]?.payload ?? "{}"))).toBe(true);
    expect(driver.publishedOn("/tvshow/title:quiet harbour|2011/rating")).toHaveLength(1);
  });

  test("a show's rating from the group is written to the show (found by any of its ids), and not sent back", () => {
    const driver = showDevice();
    driver.receive(
      itemTopic(GROUP, "tvshow", "imdb:tt9", "rating"),
      encodeRatingMessage({ rating: 9, time: driver.now, device: "device-b" }, "tvshow/imdb:tt9/rating"),
      false,
    );
    expect(driver.library.getItem("tvshow", 7)?.userrating).toBe(9);
    driver.advance(RATINGS_POLL_MILLISECONDS);
    expect(driver.publishedOn("/rating")).toEqual([]);
  });

  test("a show's rating that waits for the show is written when a scan brings it", () => {
    const driver = showDevice();
    driver.receive(
      itemTopic(GROUP, "tvshow", "tvdb:4242", "rating"),
      encodeRatingMessage({ rating: 5, time: driver.now, device: "device-b" }, "tvshow/tvdb:4242/rating"),
      false,
    );
    driver.library.items.set("tvshow|9", tvShow(9, "Late Show", 2020, { tvdb: "4242" }));
    driver.run(driver.session.libraryChanged());
    expect(driver.library.getItem("tvshow", 9)?.userrating).toBe(5);
  });
});
