/**
 * The sync session, driven as the service drives it, with an in-memory library, favourites and
 * broker and an injected clock: catch-up, outbox gating, routing, conflicts, bursts, Publish All.
 */
import { CATCH_UP_TIMEOUT_MILLISECONDS, MARKER_RESEND_MILLISECONDS } from "../../src/core/catch-up";
import { encodeDeviceStatus } from "../../src/core/device-status";
import { Favourite } from "../../src/core/favourite";
import { encodeFavouriteListMessage, encodeFavouriteMessage } from "../../src/core/favourite-messages";
import { FAVOURITES_POLL_MILLISECONDS, LOGGED_WRITES_PER_ROUND, RESUME_POLL_MILLISECONDS, STATUS_REFRESH_MILLISECONDS } from "../../src/core/group-session";
import { encodeResumeMessage, encodeWatchedMessage } from "../../src/core/item-messages";
import { MAX_LOGGED_PROBLEMS } from "../../src/core/problem-log";
import { LocalItem } from "../../src/core/library-store";
import { SECONDS_PER_DAY } from "../../src/core/message-expiry";
import { catchUpTopic, deviceStatusTopic, favouriteListTopic, favouriteTopic, itemTopic } from "../../src/core/topics";
import { routeTopic } from "../../src/core/topic-routes";
import { InMemoryFavourites, InMemoryLibrary, SessionDriver, media, movie, settingsFor } from "./support/session-driver";

const GROUP = "home";

function watchedPayload(playcount: number, time: number, device = "device-b"): string {
  return encodeWatchedMessage({ playcount, lastplayed: playcount > 0 ? "2026-11-20 20:00:00" : "", time, device });
}

const WATCHED_TT1 = itemTopic(GROUP, "movie", "imdb:tt1", "watched");
const RESUME_TT1 = itemTopic(GROUP, "movie", "imdb:tt1", "resume");

function driverWith(items: LocalItem[], favourites: Favourite[] = [], savedOutbox: string | null = null): SessionDriver {
  return new SessionDriver(settingsFor("device-a"), new InMemoryLibrary(items), new InMemoryFavourites(favourites), savedOutbox);
}

describe("start", () => {
  test("lists the library and takes the favourites as a baseline: nothing is published", () => {
    const driver = driverWith([movie(1, "tt1", { playcount: 1 })], [media("/a.mkv")]);
    expect(driver.reads).toEqual(["library", "songs", "favourites"]);
    driver.connect();
    driver.returnMarker();
    expect(driver.published.filter((publication) => publication.retain && publication.qos === 1)).toEqual([]);
    expect(driver.logged("info", "library indexed: 1 item(s)")).toBe(true);
  });
});

describe("the catch-up marker", () => {
  test("is sent on connect, to this device's own topic, once per connection with a new value", () => {
    const driver = driverWith([]);
    driver.connect();
    driver.connect("session resumed");
    const markers = driver.publishedOn("/caught-up");
    expect(markers).toHaveLength(2);
    expect(markers[0]?.topic).toBe(catchUpTopic(GROUP, "device-a"));
    expect(markers[0]).toMatchObject({ qos: 1, retain: false });
    expect(markers[0]?.payload).not.toBe(markers[1]?.payload);
  });

  test("is sent again after quiet, and not while retained states keep arriving", () => {
    const driver = driverWith([movie(1, "tt1")]);
    driver.connect();
    for (let step = 0; step < 10; step++) {
      driver.now += MARKER_RESEND_MILLISECONDS / 2;
      driver.receive(itemTopic(GROUP, "movie", `imdb:tt${100 + step}`, "watched"), watchedPayload(1, 5));
      driver.advance(0);
    }
    expect(driver.publishedOn("/caught-up")).toHaveLength(1);
    driver.advance(MARKER_RESEND_MILLISECONDS + 1);
    expect(driver.publishedOn("/caught-up")).toHaveLength(2);
  });

  test("that never returns lets unsent changes go after the time-out, with a warning", () => {
    const driver = driverWith([movie(1, "tt1")]);
    driver.userChanged("movie", 1, { playcount: 1 });
    driver.connect();
    expect(driver.publishedOn("/watched")).toEqual([]);
    for (let waited = 0; waited <= CATCH_UP_TIMEOUT_MILLISECONDS; waited += MARKER_RESEND_MILLISECONDS) {
      driver.advance(MARKER_RESEND_MILLISECONDS);
    }
    expect(driver.logged("warning", "the catch-up marker did not come back")).toBe(true);
    expect(driver.publishedOn("/watched")).toHaveLength(1);
  });

  test("from an earlier connection does not end this one's catch-up", () => {
    const driver = driverWith([movie(1, "tt1")]);
    driver.userChanged("movie", 1, { playcount: 1 });
    driver.connect();
    const first = driver.publishedOn("/caught-up")[0];
    driver.connect("session resumed");
    driver.receive(catchUpTopic(GROUP, "device-a"), first?.payload ?? "", false);
    expect(driver.publishedOn("/watched")).toEqual([]);
    driver.returnMarker();
    expect(driver.publishedOn("/watched")).toHaveLength(1);
  });
});

describe("the outbox", () => {
  test("keeps a change made offline and sends it once caught up, as a retained QoS 1 state with the watched expiry", () => {
    const driver = driverWith([movie(1, "tt1")]);
    driver.userChanged("movie", 1, { playcount: 1 });
    expect(driver.savedOutbox).toContain("imdb:tt1");
    driver.connect();
    expect(driver.publishedOn("/watched")).toEqual([]);
    driver.returnMarker();
    expect(driver.publishedOn("/watched")).toEqual([
      // No message expiry by default: a device that joins months later still gets the state.
      { topic: WATCHED_TT1, payload: expect.stringContaining('"playcount":1'), qos: 1, retain: true, expirySeconds: 0 },
    ]);
    expect(JSON.parse(driver.savedOutbox ?? "{}").messages).toEqual([]);
  });

  test("coalesces changes of one item across reconnects: only the newest state is sent", () => {
    const driver = driverWith([movie(1, "tt1")]);
    driver.userChanged("movie", 1, { playcount: 1 });
    driver.connect();
    driver.run(driver.session.brokerDisconnected("connection lost", driver.now));
    driver.now += 1000;
    driver.userChanged("movie", 1, { playcount: 0 });
    driver.connect("session resumed");
    driver.returnMarker();
    const sent = driver.publishedOn("/watched");
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]?.payload ?? "{}").playcount).toBe(0);
  });

  test("survives a restart: the saved outbox is sent by the next run, and counts as the newest known state", () => {
    const first = driverWith([movie(1, "tt1")]);
    first.userChanged("movie", 1, { playcount: 1 });
    const saved = first.savedOutbox;
    const second = driverWith([movie(1, "tt1", { playcount: 1 })], [], saved);
    expect(second.logged("info", "1 change(s) from before the restart")).toBe(true);
    second.connect();
    // An older retained state arriving during the catch-up must not undo the unsent change.
    second.receive(WATCHED_TT1, watchedPayload(0, first.now - 60_000));
    expect(second.library.getItem("movie", 1)?.playcount).toBe(1);
    second.returnMarker();
    expect(second.publishedOn("/watched").map((publication) => JSON.parse(publication.payload).playcount)).toContain(1);
  });

  test("reads a version 1 file (CloudSync 4.0.0) and drops what is unusable", () => {
    const version1 = JSON.stringify({
      v: 1,
      publications: [
        { topic: WATCHED_TT1, payload: watchedPayload(1, 5, "device-a"), qos: 1, retain: true, expirySeconds: 60 },
        { topic: WATCHED_TT1.replace("tt1", "tt2"), payload: "not json", qos: 1, retain: true, expirySeconds: 60 },
        { topic: deviceStatusTopic(GROUP, "device-a"), payload: "{}", qos: 0, retain: true, expirySeconds: 60 },
      ],
    });
    const driver = driverWith([movie(1, "tt1", { playcount: 1 })], [], version1);
    expect(driver.logged("warning", "2 unusable")).toBe(true);
    driver.connect();
    driver.returnMarker();
    expect(driver.publishedOn("/watched")).toHaveLength(1);
  });

  test("puts back what the broker refused, warns once, and sends it when the broker takes messages again", () => {
    const driver = driverWith([movie(1, "tt1"), movie(2, "tt2")]);
    driver.connect();
    driver.returnMarker();
    driver.brokerTakes = false;
    driver.userChanged("movie", 1, { playcount: 1 });
    driver.userChanged("movie", 2, { playcount: 1 });
    expect(driver.logs.filter((line) => line.message.includes("did not take a message"))).toHaveLength(1);
    expect(driver.session.status().outboxSize).toBe(2);
    driver.brokerTakes = true;
    driver.advance(100);
    expect(driver.publishedOn("/watched")).toHaveLength(2);
    expect(driver.session.status().outboxSize).toBe(0);
  });

  test("a newer remote state replaces this device's unsent change for that item and field", () => {
    const driver = driverWith([movie(1, "tt1")]);
    driver.userChanged("movie", 1, { playcount: 1 });
    driver.connect();
    driver.receive(WATCHED_TT1, watchedPayload(0, driver.now + 5_000));
    expect(driver.logged("info", "a newer change from device device-b replaces")).toBe(true);
    driver.returnMarker();
    expect(driver.publishedOn("/watched")).toEqual([]);
    expect(driver.library.getItem("movie", 1)?.playcount).toBe(0);
  });
});

describe("remote states", () => {
  test("an older state than the known one is answered by publishing the known one again", () => {
    const driver = driverWith([movie(1, "tt1")]);
    driver.connect();
    driver.returnMarker();
    driver.receive(WATCHED_TT1, watchedPayload(1, 2_000));
    driver.receive(WATCHED_TT1, watchedPayload(0, 1_000, "device-c"));
    const answers = driver.publishedOn("/watched");
    expect(answers).toHaveLength(1);
    expect(JSON.parse(answers[0]?.payload ?? "{}")).toMatchObject({ playcount: 1, time: 2_000, device: "device-b" });
    expect(driver.logged("info", "device device-c sent an older state; republishing")).toBe(true);
    expect(driver.library.getItem("movie", 1)?.playcount).toBe(1);
  });

  test("are applied to the library, and Kodi's notification of the write is not read again nor published", () => {
    const driver = driverWith([movie(1, "tt1")]);
    driver.connect();
    driver.returnMarker();
    driver.receive(WATCHED_TT1, watchedPayload(1, 2_000));
    expect(driver.library.getItem("movie", 1)?.playcount).toBe(1);
    driver.reads = [];
    driver.run(driver.session.libraryUpdated({ id: 1, type: "movie", scanned: false, playcount: 1 }, driver.now));
    expect(driver.reads).toEqual([]);
    expect(driver.publishedOn("/watched")).toEqual([]);
  });

  test("for an item this device does not have yet wait, and are applied when a scan brings it", () => {
    const driver = driverWith([]);
    driver.connect();
    driver.receive(RESUME_TT1, encodeResumeMessage({ position: 300, total: 600, time: 5, device: "device-b" }));
    driver.library.items.set("movie|9", movie(9, "tt1"));
    driver.run(driver.session.libraryChanged());
    expect(driver.library.getItem("movie", 9)?.resume).toEqual({ position: 300, total: 600 });
  });

  test("switched off are not applied", () => {
    const driver = new SessionDriver(settingsFor("device-a", { syncWatched: false }), new InMemoryLibrary([movie(1, "tt1")]));
    driver.connect();
    driver.receive(WATCHED_TT1, watchedPayload(1, 2_000));
    expect(driver.library.getItem("movie", 1)?.playcount).toBe(0);
  });

  test("invalid ones are dropped with a warning each, up to a limit, then one line", () => {
    const driver = driverWith([movie(1, "tt1")]);
    driver.connect();
    for (let index = 0; index < MAX_LOGGED_PROBLEMS + 30; index++) {
      driver.receive(WATCHED_TT1, "not json");
    }
    driver.receive(WATCHED_TT1, "x".repeat(5000));
    driver.receive(WATCHED_TT1, null);
    expect(driver.logs.filter((line) => line.level === "warning" && line.message.startsWith("dropped"))).toHaveLength(MAX_LOGGED_PROBLEMS);
    expect(driver.logs.filter((line) => line.message.includes("dropped without a log line each"))).toHaveLength(1);
    expect(driver.library.getItem("movie", 1)?.playcount).toBe(0);
  });
});

describe("routing", () => {
  test("every topic kind of the group, and nothing of another group", () => {
    expect(routeTopic(GROUP, "device-a", WATCHED_TT1)).toEqual({ kind: "item", itemKind: "movie", identity: "imdb:tt1", field: "watched" });
    expect(routeTopic(GROUP, "device-a", itemTopic(GROUP, "episode", "tvdb:1/s1e2", "resume"))).toEqual({
      kind: "item",
      itemKind: "episode",
      identity: "tvdb:1/s1e2",
      field: "resume",
    });
    expect(routeTopic(GROUP, "device-a", favouriteTopic(GROUP, "media:/a b.mkv"))).toEqual({ kind: "favourite", identity: "media:/a b.mkv" });
    expect(routeTopic(GROUP, "device-a", favouriteListTopic(GROUP))).toEqual({ kind: "favourite-list" });
    expect(routeTopic(GROUP, "device-a", deviceStatusTopic(GROUP, "device-b"))).toEqual({ kind: "device-status", device: "device-b" });
    expect(routeTopic(GROUP, "device-a", catchUpTopic(GROUP, "device-a"))).toEqual({ kind: "catch-up-marker" });
    expect(routeTopic(GROUP, "device-a", catchUpTopic(GROUP, "device-b"))).toEqual({ kind: "other" });
    expect(routeTopic(GROUP, "device-a", itemTopic("other", "movie", "imdb:tt1", "watched"))).toEqual({ kind: "other" });
    expect(routeTopic(GROUP, "device-a", `cloudsync/v1/${GROUP}/movie/imdb:tt1/lyrics`)).toEqual({ kind: "other" });
  });

  test("device statuses fill the directory; one whose body names another device is refused; an empty one forgets", () => {
    const driver = driverWith([]);
    driver.connect();
    driver.receive(deviceStatusTopic(GROUP, "device-b"), encodeDeviceStatus({ device: "device-b", name: "Bedroom", version: "4.1.0", online: true, time: 5 }));
    driver.receive(deviceStatusTopic(GROUP, "device-c"), encodeDeviceStatus({ device: "device-b", name: "Forged", version: "4.1.0", online: false, time: 9 }));
    expect(driver.session.status().devices.map((device) => [device.id, device.name, device.online])).toEqual([["device-b", "Bedroom", true]]);
    expect(driver.logged("warning", "the device differs from its topic")).toBe(true);
    driver.receive(deviceStatusTopic(GROUP, "device-b"), "", true, 0);
    expect(driver.session.status().devices).toEqual([]);
  });

  test("this device's status goes out on connect (QoS 0, retained, one day) and is refreshed every ten minutes", () => {
    const driver = driverWith([]);
    driver.connect();
    const statuses = driver.publishedOn("/device-a/status");
    expect(statuses).toHaveLength(1);
    expect(statuses[0]).toMatchObject({ qos: 0, retain: true, expirySeconds: SECONDS_PER_DAY });
    expect(JSON.parse(statuses[0]?.payload ?? "{}")).toMatchObject({ device: "device-a", name: "Kodi device-a", online: true });
    driver.advance(STATUS_REFRESH_MILLISECONDS - 1);
    expect(driver.publishedOn("/device-a/status")).toHaveLength(1);
    driver.advance(1);
    expect(driver.publishedOn("/device-a/status")).toHaveLength(2);
  });
});

describe("polling", () => {
  test("the in-progress listing is read every 5 s and a resume point set without a notification is published", () => {
    const driver = driverWith([movie(1, "tt1")]);
    driver.connect();
    driver.returnMarker();
    driver.library.change("movie", 1, { resume: { position: 120, total: 600 } });
    driver.reads = [];
    driver.advance(RESUME_POLL_MILLISECONDS);
    expect(driver.reads).toContain("in-progress");
    expect(driver.publishedOn("/resume").map((publication) => JSON.parse(publication.payload).position)).toEqual([120]);
    driver.reads = [];
    driver.advance(RESUME_POLL_MILLISECONDS - 1);
    expect(driver.reads).not.toContain("in-progress");
  });

  test("favourites are read every 2 s; a new one is published with the favourites expiry", () => {
    const driver = driverWith([], [media("/a.mkv")]);
    driver.connect();
    driver.returnMarker();
    driver.favourites.favourites.push(media("/b.mkv", "B"));
    driver.advance(FAVOURITES_POLL_MILLISECONDS);
    const sent = driver.publishedOn("/favourite/media:%2Fb.mkv");
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ qos: 1, retain: true, expirySeconds: 7 * SECONDS_PER_DAY });
  });
});

describe("favourites from the group", () => {
  test("are added once; a write Kodi refuses is undone, so the next listing publishes nothing", () => {
    const driver = driverWith([], []);
    driver.connect();
    driver.returnMarker();
    driver.favourites.refuse = true;
    driver.receive(
      favouriteTopic(GROUP, "media:/c.mkv"),
      encodeFavouriteMessage({ present: true, favourite: media("/c.mkv", "C"), time: 10, device: "device-b" }),
    );
    expect(driver.logged("error", 'could not add favourite "C"')).toBe(true);
    driver.favourites.refuse = false;
    driver.receive(
      favouriteTopic(GROUP, "media:/d.mkv"),
      encodeFavouriteMessage({ present: true, favourite: media("/d.mkv", "D"), time: 11, device: "device-b" }),
    );
    expect(driver.favourites.list().map((favourite) => favourite.title)).toEqual(["D"]);
    driver.advance(FAVOURITES_POLL_MILLISECONDS);
    expect(driver.publishedOn("/favourite/media:%2Fd.mkv")).toEqual([]);
  });

  test("an authoritative list removes what the sender no longer has, in removal mode only", () => {
    const list = encodeFavouriteListMessage({ device: "device-b", time: 50, identities: ["media:/a.mkv"] });
    const addOnly = driverWith([], [media("/a.mkv"), media("/b.mkv")]);
    addOnly.receive(favouriteListTopic(GROUP), list, false);
    expect(addOnly.favourites.list()).toHaveLength(2);
    const removals = new SessionDriver(
      settingsFor("device-a", { syncFavoriteRemovals: true }),
      new InMemoryLibrary([]),
      new InMemoryFavourites([media("/a.mkv"), media("/b.mkv")]),
    );
    removals.receive(favouriteListTopic(GROUP), list, false);
    expect(removals.favourites.list().map((favourite) => favourite.path)).toEqual(["/a.mkv"]);
  });
});

describe("bursts", () => {
  test("a round of many writes logs each of the first few and one summary line for the rest", () => {
    const items = Array.from({ length: 50 }, (_, index) => movie(index + 1, `tt${index + 1}`));
    const driver = driverWith(items);
    driver.connect();
    for (const item of items) {
      driver.receive(itemTopic(GROUP, "movie", `imdb:${item.uniqueid["imdb"]}`, "watched"), watchedPayload(1, 10));
    }
    driver.run(driver.session.endRound());
    expect(driver.library.writes).toBe(50);
    expect(driver.logs.filter((line) => line.message.startsWith('marked "'))).toHaveLength(LOGGED_WRITES_PER_ROUND);
    expect(driver.logged("info", `marked ${50 - LOGGED_WRITES_PER_ROUND} more item(s)`)).toBe(true);
    driver.run(driver.session.endRound());
    expect(driver.logs.filter((line) => line.message.includes("more item(s)"))).toHaveLength(1);
  });
});

describe("Publish All My Favorites", () => {
  test("sends every favourite of this device, then its complete list, and knows when the broker took them", () => {
    const driver = driverWith([], [media("/a.mkv", "A"), media("/b.mkv", "B")]);
    driver.connect();
    driver.returnMarker();
    expect(driver.session.publishAllRefusal()).toBe("");
    const request = driver.session.publishAll(driver.now);
    driver.run(request.effects);
    expect(driver.publishedOn("/favourite/media:%2Fa.mkv")).toHaveLength(1);
    expect(driver.publishedOn("/favourite/media:%2Fb.mkv")).toHaveLength(1);
    const list = driver.publishedOn("/favourites/list");
    expect(list).toHaveLength(1);
    expect(list[0]?.retain).toBe(false);
    expect(JSON.parse(list[0]?.payload ?? "{}").identities).toEqual(["media:/a.mkv", "media:/b.mkv"]);
    expect(driver.session.allSent(request.messages)).toBe(true);
  });

  test("refuses while not connected or with favourites off, and reports what the broker did not take", () => {
    const offline = driverWith([], [media("/a.mkv")]);
    expect(offline.session.publishAllRefusal()).toContain("not reachable");
    const off = new SessionDriver(settingsFor("device-a", { syncFavorites: false }));
    off.connect();
    expect(off.session.publishAllRefusal()).toContain("switched off");
    const refused = driverWith([], [media("/a.mkv")]);
    refused.connect();
    refused.returnMarker();
    refused.brokerTakes = false;
    const request = refused.session.publishAll(refused.now);
    refused.run(request.effects);
    expect(refused.session.allSent(request.messages)).toBe(false);
  });
});

describe("connection and settings", () => {
  test("a failure repeated on every retry is logged once; a new reason is logged again", () => {
    const driver = driverWith([]);
    for (let attempt = 0; attempt < 5; attempt++) {
      driver.run(driver.session.brokerDisconnected("connection refused", driver.now));
    }
    driver.run(driver.session.brokerDisconnected("unknown host name", driver.now));
    expect(driver.logs.filter((line) => line.level === "warning").map((line) => line.message)).toEqual([
      "broker connection lost or refused: connection refused",
      "broker connection lost or refused: unknown host name",
    ]);
    expect(driver.session.status()).toMatchObject({ connected: false, reason: "unknown host name" });
  });

  test("a new device name is announced at once; a new device id starts the sync afresh with new listings", () => {
    const driver = driverWith([movie(1, "tt1")], [media("/a.mkv")]);
    driver.connect();
    driver.run(driver.session.applySettings(settingsFor("device-a", { deviceName: "Living room" }), driver.now));
    expect(JSON.parse(driver.publishedOn("/device-a/status").pop()?.payload ?? "{}").name).toBe("Living room");
    driver.reads = [];
    driver.run(driver.session.applySettings(settingsFor("device-z"), driver.now));
    // The library first: a favourite of a library file is known by its item.
    expect(driver.reads).toEqual(["library", "songs", "favourites"]);
  });

  test("stopping sends the offline status at once and warns of unsent changes", () => {
    const driver = driverWith([movie(1, "tt1")]);
    driver.connect();
    driver.userChanged("movie", 1, { playcount: 1 });
    driver.run(driver.session.stop(driver.now));
    expect(JSON.parse(driver.publishedOn("/device-a/status").pop()?.payload ?? "{}").online).toBe(false);
    expect(driver.logged("warning", "stopping with 1 change(s) not yet sent")).toBe(true);
  });
});
