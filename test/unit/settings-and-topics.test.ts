import { parseSettings } from "../../src/core/settings";
import {
  decodeTopicLevel,
  deviceStatusTopic,
  encodeTopicLevel,
  itemSubscriptions,
  itemTopic,
  parseDeviceStatusTopic,
  parseItemTopic,
} from "../../src/core/topics";
import { identityKeys, movieIdentity } from "../../src/core/movie-identity";

describe("settings", () => {
  test("a CloudSync 3.x settings file with the port stored as text keeps working", () => {
    const { settings, warnings } = parseSettings({
      mqtt_broker_host: " broker.example ",
      mqtt_broker_port: "1883",
      mqtt_use_ssl: "false",
      mqtt_password: " secret ",
    });
    expect(settings.brokerHost).toBe("broker.example");
    expect(settings.brokerPort).toBe(1883);
    expect(settings.useTls).toBe(false);
    expect(settings.password).toBe(" secret ");
    expect(warnings).toEqual([]);
  });

  test("a broken port or boolean falls back to its default with a warning that names the setting", () => {
    const { settings, warnings } = parseSettings({ mqtt_broker_port: "eighty", sync_watched: "yes please" });
    expect(settings.brokerPort).toBe(8883);
    expect(settings.syncWatched).toBe(true);
    expect(warnings).toEqual([
      "setting mqtt_broker_port is not a port number from 1 to 65535; using 8883",
      "setting sync_watched is not true or false; using true",
    ]);
  });

  test("TLS is on by default and the sync group defaults to home", () => {
    const { settings } = parseSettings({});
    expect(settings.useTls).toBe(true);
    expect(settings.syncGroup).toBe("home");
  });

  test("the password never appears in a warning", () => {
    const { warnings } = parseSettings({ mqtt_password: "hunter2", mqtt_broker_port: "0" });
    expect(warnings.join("\n")).not.toContain("hunter2");
  });
});

describe("topics and identity", () => {
  test("an item's topic carries its kind, identity and field, and reads back", () => {
    const topic = itemTopic("home", "movie", "imdb:tt0111161", "watched");
    expect(topic).toBe("cloudsync/v1/home/movie/imdb:tt0111161/watched");
    expect(parseItemTopic("home", topic)).toEqual({ kind: "movie", identity: "imdb:tt0111161", field: "watched" });
    const episode = itemTopic("home", "episode", "tvdb:81189/s1e2", "resume");
    expect(episode).toBe("cloudsync/v1/home/episode/tvdb:81189%2Fs1e2/resume");
    expect(parseItemTopic("home", episode)).toEqual({ kind: "episode", identity: "tvdb:81189/s1e2", field: "resume" });
  });

  test("characters MQTT reserves are escaped in topic levels", () => {
    expect(encodeTopicLevel("a/b+c#d%e")).toBe("a%2Fb%2Bc%23d%25e");
    expect(decodeTopicLevel(encodeTopicLevel("a/b+c#d%2Fe"))).toBe("a/b+c#d%2Fe");
    expect(parseItemTopic("my/home", itemTopic("my/home", "movie", "other:x/y", "watched"))?.identity).toBe("other:x/y");
  });

  test("topics of another group, kind or field are not ours", () => {
    expect(parseItemTopic("home", "cloudsync/v1/work/movie/imdb:tt1/watched")).toBeNull();
    expect(parseItemTopic("home", "cloudsync/v1/home/song/imdb:tt1/watched")).toBeNull();
    expect(parseItemTopic("home", "cloudsync/v1/home/movie/imdb:tt1/lyrics")).toBeNull();
    expect(parseItemTopic("home", "cloudsync/v1/home/movie/imdb:tt1/rating")).toEqual({ kind: "movie", identity: "imdb:tt1", field: "rating" });
    expect(parseItemTopic("home", "cloudsync/v1/home/movie//watched")).toBeNull();
    expect(parseItemTopic("home", "cloudsync/v1/home/device/a/status")).toBeNull();
    expect(itemSubscriptions("home", "kodi-1")).toEqual([
      "cloudsync/v1/home/movie/+/+",
      "cloudsync/v1/home/episode/+/+",
      "cloudsync/v1/home/tvshow/+/+",
      "cloudsync/v1/home/song/+/+",
      "cloudsync/v1/home/favourite/+",
      "cloudsync/v1/home/favourites/list",
      "cloudsync/v1/home/device/kodi-1/caught-up",
      "cloudsync/v1/home/device/+/status",
    ]);
    expect(parseItemTopic("home", "cloudsync/v1/home/device/kodi-1/caught-up")).toBeNull();
    expect(parseDeviceStatusTopic("home", deviceStatusTopic("home", "kodi/1"))).toBe("kodi/1");
    expect(parseDeviceStatusTopic("home", "cloudsync/v1/home/device/kodi-1/caught-up")).toBeNull();
    expect(parseDeviceStatusTopic("home", "cloudsync/v1/work/device/kodi-1/status")).toBeNull();
    expect(parseDeviceStatusTopic("home", "cloudsync/v1/home/device//status")).toBeNull();
  });

  test("imdb is preferred, then tmdb, then any other id", () => {
    expect(movieIdentity({ tmdb: "278", imdb: "tt0111161" })).toBe("imdb:tt0111161");
    expect(movieIdentity({ tmdb: "278", custom: "x" })).toBe("tmdb:278");
    expect(movieIdentity({ custom: "x" })).toBe("custom:x");
    expect(movieIdentity({ imdb: " " })).toBeNull();
    expect(identityKeys({ tmdb: "278", imdb: "tt1" })).toEqual(["imdb:tt1", "tmdb:278"]);
  });
});

describe("expiry and log level settings", () => {
  test("are read within their ranges, and a bad value falls back with a warning", () => {
    const good = parseSettings({ watched_expiry_days: "45", favourites_expiry_days: "3", log_level: "2" });
    expect([good.settings.watchedExpiryDays, good.settings.favouritesExpiryDays, good.settings.logLevel]).toEqual([45, 3, 2]);
    const bad = parseSettings({ watched_expiry_days: "-1", favourites_expiry_days: "a week", log_level: "7" });
    expect([bad.settings.watchedExpiryDays, bad.settings.favouritesExpiryDays, bad.settings.logLevel]).toEqual([0, 7, 1]);
    // 0 is "for ever" (no message expiry), the default.
    expect(parseSettings({ watched_expiry_days: "0" }).settings.watchedExpiryDays).toBe(0);
    expect(bad.warnings).toHaveLength(3);
  });
});

describe("the publish rate limit setting", () => {
  test("is unlimited (0) by default, read from 0 to 1000, and a broken value falls back to unlimited with a warning naming it", () => {
    expect(parseSettings({}).settings.publishesPerSecond).toBe(0);
    expect(parseSettings({ publishes_per_second: "10" }).settings.publishesPerSecond).toBe(10);
    for (const broken of ["-5", "ten", "2.5", "1001"]) {
      const parsed = parseSettings({ publishes_per_second: broken });
      expect(parsed.settings.publishesPerSecond).toBe(0);
      expect(parsed.warnings).toEqual(["setting publishes_per_second is not a number of publishes per second from 0 to 1000; using 0"]);
    }
  });
});
