/** Favourite payloads: what the code publishes validates against the schemas, and the code's own checks agree with them. */
import Ajv from "ajv";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { encodeFavouriteListMessage, encodeFavouriteMessage, parseFavouriteListMessage, parseFavouriteMessage } from "../../src/core/favourite-messages";

function schema(name: string): ReturnType<Ajv["compile"]> {
  return new Ajv({ strict: true }).compile(JSON.parse(readFileSync(join(__dirname, "../../docs/schemas", name), "utf8")) as object);
}

const stateSchema = schema("favourite-state.v1.json");
const listSchema = schema("favourite-list.v1.json");
const base = {
  v: 1,
  device: "kodi-1",
  time: 1_700_000_000_000,
  present: true,
  title: "Films",
  type: "window",
  path: "",
  window: "videos",
  windowparameter: "videodb://movies/titles/",
  thumbnail: "",
};

const valid = [
  base,
  { ...base, type: "media", path: "/srv/a.mkv", window: "", windowparameter: "", thumbnail: "/t.jpg" },
  { ...base, present: false, extra: 1 },
];
const invalid: unknown[] = [
  { ...base, present: "yes" },
  { ...base, type: "unknown" },
  { ...base, title: 7 },
  { ...base, v: 2 },
  { ...base, thumbnail: "x".repeat(5000) },
  { ...base, device: "" },
  (({ path: _path, ...rest }) => rest)(base),
  [],
];

describe("favourite state payloads", () => {
  test.each(valid.map((payload) => [JSON.stringify(payload)]))("accepted by code and schema: %s", (text) => {
    expect(stateSchema(JSON.parse(text))).toBe(true);
    expect(parseFavouriteMessage(text).problem).toBe("");
  });

  test.each(invalid.map((payload) => [JSON.stringify(payload)]))("rejected by code and schema, with a reason: %s", (text) => {
    expect(stateSchema(JSON.parse(text))).toBe(false);
    const parsed = parseFavouriteMessage(text);
    expect(parsed.state).toBeNull();
    expect(parsed.problem).not.toBe("");
  });

  test("what the add-on publishes validates and reads back the same", () => {
    const state = {
      present: true,
      time: 5,
      device: "kodi-2",
      favourite: { title: "Film", type: "media" as const, path: "/a b.mkv", window: "", windowparameter: "", thumbnail: "" },
    };
    const text = encodeFavouriteMessage(state);
    expect(stateSchema(JSON.parse(text))).toBe(true);
    expect(parseFavouriteMessage(text).state).toEqual(state);
  });
});

describe("favourite list payloads", () => {
  test("what Publish All sends validates, reads back, and bad lists are refused", () => {
    const text = encodeFavouriteListMessage({ device: "kodi-1", time: 9, identities: ["media:/a", "window:videos:"] });
    expect(listSchema(JSON.parse(text))).toBe(true);
    expect(parseFavouriteListMessage(text).list).toEqual({ device: "kodi-1", time: 9, identities: ["media:/a", "window:videos:"] });
    for (const bad of [
      { v: 1, device: "k", time: 1, identities: [1] },
      { v: 1, device: "k", time: 1, identities: "all" },
      { v: 1, device: "k", time: 1 },
    ]) {
      expect(listSchema(bad)).toBe(false);
      expect(parseFavouriteListMessage(JSON.stringify(bad)).list).toBeNull();
    }
  });
});
