/** The sync core's rules for favourites: identity, add-only by default, removals as an option. */
import { Favourite, favouriteAddParameters, favouriteIdentity } from "../../src/core/favourite";
import { FavouriteState, FavouriteSync } from "../../src/core/favourite-sync";

function media(path: string, title = "A film"): Favourite {
  return { title, type: "media", path, window: "", windowparameter: "", thumbnail: "" };
}

function window(name: string, parameter: string, title = "Movies"): Favourite {
  return { title, type: "window", path: "", window: name, windowparameter: parameter, thumbnail: "" };
}

function state(favourite: Favourite, present: boolean, time: number, device = "device-b"): FavouriteState {
  return { present, favourite, time, device };
}

function syncWith(...favourites: Favourite[]): FavouriteSync {
  const sync = new FavouriteSync("device-a", 10);
  sync.applyListing(favourites, 0, true);
  return sync;
}

describe("favourite identity", () => {
  test("is the normalised target, not the title or thumbnail", () => {
    expect(favouriteIdentity(media("/srv/a.mkv", "One"))).toBe(favouriteIdentity({ ...media(" /srv/a.mkv ", "Other"), thumbnail: "t.jpg" }));
    expect(favouriteIdentity(window("Videos", "videodb://movies/titles/"))).toBe("window:videos:videodb://movies/titles/");
    expect(favouriteIdentity({ ...media("script://script.foo"), type: "script" })).toBe("script:script.foo");
    expect(favouriteIdentity({ ...media("script.foo"), type: "script" })).toBe("script:script.foo");
    expect(favouriteIdentity({ ...media("androidapp://sources/apps/com.example"), type: "androidapp" })).toBe("androidapp:com.example");
  });

  test("an unknown favourite (Kodi lists no command for it) is not synced", () => {
    expect(favouriteIdentity({ ...media(""), type: "unknown" })).toBeNull();
    expect(favouriteIdentity(media(""))).toBeNull();
  });

  test("AddFavourite parameters recreate each type, android apps with the prefix Kodi needs", () => {
    expect(favouriteAddParameters({ ...media("/srv/a.mkv", "Film"), thumbnail: "/t.jpg" })).toEqual({
      title: "Film",
      type: "media",
      path: "/srv/a.mkv",
      thumbnail: "/t.jpg",
    });
    expect(favouriteAddParameters(window("videos", "plugin://x/?a=1&b=2"))).toEqual({
      title: "Movies",
      type: "window",
      window: "videos",
      windowparameter: "plugin://x/?a=1&b=2",
    });
    expect(favouriteAddParameters({ ...media("com.example"), type: "androidapp", title: "App" })).toEqual({
      title: "App",
      type: "androidapp",
      path: "androidapp://sources/apps/com.example",
    });
  });
});

describe("favourite merge", () => {
  test("within the grace period after a remote write, Kodi's listing of it is not news; a write Kodi refused is undone", () => {
    const sync = syncWith(media("/a"));
    const write = sync.applyRemote("media:/b", state(media("/b"), true, 5000), true, 5000);
    expect(sync.applyListing([media("/a")], 6000, true)).toEqual([]); // not listed yet: not a removal within the grace period
    expect(write).not.toBeNull();
    const refused = sync.applyRemote("media:/c", state(media("/c"), true, 5000), true, 5000);
    sync.revertWrite(refused ?? { action: "add", identity: "", favourite: media(""), device: "" });
    expect(sync.applyRemote("media:/c", state(media("/c"), true, 5001, "device-c"), true, 5001)).toMatchObject({ action: "add" });
  });

  test("the listing at start-up is a baseline: nothing published; later additions are", () => {
    const sync = new FavouriteSync("device-a", 10);
    expect(sync.applyListing([media("/a")], 1000, false)).toEqual([]);
    const published = sync.applyListing([media("/a"), media("/b")], 2000, false);
    expect(published).toEqual([{ identity: "media:/b", state: { present: true, favourite: media("/b"), time: 2000, device: "device-a" } }]);
    expect(sync.applyListing([media("/a"), media("/b")], 3000, false)).toEqual([]);
  });

  test("add-only: a removal is not published and a remote removal is not applied", () => {
    const sync = syncWith(media("/a"));
    expect(sync.applyListing([], 1000, false)).toEqual([]);
    const other = syncWith(media("/a"));
    expect(other.applyRemote("media:/a", state(media("/a"), false, 5000), false, 100_000)).toBeNull();
  });

  test("a remote favourite this device lacks is added, once; one it has is never toggled", () => {
    const sync = syncWith(media("/a"));
    expect(sync.applyRemote("media:/b", state(media("/b"), true, 5000), false, 100_000)).toEqual({
      action: "add",
      identity: "media:/b",
      favourite: media("/b"),
      device: "device-b",
    });
    // Kodi's listing now shows it: not a local change, not sent back.
    expect(sync.applyListing([media("/a"), media("/b")], 6000, false)).toEqual([]);
    // The same favourite from yet another device: present already, no AddFavourite (it would remove it).
    expect(sync.applyRemote("media:/b", state(media("/b"), true, 7000, "device-c"), false, 100_000)).toBeNull();
    expect(sync.applyRemote("media:/a", state(media("/a"), true, 7000, "device-c"), false, 100_000)).toBeNull();
  });

  test("the same favourite added on two devices at the same moment stays on both", () => {
    const onA = syncWith();
    const onB = new FavouriteSync("device-b", 10);
    onB.applyListing([], 0, false);
    const fromA = onA.applyListing([media("/x")], 1000, false);
    const fromB = onB.applyListing([media("/x")], 1000, false);
    expect(onA.applyRemote("media:/x", fromB[0]?.state ?? state(media("/x"), true, 0), false, 100_000)).toBeNull();
    expect(onB.applyRemote("media:/x", fromA[0]?.state ?? state(media("/x"), true, 0), false, 100_000)).toBeNull();
  });

  test("with removals on, a removal travels, is applied only where present, and an older addition does not resurrect it", () => {
    const sync = syncWith(media("/a"));
    expect(sync.applyRemote("media:/a", state(media("/a"), false, 5000), true, 100_000)).toMatchObject({ action: "remove", identity: "media:/a" });
    expect(sync.applyListing([], 5100, true)).toEqual([]); // our own removal coming back is not news
    expect(sync.applyRemote("media:/a", state(media("/a"), true, 4000, "device-c"), true, 100_000)).toBeNull();
    expect(sync.applyRemote("media:/a", state(media("/a"), false, 6000, "device-c"), true, 100_000)).toBeNull(); // absent already: no toggle
    expect(sync.applyRemote("media:/a", state(media("/a"), true, 7000, "device-c"), true, 100_000)).toMatchObject({ action: "add" });
  });

  test("with removals on, a local removal is published", () => {
    const sync = syncWith(media("/a"), media("/b"));
    expect(sync.applyListing([media("/b")], 2000, true)).toEqual([
      { identity: "media:/a", state: { present: false, favourite: media("/a"), time: 2000, device: "device-a" } },
    ]);
  });

  test("Publish All sends every favourite as present now; its list is authoritative only in removal mode", () => {
    const sender = syncWith(media("/a"), window("videos", "videodb://movies/"));
    const published = sender.publishAll(9000);
    expect(published.map((publication) => publication.identity)).toEqual(["media:/a", "window:videos:videodb://movies/"]);
    expect(published.every((publication) => publication.state.present && publication.state.time === 9000)).toBe(true);
    const receiver = syncWith(media("/old"));
    expect(receiver.applyAuthoritativeList(sender.localIdentities(), 9000, "device-b", false, 100_000)).toEqual([]);
    expect(receiver.applyAuthoritativeList(sender.localIdentities(), 9000, "device-b", true, 100_000)).toMatchObject([
      { action: "remove", identity: "media:/old" },
    ]);
  });

  test("an authoritative list older than a local addition does not remove it", () => {
    const receiver = syncWith();
    receiver.applyListing([media("/new")], 10_000, true);
    expect(receiver.applyAuthoritativeList([], 9000, "device-b", true, 100_000)).toEqual([]);
  });
});
