/**
 * The payloads as the schemas in docs/schemas describe them: what the code publishes validates
 * (ajv), and the code's own checks (what runs in Kodi) accept and reject exactly what the schemas do.
 */
import Ajv from "ajv";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { encodeDeviceStatus } from "../../src/core/device-status";
import { encodeResumeMessage, encodeWatchedMessage, namedItem, parseResumeMessage, parseWatchedItemMessage } from "../../src/core/item-messages";

function schema(name: string): ReturnType<Ajv["compile"]> {
  return new Ajv({ strict: true }).compile(JSON.parse(readFileSync(join(__dirname, "../../docs/schemas", name), "utf8")) as object);
}

const resumeSchema = schema("resume-state.v1.json");
const watchedSchema = schema("watched-state.v1.json");
const deviceSchema = schema("device-status.v1.json");

const resumeValid = [
  { v: 1, device: "kodi-1", time: 1_700_000_000_000, position: 312.5, total: 600 },
  { v: 1, device: "kodi-1", time: 0, position: 0, total: 0 },
  { v: 1, device: "kodi-1", time: 1, position: 10, total: 0 },
  { v: 1, device: "kodi-1", time: 1, position: 1, total: 2, extra: true },
];
const resumeInvalid: unknown[] = [
  { v: 1, device: "kodi-1", time: 1, position: -1, total: 600 },
  { v: 1, device: "kodi-1", time: 1, position: "10", total: 600 },
  { v: 1, device: "kodi-1", time: 1, position: 10 },
  { v: 1, device: "kodi-1", time: 1, position: 900000, total: 0 },
  { v: 2, device: "kodi-1", time: 1, position: 1, total: 2 },
  { v: 1, device: "", time: 1, position: 1, total: 2 },
  { v: 1, device: "kodi-1", time: 1.5, position: 1, total: 2 },
  [],
  null,
];

describe("resume payloads", () => {
  test.each(resumeValid.map((payload) => [JSON.stringify(payload)]))("accepted by code and schema: %s", (text) => {
    expect(resumeSchema(JSON.parse(text))).toBe(true);
    expect(parseResumeMessage(text).state).not.toBeNull();
  });

  test.each(resumeInvalid.map((payload) => [JSON.stringify(payload)]))("rejected by code and schema, with a reason: %s", (text) => {
    expect(resumeSchema(JSON.parse(text))).toBe(false);
    const parsed = parseResumeMessage(text);
    expect(parsed.state).toBeNull();
    expect(parsed.problem).not.toBe("");
  });

  test("a position beyond the known total is rejected by the code (the schema states it in words)", () => {
    expect(parseResumeMessage(JSON.stringify({ v: 1, device: "a", time: 1, position: 700, total: 600 })).state).toBeNull();
  });

  test("what we publish validates and reads back the same", () => {
    const state = { position: 125.25, total: 5400, time: 1_763_928_900_000, device: "kodi-482913" };
    const text = encodeResumeMessage(state);
    expect(resumeSchema(JSON.parse(text))).toBe(true);
    expect(parseResumeMessage(text).state).toEqual(state);
  });

  test("not JSON, empty, or a different kind of message is rejected", () => {
    for (const text of ["", "{", "[1]", '"x"', "1e999", JSON.stringify({ v: 1, device: "a", time: 1, playcount: 1, lastplayed: "" })]) {
      expect(parseResumeMessage(text).state).toBeNull();
    }
  });
});

describe("watched payloads for movies and episodes", () => {
  test("what we publish validates and reads back the same", () => {
    const state = { playcount: 2, lastplayed: "2026-11-23 20:15:00", time: 1_763_928_900_000, device: "kodi-482913" };
    const text = encodeWatchedMessage(state);
    expect(watchedSchema(JSON.parse(text))).toBe(true);
    expect(parseWatchedItemMessage(text).state).toEqual(state);
  });
});

describe("the item a state names", () => {
  test("is optional, validates against both schemas and reads back; a non-string is refused by code and schema", () => {
    const watched = encodeWatchedMessage({ playcount: 1, lastplayed: "", time: 1, device: "a" }, "movie/imdb:tt1/watched");
    const resume = encodeResumeMessage({ position: 1, total: 2, time: 1, device: "a" }, "movie/imdb:tt1/resume");
    expect(watchedSchema(JSON.parse(watched))).toBe(true);
    expect(resumeSchema(JSON.parse(resume))).toBe(true);
    expect(parseWatchedItemMessage(watched).state).toEqual({ playcount: 1, lastplayed: "", time: 1, device: "a" });
    expect(namedItem(watched)).toBe("movie/imdb:tt1/watched");
    expect(namedItem(resume)).toBe("movie/imdb:tt1/resume");
    expect(namedItem(encodeWatchedMessage({ playcount: 1, lastplayed: "", time: 1, device: "a" }))).toBe("");
    const numbered = JSON.stringify({ v: 1, device: "a", time: 1, playcount: 1, lastplayed: "", item: 5 });
    expect(watchedSchema(JSON.parse(numbered))).toBe(false);
    expect(parseWatchedItemMessage(numbered).state).toBeNull();
  });
});

describe("device status", () => {
  test("what we publish validates", () => {
    const text = encodeDeviceStatus({ device: "kodi-1", name: "Living room", version: "4.0.0", online: true, time: 1_763_928_900_000 });
    expect(deviceSchema(JSON.parse(text))).toBe(true);
  });
});
