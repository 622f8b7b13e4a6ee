/** Users' ratings of films and episodes: their payload, and the session's rules for them (read by polling, as Kodi sends no notification). */
import Ajv from "ajv";
import { readFileSync } from "fs";
import { join } from "path";
import { RATINGS_POLL_MILLISECONDS } from "../../src/core/group-session";
import { encodeRatingMessage, parseRatingMessage } from "../../src/core/rating-state";
import { itemTopic } from "../../src/core/topics";
import { InMemoryLibrary, SessionDriver, movie, settingsFor } from "./support/session-driver";

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
    const payload = { v: 1, device: "a", time: 1, rating };
    expect(validate(payload)).toBe(false);
    expect(parseRatingMessage(JSON.stringify(payload)).problem).toMatch(/rating must be/);
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
});
