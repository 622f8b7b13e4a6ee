/**
 * What a stranger with access to the broker can do to a group without a passphrase, and the bounds
 * that keep it small (issue 14): a favourite replayed onto another favourite's topic, time stamps
 * far ahead, favourites that start something, remote thumbnails, floods of made-up states and
 * devices, and a CA file that cannot be used.
 */
import { describeConnectionSetupProblem, caFileLocationProblem } from "../../src/core/ca-file";
import { MAX_FUTURE_MILLISECONDS, stampAfter } from "../../src/core/conflict-rule";
import { MAX_DEVICES } from "../../src/core/device-directory";
import { encodeDeviceStatus } from "../../src/core/device-status";
import { Favourite } from "../../src/core/favourite";
import { encodeFavouriteListMessage, encodeFavouriteMessage } from "../../src/core/favourite-messages";
import { MAX_KNOWN_FAVOURITES, MAX_LOCAL_FAVOURITES } from "../../src/core/favourite-sync";
import { isLocalImage, startsSomething, withLocalThumbnail } from "../../src/core/favourite-trust";
import { encodeWatchedMessage } from "../../src/core/item-messages";
import { MAX_PENDING_STATES } from "../../src/core/library-sync";
import { parseSettings } from "../../src/core/settings";
import { deviceStatusTopic, favouriteListTopic, favouriteTopic, itemName, itemTopic } from "../../src/core/topics";
import { InMemoryFavourites, InMemoryLibrary, SessionDriver, media, movie, settingsFor } from "./support/session-driver";

const GROUP = "home";
const DAY = 24 * 60 * 60 * 1000;

function favouriteMessage(favourite: Favourite, time: number, present = true, device = "device-b"): string {
  return encodeFavouriteMessage({ present, favourite, time, device });
}

function connected(driver: SessionDriver): SessionDriver {
  driver.connect();
  driver.returnMarker();
  return driver;
}

describe("a message whose topic and body disagree", () => {
  test("a real favourite replayed onto a sibling favourite's topic is refused: the favourite it names is not toggled away", () => {
    const driver = connected(new SessionDriver(settingsFor("device-a"), new InMemoryLibrary([]), new InMemoryFavourites([media("/b.mkv", "B")])));
    // B's real message moved onto the topic of /a.mkv, which this device lacks: "adding" B there
    // would call Kodi's toggling AddFavourite for B, which this device has, and remove it.
    driver.receive(favouriteTopic(GROUP, "media:/a.mkv"), favouriteMessage(media("/b.mkv", "B"), driver.now - 1000));
    expect(driver.favourites.list().map((favourite) => favourite.title)).toEqual(["B"]);
    expect(driver.logged("warning", "the favourite in it is not the one its topic names")).toBe(true);
    // A's own message on its own topic is applied as before.
    driver.receive(favouriteTopic(GROUP, "media:/a.mkv"), favouriteMessage(media("/a.mkv", "A"), driver.now - 1000));
    expect(driver.favourites.list().map((favourite) => favourite.title)).toEqual(["B", "A"]);
  });

  test("a device status naming another device is still refused", () => {
    const driver = connected(new SessionDriver(settingsFor("device-a")));
    driver.receive(
      deviceStatusTopic(GROUP, "device-c"),
      encodeDeviceStatus({ device: "device-b", name: "Forged", version: "4.1.0", online: true, time: driver.now }),
    );
    expect(driver.session.status().devices).toEqual([]);
  });
});

describe("time stamps", () => {
  test("a state stamped 2^53 − 1 is refused, and the item still takes later changes from the group and from here", () => {
    const driver = connected(new SessionDriver(settingsFor("device-a"), new InMemoryLibrary([movie(1, "tt1")])));
    const topic = itemTopic(GROUP, "movie", "imdb:tt1", "watched");
    driver.receive(topic, encodeWatchedMessage({ playcount: 1, lastplayed: "", time: Number.MAX_SAFE_INTEGER, device: "mallory" }));
    expect(driver.library.getItem("movie", 1)?.playcount).toBe(0);
    expect(driver.logged("warning", "more than a day: refused")).toBe(true);
    driver.receive(topic, encodeWatchedMessage({ playcount: 2, lastplayed: "2026-11-20 20:00:00", time: driver.now, device: "device-b" }));
    expect(driver.library.getItem("movie", 1)?.playcount).toBe(2);
    driver.advance(1000);
    driver.userChanged("movie", 1, { playcount: 0 });
    const sent = driver.publishedOn("/movie/imdb:tt1/watched").map((publication) => JSON.parse(publication.payload) as { time: number; playcount: number });
    expect(sent).toEqual([expect.objectContaining({ playcount: 0, time: driver.now })]);
  });

  test("up to a day ahead is a clock difference and accepted; a minute more is refused", () => {
    const driver = connected(new SessionDriver(settingsFor("device-a"), new InMemoryLibrary([movie(1, "tt1"), movie(2, "tt2")])));
    driver.receive(
      itemTopic(GROUP, "movie", "imdb:tt1", "watched"),
      encodeWatchedMessage({ playcount: 1, lastplayed: "", time: driver.now + MAX_FUTURE_MILLISECONDS, device: "device-b" }),
    );
    driver.receive(
      itemTopic(GROUP, "movie", "imdb:tt2", "watched"),
      encodeWatchedMessage({ playcount: 1, lastplayed: "", time: driver.now + MAX_FUTURE_MILLISECONDS + 60_000, device: "device-b" }),
    );
    expect(driver.library.getItem("movie", 1)?.playcount).toBe(1);
    expect(driver.library.getItem("movie", 2)?.playcount).toBe(0);
  });

  test("favourites, favourite lists and device statuses far ahead are refused too", () => {
    const driver = connected(
      new SessionDriver(settingsFor("device-a", { syncFavoriteRemovals: true }), new InMemoryLibrary([]), new InMemoryFavourites([media("/b.mkv", "B")])),
    );
    driver.receive(favouriteTopic(GROUP, "media:/a.mkv"), favouriteMessage(media("/a.mkv", "A"), driver.now + 2 * DAY));
    driver.receive(favouriteListTopic(GROUP), encodeFavouriteListMessage({ device: "device-b", time: driver.now + 2 * DAY, identities: [] }), false);
    driver.receive(
      deviceStatusTopic(GROUP, "device-b"),
      encodeDeviceStatus({ device: "device-b", name: "B", version: "4.1.0", online: true, time: driver.now + 2 * DAY }),
    );
    expect(driver.favourites.list().map((favourite) => favourite.title)).toEqual(["B"]);
    expect(driver.session.status().devices).toEqual([]);
  });

  test("no clock jump freezes an item: a change is stamped after the known state, unless that is over a day ahead", () => {
    const now = 1_700_000_000_000;
    expect(stampAfter({ time: now + 5, device: "b" }, now)).toBe(now + 6);
    expect(stampAfter({ time: now - 5, device: "b" }, now)).toBe(now);
    // This device's clock was a year ahead and was put right: its own states of then are not followed.
    expect(stampAfter({ time: now + 365 * DAY, device: "a" }, now)).toBe(now);
    expect(stampAfter(null, now)).toBe(now);
  });
});

describe("favourites that start something", () => {
  const script: Favourite = { title: "Cleaner", type: "script", path: "script.library.cleaner", window: "", windowparameter: "", thumbnail: "" };
  const app: Favourite = { title: "App", type: "androidapp", path: "com.example.player", window: "", windowparameter: "", thumbnail: "" };
  const plugin: Favourite = media("plugin://plugin.video.example/?play=1", "Plugin");
  const pluginWindow: Favourite = {
    title: "Add-on Page",
    type: "window",
    path: "",
    window: "videos",
    windowparameter: "plugin://plugin.video.example/?list=a",
    thumbnail: "",
  };
  const libraryWindow: Favourite = {
    title: "New Films",
    type: "window",
    path: "",
    window: "videos",
    windowparameter: "videodb://movies/titles/",
    thumbnail: "",
  };

  test("are told apart from media and Kodi's own windows", () => {
    expect([script, app, plugin, pluginWindow].map(startsSomething)).toEqual([true, true, true, true]);
    expect([libraryWindow, media("/srv/a.mkv"), media("smb://nas/a.mkv")].map(startsSomething)).toEqual([false, false, false]);
    expect(startsSomething(media("PLUGIN://plugin.video.x/"))).toBe(true);
  });

  test("are not added by default (one line each), and are with the setting on", () => {
    const identities = [
      "script:script.library.cleaner",
      "androidapp:com.example.player",
      "media:plugin://plugin.video.example/?play=1",
      "window:videos:plugin://plugin.video.example/?list=a",
    ];
    const favourites = [script, app, plugin, pluginWindow];
    const strict = connected(new SessionDriver(settingsFor("device-a")));
    const trusting = connected(new SessionDriver(settingsFor("device-a", { syncLaunchingFavourites: true })));
    for (const driver of [strict, trusting]) {
      for (let round = 0; round < 2; round++) {
        favourites.forEach((favourite, index) =>
          driver.receive(favouriteTopic(GROUP, identities[index] ?? ""), favouriteMessage(favourite, driver.now - 1000 + round)),
        );
      }
      driver.receive(favouriteTopic(GROUP, "window:videos:videodb://movies/titles/"), favouriteMessage(libraryWindow, driver.now - 1000));
    }
    expect(strict.favourites.list().map((favourite) => favourite.title)).toEqual(["New Films"]);
    expect(strict.logs.filter((line) => line.message.includes("starts an add-on or app: not added"))).toHaveLength(4);
    expect(trusting.favourites.list().map((favourite) => favourite.title)).toEqual(["Cleaner", "App", "Plugin", "Add-on Page", "New Films"]);
  });

  test("the setting is read from settings.xml's value, off when missing", () => {
    expect(parseSettings({}).settings.syncLaunchingFavourites).toBe(false);
    expect(parseSettings({ sync_launching_favourites: "true" }).settings.syncLaunchingFavourites).toBe(true);
  });
});

describe("thumbnails from the group", () => {
  test("are used only when local to Kodi", () => {
    const local = [
      "special://profile/thumbs/a.jpg",
      "resource://resource.images/a.png",
      "/srv/thumbs/night.jpg",
      "C:\\Users\\kodi\\a.jpg",
      "d:/thumbs/a.jpg",
      "image://%2fsrv%2fthumbs%2fa.jpg/",
      "image://video@%2fsrv%2ffilms%2fa.mkv/",
      "image://special%3a%2f%2fprofile%2fa.jpg/",
    ];
    const remote = [
      "http://attacker.example/pixel.gif",
      "https://x/y.jpg",
      "smb://nas/a.jpg",
      "//nas/share/a.jpg",
      "\\\\nas\\share\\a.jpg",
      "image://http%3a%2f%2fattacker.example%2fa.jpg/",
      "image://%68ttp%3a%2f%2fattacker.example%2fa.jpg/",
      "image://video@http%3a%2f%2fx%2fa.mkv/",
      "image://%zz/",
      "image://image%3a%2f%2fimage%253a%252f%252fimage%25253a%25252f%25252fimage%2525253a/",
      "plugin://plugin.x/thumb",
      "relative/a.jpg",
    ];
    expect(local.filter((address) => !isLocalImage(address, 0))).toEqual([]);
    expect(remote.filter((address) => isLocalImage(address, 0))).toEqual([]);
  });

  test("a favourite with a remote thumbnail is added without it", () => {
    const driver = connected(new SessionDriver(settingsFor("device-a")));
    driver.receive(favouriteTopic(GROUP, "media:/a.mkv"), favouriteMessage(media("/a.mkv", "A", "http://attacker.example/pixel.gif"), driver.now - 1000));
    driver.receive(favouriteTopic(GROUP, "media:/b.mkv"), favouriteMessage(media("/b.mkv", "B", "special://profile/thumbs/b.jpg"), driver.now - 1000));
    expect(driver.favourites.list().map((favourite) => [favourite.title, favourite.thumbnail])).toEqual([
      ["A", ""],
      ["B", "special://profile/thumbs/b.jpg"],
    ]);
    expect(withLocalThumbnail(media("/c.mkv", "C", "")).thumbnail).toBe("");
  });
});

describe("bounds on what strangers can make a device remember", () => {
  test("states for items this device does not have: at most MAX_PENDING_STATES, oldest forgotten first, one warning", () => {
    const driver = connected(new SessionDriver(settingsFor("device-a"), new InMemoryLibrary([])));
    const count = MAX_PENDING_STATES + 5_000;
    for (let index = 0; index < count; index++) {
      driver.receive(
        itemTopic(GROUP, "movie", `imdb:junk${index}`, "watched"),
        encodeWatchedMessage({ playcount: 1, lastplayed: "", time: driver.now - 1000, device: "mallory" }),
      );
    }
    driver.receive(
      itemTopic(GROUP, "movie", "imdb:tt1", "watched"),
      encodeWatchedMessage({ playcount: 1, lastplayed: "", time: driver.now - 1000, device: "device-b" }),
    );
    expect(driver.logs.filter((line) => line.message.includes("states arrived for items this device does not have"))).toHaveLength(1);
    // The newest waits and is applied when the item arrives; the oldest was forgotten.
    driver.library.items.set("movie|1", movie(1, "tt1"));
    driver.library.items.set("movie|2", movie(2, "junk0"));
    driver.run(driver.session.libraryChanged());
    expect(driver.library.getItem("movie", 1)?.playcount).toBe(1);
    expect(driver.library.getItem("movie", 2)?.playcount).toBe(0);
  });

  test("a state forgotten past the cap is not lost: the broker offers it again at the next connection, and it waits for its item", () => {
    // With history kept for ever, a device with a small library can pass the cap legitimately (docs/protocol.md, Bounds).
    const driver = connected(new SessionDriver(settingsFor("device-a"), new InMemoryLibrary([])));
    const retainedStates: [string, string][] = [];
    for (let index = 0; index < MAX_PENDING_STATES + 10; index++) {
      retainedStates.push([
        itemTopic(GROUP, "movie", `imdb:old${index}`, "watched"),
        encodeWatchedMessage({ playcount: 1, lastplayed: "", time: driver.now - 1000, device: "device-b" }, itemName("movie", `imdb:old${index}`, "watched")),
      ]);
    }
    for (const [topic, payload] of retainedStates) {
      driver.receive(topic, payload);
    }
    expect(driver.session.status().outboxSize).toBe(0);
    // A reconnect (a restart, a lost connection): the broker sends every retained state again.
    driver.run(driver.session.brokerDisconnected("connection lost: keep-alive timeout", driver.now));
    driver.connect("session resumed");
    for (const [topic, payload] of retainedStates.slice(0, 10)) {
      driver.receive(topic, payload);
    }
    // The user adds the oldest film to this device's library: its state was forgotten here, but is applied.
    driver.library.items.set("movie|7", movie(7, "old0"));
    driver.run(driver.session.libraryChanged());
    expect(driver.library.getItem("movie", 7)?.playcount).toBe(1);
    expect(driver.logs.filter((line) => /states arrived for items .* offers them again at the next connection/.test(line.message))).toHaveLength(1);
  });

  test("the device directory keeps at most MAX_DEVICES, forgetting the least recently seen, with one warning", () => {
    const driver = connected(new SessionDriver(settingsFor("device-a")));
    driver.receive(
      deviceStatusTopic(GROUP, "device-b"),
      encodeDeviceStatus({ device: "device-b", name: "Bedroom", version: "4.1.0", online: true, time: driver.now }),
    );
    for (let index = 0; index < MAX_DEVICES + 50; index++) {
      driver.receive(
        deviceStatusTopic(GROUP, `junk-${index}`),
        encodeDeviceStatus({ device: `junk-${index}`, name: "junk", version: "1", online: false, time: driver.now - 100_000 + index }),
      );
    }
    const ids = driver.session.status().devices.map((device) => device.id);
    expect(ids).toHaveLength(MAX_DEVICES);
    expect(ids).toContain("device-b");
    expect(ids).not.toContain("junk-0");
    expect(driver.logs.filter((line) => line.message.includes("devices announced themselves"))).toHaveLength(1);
  });

  test("favourites: at most MAX_LOCAL_FAVOURITES added from the group and MAX_KNOWN_FAVOURITES remembered, one warning", () => {
    const driver = connected(
      new SessionDriver(settingsFor("device-a", { syncFavoriteRemovals: true }), new InMemoryLibrary([]), new InMemoryFavourites([media("/mine.mkv", "Mine")])),
    );
    for (let index = 0; index < MAX_KNOWN_FAVOURITES + 1_000; index++) {
      driver.receive(
        favouriteTopic(GROUP, `media:/junk${index}`),
        favouriteMessage(media(`/junk${index}`, "junk"), driver.now - 1000, index >= MAX_LOCAL_FAVOURITES),
      );
    }
    expect(driver.favourites.list().length).toBeLessThanOrEqual(MAX_LOCAL_FAVOURITES + 1);
    expect(driver.favourites.list()[0]?.title).toBe("Mine");
    expect(driver.logs.filter((line) => line.message.includes("too many favourites from the sync group"))).toHaveLength(1);
  });
});

describe("the CA file", () => {
  test("a path Python cannot read is refused before connecting, special:// is translated", () => {
    expect(caFileLocationProblem("smb://nas/ca.pem")).toBe("CA file must be a file on this device, not smb://nas/ca.pem");
    expect(caFileLocationProblem("http://x/ca.pem")).not.toBe("");
    expect(caFileLocationProblem("special://profile/ca.pem")).toBe("");
    expect(caFileLocationProblem("/etc/ssl/ca.pem")).toBe("");
    expect(caFileLocationProblem("C:\\certs\\ca.pem")).toBe("");
    expect(caFileLocationProblem("")).toBe("");
  });

  test("the shim's answers in words that name the file as the user set it", () => {
    expect(describeConnectionSetupProblem("", "/x")).toBe("");
    expect(describeConnectionSetupProblem("ca_missing", "special://profile/ca.pem")).toBe("CA file not found: special://profile/ca.pem");
    expect(describeConnectionSetupProblem("ca_unreadable", "/x.pem")).toBe("CA file cannot be read: /x.pem");
    expect(describeConnectionSetupProblem("ca_invalid: no certificate", "/x.pem")).toBe("CA file is not a PEM certificate file: /x.pem (no certificate)");
  });
});

describe("an item state moved onto another item's topic", () => {
  test("is refused when it names its item; a state naming none (a device before 4.1) is taken as before", () => {
    const driver = connected(new SessionDriver(settingsFor("device-a"), new InMemoryLibrary([movie(1, "tt1"), movie(2, "tt2")])));
    const real = encodeWatchedMessage({ playcount: 1, lastplayed: "", time: driver.now - 1000, device: "device-b" }, itemName("movie", "imdb:tt1", "watched"));
    driver.receive(itemTopic(GROUP, "movie", "imdb:tt2", "watched"), real);
    expect(driver.library.getItem("movie", 2)?.playcount).toBe(0);
    expect(driver.logged("warning", "the item in it is not the one its topic names")).toBe(true);
    driver.receive(itemTopic(GROUP, "movie", "imdb:tt1", "watched"), real);
    expect(driver.library.getItem("movie", 1)?.playcount).toBe(1);
    driver.receive(
      itemTopic(GROUP, "movie", "imdb:tt2", "watched"),
      encodeWatchedMessage({ playcount: 1, lastplayed: "", time: driver.now - 1000, device: "device-b" }),
    );
    expect(driver.library.getItem("movie", 2)?.playcount).toBe(1);
  });

  test("what a device publishes names its item, and the schemas accept it", () => {
    const driver = connected(
      new SessionDriver(
        settingsFor("device-a"),
        new InMemoryLibrary([{ ...movie(1, "tt1"), kind: "episode", uniqueid: {}, show: { tvdb: "81189" }, season: 1, episode: 2 }]),
      ),
    );
    driver.userChanged("episode", 1, { playcount: 1 });
    const [sent] = driver.publishedOn("/watched");
    expect(JSON.parse(sent?.payload ?? "{}").item).toBe("episode/tvdb:81189%2Fs1e2/watched");
    expect(sent?.topic.endsWith("/episode/tvdb:81189%2Fs1e2/watched")).toBe(true);
  });
});
