import Ajv from "ajv";
import { readFileSync } from "fs";
import { join } from "path";
import { encodeWatchedMessage, parseWatchedItemMessage as parseWatchedMessage, isKodiDateTimeOrEmpty } from "../../src/core/item-messages";

const schema = JSON.parse(readFileSync(join(__dirname, "../../docs/schemas/watched-state.v1.json"), "utf8"));
const validate = new Ajv({ strict: true }).compile(schema);

const valid = [
  { v: 1, device: "kodi-1", time: 1_700_000_000_000, playcount: 1, lastplayed: "2026-11-23 20:15:00" },
  { v: 1, device: "x", time: 0, playcount: 0, lastplayed: "" },
  { v: 1, device: "kodi-1", time: 5, playcount: 3, lastplayed: "", later: "fields are ignored" },
  { v: 1, device: "kodi-1", time: 5, playcount: 1, lastplayed: "2026-03-14 15:09:26", playedAt: "2026-03-14T19:09:26Z" },
  { v: 1, device: "kodi-1", time: 5, playcount: 0, lastplayed: "", playedAt: "" },
];
const invalid: unknown[] = [
  null,
  [],
  "text",
  42,
  {},
  { v: 2, device: "a", time: 1, playcount: 1, lastplayed: "" },
  { v: "1", device: "a", time: 1, playcount: 1, lastplayed: "" },
  { v: 1, device: "", time: 1, playcount: 1, lastplayed: "" },
  { v: 1, device: "d".repeat(129), time: 1, playcount: 1, lastplayed: "" },
  { v: 1, device: 7, time: 1, playcount: 1, lastplayed: "" },
  { v: 1, device: "a", time: -1, playcount: 1, lastplayed: "" },
  { v: 1, device: "a", time: 1.5, playcount: 1, lastplayed: "" },
  { v: 1, device: "a", time: "1", playcount: 1, lastplayed: "" },
  { v: 1, device: "a", time: 1, playcount: -1, lastplayed: "" },
  { v: 1, device: "a", time: 1, playcount: 1000001, lastplayed: "" },
  { v: 1, device: "a", time: 1, playcount: true, lastplayed: "" },
  { v: 1, device: "a", time: 1, playcount: 1, lastplayed: "yesterday" },
  { v: 1, device: "a", time: 1, playcount: 1, lastplayed: "2026-11-23T20:15:00" },
  { v: 1, device: "a", time: 1, playcount: 1 },
  { v: 1, device: "a", time: 1, playcount: 1, lastplayed: "", playedAt: "2026-03-14 19:09:26" },
  { v: 1, device: "a", time: 1, playcount: 1, lastplayed: "", playedAt: "2026-03-14T19:09:26+01:00" },
  { v: 1, device: "a", time: 1, playcount: 1, lastplayed: "", playedAt: 1773515366 },
];

describe("watched-state payloads", () => {
  test.each(valid.map((payload) => [JSON.stringify(payload)]))("accepted by code and schema: %s", (text) => {
    expect(validate(JSON.parse(text))).toBe(true);
    expect(parseWatchedMessage(text).state).not.toBeNull();
  });

  test.each(invalid.map((payload) => [JSON.stringify(payload)]))("rejected by code and schema: %s", (text) => {
    expect(validate(JSON.parse(text))).toBe(false);
    const parsed = parseWatchedMessage(text);
    expect(parsed.state).toBeNull();
    expect(parsed.problem).not.toBe("");
  });

  test.each([[""], ["{"], ["not json"], ["\u0000"]])("text that is not JSON is rejected: %j", (text) => {
    expect(parseWatchedMessage(text)).toEqual({ state: null, problem: "not JSON" });
  });

  test("what we publish is what the schema describes, and reads back the same", () => {
    const state = { playcount: 2, lastplayed: "2026-01-02 03:04:05", time: 123456789, device: "kodi-9" };
    const text = encodeWatchedMessage(state);
    expect(validate(JSON.parse(text))).toBe(true);
    expect(parseWatchedMessage(text).state).toEqual(state);
  });

  test("Kodi date-times are checked by shape", () => {
    expect(isKodiDateTimeOrEmpty("2026-11-23 20:15:00")).toBe(true);
    expect(isKodiDateTimeOrEmpty("2026-11-23 20:15")).toBe(false);
    expect(isKodiDateTimeOrEmpty("2026/11/23 20:15:00")).toBe(false);
  });
});

describe("the UTC instant of last played (playedAt)", () => {
  test("travels beside the sender's local text and is read back; a state without one reads as before", () => {
    const state = { playcount: 1, lastplayed: "2026-03-14 15:09:26", playedAt: "2026-03-14T19:09:26Z", time: 5, device: "kodi-1" };
    const text = encodeWatchedMessage(state, "movie/imdb:tt1/watched");
    expect(JSON.parse(text)).toMatchObject({ lastplayed: "2026-03-14 15:09:26", playedAt: "2026-03-14T19:09:26Z" });
    expect(validate(JSON.parse(text))).toBe(true);
    expect(parseWatchedMessage(text).state).toEqual(state);
    const older = encodeWatchedMessage({ playcount: 1, lastplayed: "2026-03-14 15:09:26", time: 5, device: "kodi-1" });
    expect(JSON.parse(older)).not.toHaveProperty("playedAt");
    expect(parseWatchedMessage(older).state).toEqual({ playcount: 1, lastplayed: "2026-03-14 15:09:26", time: 5, device: "kodi-1" });
  });
});
