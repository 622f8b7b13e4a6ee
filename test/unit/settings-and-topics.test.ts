import { parseSettings } from "../../src/core/settings";
import {
  decodeTopicLevel,
  encodeTopicLevel,
  identityFromMovieWatchedTopic,
  movieWatchedSubscription,
  movieWatchedTopic,
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
  test("a movie's topic carries its identity and reads back", () => {
    const topic = movieWatchedTopic("home", "imdb:tt0111161");
    expect(topic).toBe("cloudsync/v1/home/movie/imdb:tt0111161/watched");
    expect(identityFromMovieWatchedTopic("home", topic)).toBe("imdb:tt0111161");
  });

  test("characters MQTT reserves are escaped in topic levels", () => {
    expect(encodeTopicLevel("a/b+c#d%e")).toBe("a%2Fb%2Bc%23d%25e");
    expect(decodeTopicLevel(encodeTopicLevel("a/b+c#d%2Fe"))).toBe("a/b+c#d%2Fe");
    expect(identityFromMovieWatchedTopic("my/home", movieWatchedTopic("my/home", "other:x/y"))).toBe("other:x/y");
  });

  test("topics of another group or kind are not ours", () => {
    expect(identityFromMovieWatchedTopic("home", "cloudsync/v1/work/movie/imdb:tt1/watched")).toBeNull();
    expect(identityFromMovieWatchedTopic("home", "cloudsync/v1/home/movie/imdb:tt1/resume")).toBeNull();
    expect(identityFromMovieWatchedTopic("home", "cloudsync/v1/home/movie//watched")).toBeNull();
    expect(movieWatchedSubscription("home")).toBe("cloudsync/v1/home/movie/+/watched");
  });

  test("imdb is preferred, then tmdb, then any other id", () => {
    expect(movieIdentity({ tmdb: "278", imdb: "tt0111161" })).toBe("imdb:tt0111161");
    expect(movieIdentity({ tmdb: "278", custom: "x" })).toBe("tmdb:278");
    expect(movieIdentity({ custom: "x" })).toBe("custom:x");
    expect(movieIdentity({ imdb: " " })).toBeNull();
    expect(identityKeys({ tmdb: "278", imdb: "tt1" })).toEqual(["imdb:tt1", "tmdb:278"]);
  });
});
