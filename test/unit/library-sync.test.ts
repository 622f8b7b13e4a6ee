/** The sync core's rules for watched status and resume points of movies and episodes. */
import { itemIdentity, itemKeys } from "../../src/core/item-identity";
import { LibrarySync, SyncSwitches } from "../../src/core/library-sync";
import { ResumeState } from "../../src/core/resume-state";
import { WatchedState } from "../../src/core/watched-state";
import { LocalItem } from "../../src/core/library-store";

const BOTH: SyncSwitches = { watched: true, resume: true };
const GRACE_SECONDS = 10;

function movie(id: number, imdb: string, playcount = 0, extra: Partial<LocalItem> = {}): LocalItem {
  return {
    kind: "movie",
    id,
    title: `Movie ${id}`,
    uniqueid: { imdb },
    show: {},
    season: -1,
    episode: -1,
    playcount,
    lastplayed: "",
    resume: { position: 0, total: 0 },
    ...extra,
  };
}

function episode(id: number, tvdb: string, season: number, number: number, extra: Partial<LocalItem> = {}): LocalItem {
  return {
    kind: "episode",
    id,
    title: `Episode ${number}`,
    uniqueid: { tvdb: `ep${id}` },
    show: { tvdb },
    season,
    episode: number,
    playcount: 0,
    lastplayed: "",
    resume: { position: 0, total: 0 },
    ...extra,
  };
}

function watched(playcount: number, time: number, device = "device-b"): WatchedState {
  return { playcount, lastplayed: playcount > 0 ? "2026-11-20 20:00:00" : "", time, device };
}

function resume(position: number, time: number, device = "device-b", total = 600): ResumeState {
  return { position, total, time, device };
}

function syncWith(...items: LocalItem[]): LibrarySync {
  const sync = new LibrarySync("device-a", GRACE_SECONDS);
  sync.replaceLibrary(
    "movie",
    items.filter((item) => item.kind === "movie"),
    0,
  );
  sync.replaceLibrary(
    "episode",
    items.filter((item) => item.kind === "episode"),
    0,
  );
  return sync;
}

describe("identity", () => {
  test("a movie is its imdb id, else tmdb, else any other id", () => {
    expect(itemIdentity(movie(1, "tt1"))).toBe("imdb:tt1");
    expect(itemIdentity(movie(1, "", 0, { uniqueid: { tmdb: "603" } }))).toBe("tmdb:603");
    expect(itemIdentity(movie(1, "", 0, { uniqueid: {} }))).toBeNull();
  });

  test("an episode is its show's id with season and episode number, its own id as a fallback", () => {
    expect(itemIdentity(episode(5, "81189", 1, 2))).toBe("tvdb:81189/s1e2");
    expect(itemIdentity(episode(5, "", 1, 2, { show: {} }))).toBe("episode:tvdb:ep5");
    expect(itemKeys(episode(5, "81189", 1, 2, { show: { tvdb: "81189", imdb: "tt0903747" } }))).toEqual([
      "imdb:tt0903747/s1e2",
      "tvdb:81189/s1e2",
      "episode:tvdb:ep5",
    ]);
  });
});

describe("watched status", () => {
  test("marking a movie watched publishes it under its imdb identity", () => {
    const sync = syncWith(movie(1, "tt0111161"));
    expect(sync.applyLocalItem(movie(1, "tt0111161", 1), 1000, BOTH)).toEqual([
      {
        kind: "movie",
        identity: "imdb:tt0111161",
        title: "Movie 1",
        field: "watched",
        watched: { playcount: 1, lastplayed: "", time: 1000, device: "device-a" },
        resume: null,
      },
    ]);
  });

  test("marking an episode watched publishes it under its show, season and episode", () => {
    const sync = syncWith(episode(7, "81189", 2, 3));
    const [publication] = sync.applyLocalItem(episode(7, "81189", 2, 3, { playcount: 1 }), 1000, BOTH);
    expect(publication?.identity).toBe("tvdb:81189/s2e3");
    expect(publication?.kind).toBe("episode");
  });

  test("a notification without a change publishes nothing (duplicates, playback stopped at the same point)", () => {
    const sync = syncWith(movie(1, "tt1", 1));
    expect(sync.applyLocalItem(movie(1, "tt1", 1), 1000, BOTH)).toEqual([]);
    expect(sync.applyLocalItem(movie(1, "tt1", 2), 2000, BOTH)).toHaveLength(1);
    expect(sync.applyLocalItem(movie(1, "tt1", 2), 3000, BOTH)).toEqual([]);
  });

  test("a scan never publishes, not even an unwatched movie that another device watched", () => {
    const sync = syncWith();
    expect(sync.addScannedItem(movie(7, "tt7", 0), 0)).toEqual([]);
    expect(sync.replaceLibrary("movie", [movie(7, "tt7", 0), movie(8, "tt8", 0)], 0)).toEqual([]);
    // The first notification about an item the index has never seen is a scan's, not a user's.
    expect(sync.applyLocalItem(movie(9, "tt9", 0), 0, BOTH)).toEqual([]);
  });

  test("a remote state is written, and Kodi's notification of that write is not published again", () => {
    const sync = syncWith(movie(1, "tt1"));
    const write = sync.applyRemote("movie", "imdb:tt1", "watched", watched(1, 5000), 5000).write;
    expect(write).toMatchObject({ kind: "movie", id: 1, field: "watched", playcount: 1, lastplayed: "2026-11-20 20:00:00", device: "device-b" });
    expect(sync.applyLocalItem(movie(1, "tt1", 1), 5100, BOTH)).toEqual([]);
  });

  test("the instant an item was played travels with its watched state and reaches the write (last-played dates kept exactly)", () => {
    const sync = syncWith(movie(1, "tt1"));
    const played = { lastplayed: "2026-03-14 15:09:26", playedAt: "2026-03-14T19:09:26Z" };
    const [publication] = sync.applyLocalItem(movie(1, "tt1", 1, played), 1000, BOTH);
    expect(publication?.watched).toEqual({ playcount: 1, ...played, time: 1000, device: "device-a" });
    const other = syncWith(movie(1, "tt1"));
    const write = other.applyRemote("movie", "imdb:tt1", "watched", { playcount: 1, ...played, time: 1000, device: "device-b" }, 2000).write;
    expect(write).toMatchObject({ playcount: 1, ...played });
    // From a device that sends no instant: its text is written as it is.
    const fromOlder = syncWith(movie(1, "tt1")).applyRemote("movie", "imdb:tt1", "watched", watched(1, 5000), 5000).write;
    expect(fromOlder).toMatchObject({ lastplayed: "2026-11-20 20:00:00", playedAt: "" });
  });

  test("within the grace period Kodi's adjustment of our write is not published; after it, a change is", () => {
    const sync = syncWith(movie(1, "tt1"));
    sync.applyRemote("movie", "imdb:tt1", "watched", watched(1, 5000), 5000);
    expect(sync.applyLocalItem(movie(1, "tt1", 2), 5000 + GRACE_SECONDS * 1000, BOTH)).toEqual([]);
    expect(sync.applyLocalItem(movie(1, "tt1", 3), 5001 + GRACE_SECONDS * 1000, BOTH)).toHaveLength(1);
  });

  test("within the grace period a user's real change is still published: unwatching what just arrived as watched", () => {
    const sync = syncWith(movie(1, "tt1"));
    sync.applyRemote("movie", "imdb:tt1", "watched", watched(1, 5000), 5000);
    expect(sync.applyLocalItem(movie(1, "tt1", 0), 6000, BOTH)).toMatchObject([{ field: "watched", watched: { playcount: 0, device: "device-a" } }]);
  });

  test("within the grace period a resume point moved by Kodi is not published, one moved or cleared by a user is", () => {
    const sync = syncWith(movie(1, "tt1"));
    sync.applyRemote("movie", "imdb:tt1", "resume", resume(300, 5000), 5000);
    expect(sync.applyLocalItem(movie(1, "tt1", 0, { resume: { position: 301.5, total: 600 } }), 6000, BOTH)).toEqual([]);
    expect(sync.applyLocalItem(movie(1, "tt1", 0, { resume: { position: 0, total: 0 } }), 7000, BOTH)).toMatchObject([
      { field: "resume", resume: { position: 0 } },
    ]);
  });

  test("Kodi's notification of our own write is known as an echo without reading the item", () => {
    const sync = syncWith(movie(1, "tt1"), movie(2, "tt2"));
    sync.applyRemote("movie", "imdb:tt1", "watched", watched(3, 5000), 5000);
    expect(sync.isEchoOfWrite("movie", 1, 3, 5100)).toBe(true);
    expect(sync.isEchoOfWrite("movie", 1, 4, 5100)).toBe(false); // another value: read it
    expect(sync.isEchoOfWrite("movie", 1, 3, 5001 + GRACE_SECONDS * 1000)).toBe(false); // too late to be ours
    expect(sync.isEchoOfWrite("movie", 2, 0, 5100)).toBe(false); // never written
  });

  test("an item is matched by any of its ids, whichever one the sender used", () => {
    const sync = syncWith(movie(3, "tt3", 0, { uniqueid: { imdb: "tt3", tmdb: "603" } }));
    expect(sync.applyRemote("movie", "tmdb:603", "watched", watched(1, 5000), 5000).write?.id).toBe(3);
  });

  test("stale state never overwrites a newer local change", () => {
    const sync = syncWith(movie(1, "tt1"));
    sync.applyLocalItem(movie(1, "tt1", 1), 10_000, BOTH);
    expect(sync.applyRemote("movie", "imdb:tt1", "watched", watched(0, 9_000), 20_000).write).toBeNull();
    expect(sync.applyRemote("movie", "imdb:tt1", "watched", watched(0, 11_000), 20_000).write?.playcount).toBe(0);
  });

  test("two devices changing the same item within the same millisecond: the greater device id wins everywhere", () => {
    const onA = syncWith(movie(1, "tt1"));
    const onC = syncWith(movie(1, "tt1"));
    onA.applyLocalItem(movie(1, "tt1", 1), 1000, BOTH); // device-a: watched
    expect(onA.applyRemote("movie", "imdb:tt1", "watched", watched(0, 1000, "device-z"), 2000).write?.playcount).toBe(0);
    expect(onC.applyRemote("movie", "imdb:tt1", "watched", watched(0, 1000, "device-z"), 2000).write).toBeNull();
    expect(onC.applyRemote("movie", "imdb:tt1", "watched", watched(1, 1000, "device-a"), 2000).write).toBeNull();
  });

  test("two devices changing the same item within a second: the later change wins in either arrival order", () => {
    for (const order of [0, 1]) {
      const sync = syncWith(movie(1, "tt1"));
      const states = [watched(1, 1000, "device-b"), watched(0, 1400, "device-c")];
      const [first, second] = order === 0 ? states : [...states].reverse();
      sync.applyRemote("movie", "imdb:tt1", "watched", first ?? watched(0, 0), 2000);
      sync.applyRemote("movie", "imdb:tt1", "watched", second ?? watched(0, 0), 2000);
      expect(sync.applyLocalItem(movie(1, "tt1", 0), 2100, BOTH)).toEqual([]); // Kodi shows playcount 0: the later state
    }
  });

  test("a device coming back with week-old state does not undo a newer change", () => {
    const sync = syncWith(movie(1, "tt1"));
    const week = 7 * 24 * 3600 * 1000;
    sync.applyRemote("movie", "imdb:tt1", "watched", watched(1, 10 * week, "device-b"), 10 * week);
    expect(sync.applyRemote("movie", "imdb:tt1", "watched", watched(0, 9 * week, "device-old"), 10 * week).write).toBeNull();
  });

  test("a stale state is answered with the newer one, once, so the broker's retained state ends up the newest", () => {
    const sync = syncWith(movie(1, "tt1"));
    const week = 7 * 24 * 3600 * 1000;
    sync.applyRemote("movie", "imdb:tt1", "watched", watched(1, 10 * week, "device-b"), 10 * week);
    const outcome = sync.applyRemote("movie", "imdb:tt1", "watched", watched(0, 9 * week, "device-old"), 10 * week);
    expect(outcome).toMatchObject({
      accepted: false,
      write: null,
      correction: { identity: "imdb:tt1", field: "watched", title: "Movie 1", watched: { playcount: 1, time: 10 * week, device: "device-b" } },
    });
    // The correction itself coming back is neither applied nor corrected again: no loop.
    expect(sync.applyRemote("movie", "imdb:tt1", "watched", watched(1, 10 * week, "device-b"), 10 * week)).toEqual({
      accepted: false,
      write: null,
      correction: null,
    });
  });

  test("an unsent change saved before a restart beats older retained states and yields to newer ones", () => {
    const sync = syncWith(movie(1, "tt1"));
    sync.noteUnsentState("movie", "imdb:tt1", "watched", watched(1, 5000, "device-a"));
    const older = sync.applyRemote("movie", "imdb:tt1", "watched", watched(0, 4000, "device-b"), 6000);
    expect(older.write).toBeNull();
    expect(older.correction?.watched).toMatchObject({ playcount: 1, time: 5000, device: "device-a" });
    const newer = sync.applyRemote("movie", "imdb:tt1", "watched", watched(0, 7000, "device-b"), 8000);
    expect(newer.accepted).toBe(true); // the service drops the unsent change from its outbox
  });

  test("a state for an item this device does not have yet is applied when a scan brings it", () => {
    const sync = syncWith();
    expect(sync.applyRemote("episode", "tvdb:81189/s1e1", "watched", watched(1, 5000), 5000).write).toBeNull();
    expect(sync.pendingCount).toBe(1);
    const writes = sync.addScannedItem(episode(4, "81189", 1, 1), 6000);
    expect(writes).toMatchObject([{ kind: "episode", id: 4, field: "watched", playcount: 1 }]);
    expect(sync.pendingCount).toBe(0);
  });

  test("our own retained state coming back is recorded, not written", () => {
    const sync = syncWith(movie(1, "tt1"));
    expect(sync.applyRemote("movie", "imdb:tt1", "watched", watched(1, 5000, "device-a"), 5000).write).toBeNull();
  });

  test("a local change is stamped after the state it replaces even when this clock is behind", () => {
    const sync = syncWith(movie(1, "tt1"));
    sync.applyRemote("movie", "imdb:tt1", "watched", watched(1, 50_000), 50_000);
    const [publication] = sync.applyLocalItem(movie(1, "tt1", 0), 50_000 + GRACE_SECONDS * 1000 + 1 - 40_000 + 40_000, BOTH);
    expect(publication?.watched?.time).toBeGreaterThan(50_000);
  });

  test("an item without any uniqueid is never published", () => {
    const sync = syncWith(movie(1, "", 0, { uniqueid: {} }));
    expect(sync.applyLocalItem(movie(1, "", 1, { uniqueid: {} }), 1000, BOTH)).toEqual([]);
  });

  test("with watched sync switched off nothing about watched status is published", () => {
    const sync = syncWith(movie(1, "tt1"));
    expect(sync.applyLocalItem(movie(1, "tt1", 1), 1000, { watched: false, resume: true })).toEqual([]);
  });
});

describe("resume points", () => {
  test("stopping playback part-way publishes the resume point", () => {
    const sync = syncWith(movie(1, "tt1"));
    const [publication] = sync.applyLocalItem(movie(1, "tt1", 0, { resume: { position: 312.5, total: 600 } }), 1000, BOTH);
    expect(publication).toMatchObject({ field: "resume", resume: { position: 312.5, total: 600, time: 1000, device: "device-a" }, watched: null });
  });

  test("watching to the end publishes watched and the cleared resume point", () => {
    const sync = syncWith(movie(1, "tt1", 0, { resume: { position: 300, total: 600 } }));
    const publications = sync.applyLocalItem(movie(1, "tt1", 1, { resume: { position: 0, total: 0 } }), 1000, BOTH);
    expect(publications.map((publication) => publication.field)).toEqual(["watched", "resume"]);
    expect(publications[1]?.resume?.position).toBe(0);
  });

  test("a remote resume point is written, a cleared one too, and neither comes back as a change", () => {
    const sync = syncWith(episode(2, "81189", 1, 1));
    expect(sync.applyRemote("episode", "tvdb:81189/s1e1", "resume", resume(200, 1000), 1000).write).toMatchObject({
      field: "resume",
      resume: { position: 200, total: 600 },
    });
    expect(sync.applyLocalItem(episode(2, "81189", 1, 1, { resume: { position: 200.2, total: 600 } }), 1100, BOTH)).toEqual([]);
    expect(sync.applyRemote("episode", "tvdb:81189/s1e1", "resume", resume(0, 2000, "device-b", 0), 2000).write).toMatchObject({
      resume: { position: 0, total: 0 },
    });
  });

  test("a resume point set or cleared without a notification is found in the in-progress listing", () => {
    const sync = syncWith(movie(1, "tt1", 0, { resume: { position: 300, total: 600 } }), movie(2, "tt2"), episode(3, "81189", 1, 1));
    // Nothing changed: the listing holds movie 1 at its known point.
    expect(sync.applyInProgressListing("movie", [movie(1, "tt1", 0, { resume: { position: 300, total: 600 } })], 1000, BOTH)).toEqual([]);
    // Movie 2 given a point; movie 1 no longer listed: cleared or removed from the library, which
    // only a read can tell, so it is named for reading again and not published; episodes are another listing.
    const listing = [movie(2, "tt2", 0, { resume: { position: 42, total: 600 } })];
    const publications = sync.applyInProgressListing("movie", listing, 2000, BOTH);
    expect(publications.map((publication) => [publication.identity, publication.field, publication.resume?.position])).toEqual([["imdb:tt2", "resume", 42]]);
    expect(sync.unlistedItems("movie", listing, "resume")).toEqual([1]);
    expect(sync.applyLocalItem(movie(1, "tt1", 0), 2500, BOTH).map((publication) => [publication.identity, publication.resume?.position])).toEqual([
      ["imdb:tt1", 0],
    ]);
    expect(sync.applyInProgressListing("movie", [movie(2, "tt2", 0, { resume: { position: 42, total: 600 } })], 3000, BOTH)).toEqual([]);
    expect(sync.applyInProgressListing("movie", [], 4000, { watched: true, resume: false })).toEqual([]);
  });

  test("a resume point written from the network is not found again by the listing", () => {
    const sync = syncWith(movie(1, "tt1"));
    sync.applyRemote("movie", "imdb:tt1", "resume", resume(120, 1000), 1000);
    expect(sync.applyInProgressListing("movie", [movie(1, "tt1", 0, { resume: { position: 120, total: 600 } })], 60_000, BOTH)).toEqual([]);
  });

  test("moving the position by less than half a second is the same point", () => {
    const sync = syncWith(movie(1, "tt1", 0, { resume: { position: 100, total: 600 } }));
    expect(sync.applyLocalItem(movie(1, "tt1", 0, { resume: { position: 100.3, total: 600 } }), 1000, BOTH)).toEqual([]);
  });

  test("with resume sync switched off no resume point is published", () => {
    const sync = syncWith(movie(1, "tt1"));
    expect(sync.applyLocalItem(movie(1, "tt1", 0, { resume: { position: 50, total: 600 } }), 1000, { watched: true, resume: false })).toEqual([]);
  });

  test("watched status and resume point merge independently (last writer wins per field)", () => {
    const sync = syncWith(movie(1, "tt1"));
    sync.applyRemote("movie", "imdb:tt1", "resume", resume(100, 5000), 5000);
    expect(sync.applyRemote("movie", "imdb:tt1", "watched", watched(1, 4000), 6000).write).not.toBeNull(); // older time, other field: still applies
    expect(sync.applyRemote("movie", "imdb:tt1", "resume", resume(50, 4500), 6000).write).toBeNull();
  });
});
