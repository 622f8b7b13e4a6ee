import { CloudSyncSettings } from "../../src/core/settings";
import { parseSettingsChange, webSettingsView } from "../../src/core/web-settings-form";

/** parseSettingsChange of a value written as JSON. */
function change(value: unknown) {
  return parseSettingsChange(JSON.stringify(value));
}

function settingsWith(values: Partial<CloudSyncSettings>): CloudSyncSettings {
  return Object.assign(new CloudSyncSettings(), values);
}

describe("webSettingsView", () => {
  test("never holds the password, only whether one is set", () => {
    const view = webSettingsView(settingsWith({ password: "hunter2-secret", username: "kodi" }));
    expect(view.passwordSet).toBe(true);
    expect(Object.keys(view)).not.toContain("password");
    expect(JSON.stringify(view)).not.toContain("hunter2-secret");
  });

  test("passwordSet is false when no password is set", () => {
    expect(webSettingsView(settingsWith({ password: "" })).passwordSet).toBe(false);
  });

  test("shows every page field from the settings", () => {
    const view = webSettingsView(
      settingsWith({
        brokerHost: "broker.example",
        brokerPort: 1883,
        username: "kodi",
        password: "x",
        useTls: false,
        syncWatched: false,
        syncResume: true,
        syncFavorites: false,
        syncFavoriteRemovals: true,
        syncMusic: false,
        deviceName: "Living room",
        syncGroup: "family",
        publishesPerSecond: 10,
      }),
    );
    expect(view).toEqual({
      brokerHost: "broker.example",
      brokerPort: 1883,
      username: "kodi",
      passwordSet: true,
      useTls: false,
      syncWatched: false,
      syncResume: true,
      syncRatings: true,
      syncFavorites: false,
      syncFavoriteRemovals: true,
      syncMusic: false,
      deviceName: "Living room",
      syncGroup: "family",
      passphraseSet: false,
      publishesPerSecond: 10,
    });
  });

  test("the group passphrase is write-only: the view says only whether one is set; empty keeps it, spaces are kept", () => {
    const view = webSettingsView(settingsWith({ passphrase: "our secret phrase" }));
    expect(view.passphraseSet).toBe(true);
    expect(JSON.stringify(view)).not.toContain("our secret phrase");
    expect(parseSettingsChange(JSON.stringify({ passphrase: " with spaces " })).changes).toEqual({ sync_passphrase: " with spaces " });
    expect(parseSettingsChange(JSON.stringify({ passphrase: "" })).changes).toEqual({});
    expect(parseSettingsChange(JSON.stringify({ clearPassphrase: true })).changes).toEqual({ sync_passphrase: "" });
    expect(parseSettingsChange(JSON.stringify({ clearPassphrase: true, passphrase: "x" })).errors).toEqual({
      passphrase: "cannot set a new passphrase and remove it at once",
    });
    expect(parseSettingsChange(JSON.stringify({ passphrase: "x".repeat(257) })).errors).toEqual({ passphrase: "must be at most 256 characters" });
  });

  test("does not leak settings the page does not own (PIN, device id, CA file)", () => {
    const view = webSettingsView(settingsWith({ webPin: "123456", deviceId: "dev-1", caFile: "/ca.pem" }));
    const json = JSON.stringify(view);
    expect(json).not.toContain("123456");
    expect(json).not.toContain("dev-1");
    expect(json).not.toContain("/ca.pem");
  });
});

describe("parseSettingsChange: a valid change", () => {
  test("maps page fields to Kodi setting ids with values as Kodi stores them", () => {
    const result = change({
      brokerHost: "broker.example",
      brokerPort: 1883,
      username: "kodi",
      password: "s3cret",
      useTls: false,
      syncWatched: true,
      syncResume: false,
      syncFavorites: true,
      syncFavoriteRemovals: false,
      syncMusic: true,
      deviceName: "Living room",
      syncGroup: "family",
    });
    expect(result.problem).toBe("");
    expect(result.errors).toEqual({});
    expect(result.changes).toEqual({
      mqtt_broker_host: "broker.example",
      mqtt_broker_port: "1883",
      mqtt_username: "kodi",
      mqtt_password: "s3cret",
      mqtt_use_ssl: "false",
      sync_watched: "true",
      sync_resume: "false",
      sync_favorites: "true",
      sync_favorites_removals: "false",
      sync_music: "true",
      device_name: "Living room",
      sync_group: "family",
    });
  });

  test("only the fields sent are changed", () => {
    expect(change({ syncResume: true })).toEqual({ changes: { sync_resume: "true" }, errors: {}, problem: "" });
  });

  test("an empty object is a valid change of nothing", () => {
    expect(change({})).toEqual({ changes: {}, errors: {}, problem: "" });
  });

  test("the publish rate limit is stored as text, 0 (no limit) to 1000", () => {
    expect(change({ publishesPerSecond: 10 }).changes["publishes_per_second"]).toBe("10");
    expect(change({ publishesPerSecond: 0 }).changes["publishes_per_second"]).toBe("0");
    expect(change({ publishesPerSecond: 1000 }).changes["publishes_per_second"]).toBe("1000");
    expect(change({ publishesPerSecond: "x" }).errors["publishesPerSecond"]).toBe("must be a whole number from 0 (no limit) to 1000");
  });

  test("the port is stored as text", () => {
    expect(change({ brokerPort: 8883 }).changes["mqtt_broker_port"]).toBe("8883");
    expect(change({ brokerPort: 1 }).changes["mqtt_broker_port"]).toBe("1");
    expect(change({ brokerPort: 65535 }).changes["mqtt_broker_port"]).toBe("65535");
  });

  test("switches are stored as the text true or false", () => {
    expect(change({ useTls: true }).changes).toEqual({ mqtt_use_ssl: "true" });
    expect(change({ useTls: false }).changes).toEqual({ mqtt_use_ssl: "false" });
  });

  test("an IP address, a host with a port-like colon and an IPv6 address are accepted hosts", () => {
    expect(change({ brokerHost: "192.168.1.10" }).changes).toEqual({ mqtt_broker_host: "192.168.1.10" });
    expect(change({ brokerHost: "fe80::1" }).changes).toEqual({ mqtt_broker_host: "fe80::1" });
    expect(change({ brokerHost: "my-broker.local" }).problem).toBe("");
  });

  test("an empty broker host and an empty device name are allowed (not required)", () => {
    expect(change({ brokerHost: "", deviceName: "" }).changes).toEqual({ mqtt_broker_host: "", device_name: "" });
  });
});

describe("parseSettingsChange: the password", () => {
  test("an empty password means keep the one set: no change", () => {
    const result = change({ password: "", username: "kodi" });
    expect(result.problem).toBe("");
    expect(result.changes).toEqual({ mqtt_username: "kodi" });
    expect("mqtt_password" in result.changes).toBe(false);
  });

  test("clearPassword true removes the password", () => {
    expect(change({ clearPassword: true })).toEqual({ changes: { mqtt_password: "" }, errors: {}, problem: "" });
  });

  test("clearPassword false changes nothing", () => {
    expect(change({ clearPassword: false })).toEqual({ changes: {}, errors: {}, problem: "" });
  });

  test("clearPassword true with an empty password removes it", () => {
    expect(change({ password: "", clearPassword: true }).changes).toEqual({ mqtt_password: "" });
  });

  test("a new password and clearPassword together are refused, whatever their order", () => {
    for (const body of ['{"password":"new","clearPassword":true}', '{"clearPassword":true,"password":"new"}']) {
      const result = parseSettingsChange(body);
      expect(result.changes).toEqual({});
      expect(result.problem).not.toBe("");
      expect(result.errors["password"]).toBe("cannot set a new password and remove it at once");
    }
  });

  test("a password may start or end with spaces and is kept as typed", () => {
    expect(change({ password: "  pass word  " })).toEqual({ changes: { mqtt_password: "  pass word  " }, errors: {}, problem: "" });
  });

  test("clearPassword must be a boolean", () => {
    const result = change({ clearPassword: "true" });
    expect(result.changes).toEqual({});
    expect(result.errors).toEqual({ clearPassword: "must be true or false" });
  });
});

describe("parseSettingsChange: unknown fields", () => {
  test("an unknown field refuses the whole change and names the field", () => {
    const result = change({ syncWatched: true, webPin: "000000" });
    expect(result.changes).toEqual({});
    expect(result.errors).toEqual({});
    expect(result.problem).toContain("webPin");
    expect(result.problem).toContain("Nothing was changed");
  });

  test("every unknown field is named", () => {
    const result = change({ a: 1, brokerHost: "x", b: 2 });
    expect(result.changes).toEqual({});
    expect(result.problem).toContain("a, b");
  });

  test("setting ids are not accepted as page fields", () => {
    const result = change({ mqtt_password: "x" });
    expect(result.changes).toEqual({});
    expect(result.problem).toContain("mqtt_password");
  });
});

describe("parseSettingsChange: wrong types are refused with per-field errors and no changes", () => {
  test.each([
    ["the port as a string", { brokerPort: "1883" }, "brokerPort"],
    ["port 0", { brokerPort: 0 }, "brokerPort"],
    ["port 70000", { brokerPort: 70000 }, "brokerPort"],
    ["port 65536", { brokerPort: 65536 }, "brokerPort"],
    ["port -1", { brokerPort: -1 }, "brokerPort"],
    ["port 1.5", { brokerPort: 1.5 }, "brokerPort"],
    ["port null", { brokerPort: null }, "brokerPort"],
    ["a switch as the string true", { useTls: "true" }, "useTls"],
    ["a switch as 1", { syncWatched: 1 }, "syncWatched"],
    ["a switch as null", { syncFavorites: null }, "syncFavorites"],
    ["the host as a number", { brokerHost: 42 }, "brokerHost"],
    ["the username as an object", { username: { name: "x" } }, "username"],
    ["the password as a number", { password: 1234 }, "password"],
    ["the sync group as an array", { syncGroup: ["home"] }, "syncGroup"],
    ["a rate limit as a string", { publishesPerSecond: "10" }, "publishesPerSecond"],
    ["a negative rate limit", { publishesPerSecond: -1 }, "publishesPerSecond"],
    ["a rate limit of 2.5", { publishesPerSecond: 2.5 }, "publishesPerSecond"],
    ["a rate limit above 1000", { publishesPerSecond: 1001 }, "publishesPerSecond"],
  ])("%s", (_what, body, field) => {
    const result = change(body);
    expect(result.changes).toEqual({});
    expect(Object.keys(result.errors)).toEqual([field]);
    expect(result.problem).toBe("Some values are not valid. Nothing was changed.");
  });

  test("the error texts say what is expected", () => {
    expect(change({ brokerPort: "1883" }).errors["brokerPort"]).toBe("must be a whole number from 1 to 65535");
    expect(change({ useTls: "true" }).errors["useTls"]).toBe("must be true or false");
    expect(change({ brokerHost: 42 }).errors["brokerHost"]).toBe("must be text");
  });

  test("one bad field keeps the good ones from being changed, and every bad one is reported", () => {
    const result = change({ syncWatched: true, brokerHost: "ok.example", brokerPort: 0, useTls: "yes" });
    expect(result.changes).toEqual({});
    expect(Object.keys(result.errors).sort()).toEqual(["brokerPort", "useTls"]);
  });
});

describe("parseSettingsChange: the broker host", () => {
  test.each([
    ["mqtt://broker.example", "without mqtt://"],
    ["https://broker.example", "without mqtt://"],
    ["broker example", "no spaces"],
    ["broker.example/path", "no spaces, slashes"],
    ["user@broker.example", "no spaces"],
    ["broker.example?x=1", "no spaces"],
    ["broker.example#frag", "no spaces"],
    ["broker\texample", "no spaces"],
  ])("%s is refused", (host, words) => {
    const result = change({ brokerHost: host });
    expect(result.changes).toEqual({});
    expect(result.errors["brokerHost"]).toContain(words);
  });
});

describe("parseSettingsChange: text rules", () => {
  test("an empty sync group is refused", () => {
    const result = change({ syncGroup: "" });
    expect(result.changes).toEqual({});
    expect(result.errors).toEqual({ syncGroup: "must not be empty" });
  });

  test.each([
    ["brokerHost", " broker.example"],
    ["username", "kodi "],
    ["deviceName", " Living room "],
    ["syncGroup", "home\n"],
  ])("%s with leading or trailing spaces is refused", (field, value) => {
    const result = change({ [field]: value });
    expect(result.changes).toEqual({});
    expect(result.errors).toEqual({ [field]: "must not start or end with a space" });
  });

  test("a sync group of only spaces is refused", () => {
    const result = change({ syncGroup: "   " });
    expect(result.changes).toEqual({});
    expect(result.errors["syncGroup"]).toBeDefined();
  });

  test.each([
    ["brokerHost", 253],
    ["username", 256],
    ["password", 256],
    ["deviceName", 64],
    ["syncGroup", 64],
  ])("%s of at most %i characters is accepted, one more is refused", (field, limit) => {
    const atLimit = change({ [field]: "a".repeat(limit) });
    expect(atLimit.problem).toBe("");
    expect(Object.values(atLimit.changes)).toEqual(["a".repeat(limit)]);

    const tooLong = change({ [field]: "a".repeat(limit + 1) });
    expect(tooLong.changes).toEqual({});
    expect(tooLong.errors).toEqual({ [field]: `must be at most ${limit} characters` });
  });
});

describe("parseSettingsChange: the request as a whole", () => {
  test.each([
    ["not JSON", "syncWatched=true", "The request is not JSON."],
    ["an empty body", "", "The request is not JSON."],
    ["truncated JSON", '{"syncWatched":', "The request is not JSON."],
    ["a JSON array", '[{"syncWatched":true}]', "The request must be a JSON object of settings."],
    ["JSON null", "null", "The request must be a JSON object of settings."],
    ["a JSON string", '"syncWatched"', "The request must be a JSON object of settings."],
    ["a JSON number", "42", "The request must be a JSON object of settings."],
    ["JSON true", "true", "The request must be a JSON object of settings."],
  ])("%s is refused with a problem text", (_what, body, problem) => {
    expect(parseSettingsChange(body)).toEqual({ changes: {}, errors: {}, problem: problem });
  });
});

describe("names every JavaScript object inherits are unknown fields, not settings", () => {
  test.each(["constructor", "toString", "hasOwnProperty", "__proto__", "valueOf"])("%s is refused and nothing changes", (name) => {
    const change = parseSettingsChange(`{"${name}":"x"}`);
    expect(change.changes).toEqual({});
    expect(change.problem).toContain(name);
  });
});
