/**
 * "Forget this group's data on the broker" (issue 17, item 4): which topics the forget covers
 * (plain and sealed), which retained messages it empties and which it leaves, the marker that says
 * the broker offered them all, when it gives up, and what it says. Then what the deletions do to
 * the devices that receive them: nothing to their libraries or favourites; an online device's
 * status goes out again at once.
 */
import {
  FORGET_QUIET_MILLISECONDS,
  RetainedCollection,
  deletionOf,
  describeBrokerRefusal,
  describeForgetOutcome,
  forgetFilters,
  forgetMarkerPublication,
  forgetRefusal,
  forgetStalled,
  parseForgetRequest,
} from "../../src/core/group-forget";
import { protectedTopic } from "../../src/core/group-cipher";
import { IncomingMessage } from "../../src/core/incoming-messages";
import { Publication } from "../../src/core/outgoing-messages";
import { EMPTIED_STATUS_REPUBLISH_MILLISECONDS } from "../../src/core/group-session";
import { deviceStatusTopic } from "../../src/core/topics";
import { NodeGroupCipher } from "./support/node-group-cipher";
import { InMemoryFavourites, InMemoryLibrary, SessionDriver, media, movie, settingsFor } from "./support/session-driver";

const GROUP = "home";
const household = new NodeGroupCipher("our long family passphrase", GROUP);
const stranger = new NodeGroupCipher("another passphrase", GROUP);

function retained(topic: string, payload = '{"v":1}'): IncomingMessage {
  return { topic, payload, size: Buffer.byteLength(payload), retained: true };
}

function live(publication: Publication): IncomingMessage {
  return { topic: publication.topic, payload: publication.payload, size: Buffer.byteLength(publication.payload), retained: false };
}

describe("what the forget subscribes to", () => {
  test("a plain group: every topic under its root", () => {
    expect(forgetFilters("home", null)).toEqual(["cloudsync/v1/home/#"]);
    expect(forgetFilters("a/b+c", null)).toEqual(["cloudsync/v1/a%2Fb%2Bc/#"]);
  });

  test("a group with a passphrase: the plain root too (states from before the passphrase) and the sealed root", () => {
    const filters = forgetFilters(GROUP, household);
    expect(filters).toHaveLength(2);
    expect(filters[0]).toBe("cloudsync/v1/home/#");
    expect(filters[1]).toMatch(/^cloudsync\/p1\/[0-9a-f]{32}\/\+$/);
  });
});

describe("the retained messages collected", () => {
  const marker = forgetMarkerPublication(GROUP, "device-a", null, "device-a#forget@1");

  test("every retained message of the group, whatever its kind, once each, in the broker's order", () => {
    const collection = new RetainedCollection(GROUP, null, marker, "device-a#forget@1");
    const topics = [
      "cloudsync/v1/home/movie/imdb:tt1/watched",
      "cloudsync/v1/home/episode/tvdb:81189%2Fs1e2/resume",
      "cloudsync/v1/home/movie/imdb:tt1/rating",
      "cloudsync/v1/home/song/musicbrainz:abc/played",
      "cloudsync/v1/home/favourite/media:%2Fsrv%2Fa.mkv",
      "cloudsync/v1/home/device/device-b/status",
      "cloudsync/v1/home/some-later-kind/x/y/z",
    ];
    for (const topic of [...topics, topics[0]!]) {
      collection.offered(retained(topic));
    }
    // Not UTF-8 but the group's: it goes too.
    collection.offered({ topic: "cloudsync/v1/home/movie/imdb:tt2/watched", payload: null, size: 3, retained: true });
    expect(collection.topics()).toEqual([...topics, "cloudsync/v1/home/movie/imdb:tt2/watched"]);
    expect(collection.markerSeen).toBe(false);
  });

  test("live traffic, deletions passing by and other groups' messages are left", () => {
    const collection = new RetainedCollection(GROUP, null, marker, "device-a#forget@1");
    collection.offered({ topic: "cloudsync/v1/home/movie/imdb:tt1/watched", payload: '{"v":1}', size: 7, retained: false });
    collection.offered({ topic: "cloudsync/v1/home/movie/imdb:tt3/watched", payload: "", size: 0, retained: true });
    collection.offered(retained("cloudsync/v1/home2/movie/imdb:tt1/watched"));
    collection.offered(retained("cloudsync/v1/homework/device/x/status"));
    collection.offered(retained("other/cloudsync/v1/home/movie/imdb:tt1/watched"));
    expect(collection.topics()).toEqual([]);
  });

  test("only this run's marker ends the collection: an earlier run's is not it", () => {
    const collection = new RetainedCollection(GROUP, null, marker, "device-a#forget@1");
    expect(marker).toEqual({ topic: "cloudsync/v1/home/device/device-a/forgetting", payload: "device-a#forget@1", qos: 1, retain: false, expirySeconds: 60 });
    collection.offered(live({ ...marker, payload: "device-a#forget@0" }));
    expect(collection.markerSeen).toBe(false);
    collection.offered(live(marker));
    expect(collection.markerSeen).toBe(true);
    expect(collection.topics()).toEqual([]);
  });

  test("sealed messages: this passphrase's are collected; another passphrase's are counted and left", () => {
    const sealedMarker = forgetMarkerPublication(GROUP, "device-a", household, "device-a#forget@7");
    expect(sealedMarker.topic).toBe(protectedTopic(household, GROUP, "cloudsync/v1/home/device/device-a/forgetting"));
    expect(sealedMarker.payload).not.toContain("forget");
    const collection = new RetainedCollection(GROUP, household, sealedMarker, "device-a#forget@7");
    const ours = protectedTopic(household, GROUP, "cloudsync/v1/home/movie/imdb:tt1/watched");
    const theirs = protectedTopic(stranger, GROUP, "cloudsync/v1/home/movie/imdb:tt1/watched");
    collection.offered(retained(ours, household.seal(ours, JSON.stringify(["cloudsync/v1/home/movie/imdb:tt1/watched", '{"v":1}']))));
    collection.offered(retained(theirs, stranger.seal(theirs, JSON.stringify(["cloudsync/v1/home/movie/imdb:tt1/watched", '{"v":1}']))));
    collection.offered(retained("cloudsync/v1/home/movie/imdb:tt9/watched")); // from before the passphrase
    collection.offered(live(forgetMarkerPublication(GROUP, "device-a", household, "device-a#forget@6")));
    expect(collection.markerSeen).toBe(false);
    collection.offered(live(sealedMarker));
    expect(collection.markerSeen).toBe(true);
    expect(collection.topics()).toEqual([ours, "cloudsync/v1/home/movie/imdb:tt9/watched"]);
    expect(collection.otherPassphrase).toBe(1);
  });

  test("a deletion is an empty retained QoS 1 message without expiry", () => {
    expect(deletionOf("cloudsync/v1/home/movie/imdb:tt1/watched")).toEqual({
      topic: "cloudsync/v1/home/movie/imdb:tt1/watched",
      payload: "",
      qos: 1,
      retain: true,
      expirySeconds: 0,
    });
  });
});

describe("when it starts, gives up, and what it says", () => {
  test("it starts only for the group the user confirmed, with sync on and a broker set", () => {
    expect(forgetRefusal("home", settingsFor("device-a"))).toBe("");
    expect(forgetRefusal("home", settingsFor("device-a", { syncGroup: "flat" }))).toMatch(
      /the sync group is now "flat", not the "home" confirmed.*nothing was removed/,
    );
    expect(forgetRefusal("home", settingsFor("device-a", { enabled: false }))).toBe("sync is switched off");
    expect(forgetRefusal("home", settingsFor("device-a", { brokerHost: "" }))).toBe("no broker host is set");
  });

  test("the group the button sends as typed is read as the settings read it: trimmed, the default when empty", () => {
    expect(forgetRefusal(" home ", settingsFor("device-a"))).toBe("");
    expect(forgetRefusal("", settingsFor("device-a"))).toBe("");
    expect(forgetRefusal("  ", settingsFor("device-a", { syncGroup: "flat" }))).toMatch(/not the "home" confirmed/);
    expect(forgetRefusal(" flat", settingsFor("device-a", { syncGroup: "flat" }))).toBe("");
  });

  test("it gives up after a quiet spell, not before", () => {
    expect(forgetStalled(1_000, 1_000 + FORGET_QUIET_MILLISECONDS - 1)).toBe(false);
    expect(forgetStalled(1_000, 1_000 + FORGET_QUIET_MILLISECONDS)).toBe(true);
  });

  test("the log line gives the count, the time and what was left", () => {
    expect(describeForgetOutcome("home", { kind: "removed", removed: 42, otherPassphrase: 0, milliseconds: 310 })).toBe(
      'Forget group data: removed 42 retained message(s) of group "home" from the broker in 310 ms',
    );
    expect(describeForgetOutcome("home", { kind: "removed", removed: 2, otherPassphrase: 3, milliseconds: 5 })).toMatch(
      /removed 2 .*; 3 message\(s\) sealed with another passphrase were left/,
    );
    expect(describeForgetOutcome("home", { kind: "failed", problem: "could not connect: connection refused", removed: 0 })).toBe(
      'Forget group data: could not forget group "home" on the broker: could not connect: connection refused',
    );
    expect(describeForgetOutcome("home", { kind: "failed", problem: "timed out", removed: 5 })).toMatch(
      /timed out \(5 retained message\(s\) were removed before that\)$/,
    );
  });

  test("an ACL refusal says so", () => {
    expect(describeBrokerRefusal("3 deletion(s)", "Not authorized")).toBe(
      "the broker refused 3 deletion(s): Not authorized (the broker's access list does not allow this user to change the group's topics)",
    );
    expect(describeBrokerRefusal("3 deletion(s)", "Quota exceeded")).toBe("the broker refused 3 deletion(s): Quota exceeded");
  });

  test("the web page's request names the group", () => {
    expect(parseForgetRequest('{"group":"home"}')).toEqual({ group: "home", problem: "" });
    expect(parseForgetRequest("{}").problem).not.toBe("");
    expect(parseForgetRequest('{"group":""}').problem).not.toBe("");
    expect(parseForgetRequest("[]").problem).not.toBe("");
    expect(parseForgetRequest("null").problem).not.toBe("");
    expect(parseForgetRequest("home").problem).toBe("The request is not JSON.");
  });
});

describe("the deletions as the devices receive them", () => {
  /** Two synced devices: the bedroom watched a film and made a favourite; the living room has both. */
  function household2(cipher: NodeGroupCipher | null): { livingRoom: SessionDriver; bedroom: SessionDriver; history: Publication[] } {
    const film = movie(1, "tt0111161");
    const make = (id: string): SessionDriver => {
      const driver = new SessionDriver(settingsFor(id), new InMemoryLibrary([{ ...film }]), new InMemoryFavourites([]));
      if (cipher !== null) {
        driver.session.useCipher(cipher, false);
      }
      driver.connect();
      for (const publication of [...driver.published]) {
        driver.receive(publication.topic, publication.payload, publication.retain); // its marker back, as the broker does
      }
      return driver;
    };
    const livingRoom = make("device-a");
    const bedroom = make("device-b");
    bedroom.favourites.add(media("/srv/films/a.mkv", "A film"));
    bedroom.userChanged("movie", 1, { playcount: 1, lastplayed: "2026-11-30 20:00:00" });
    bedroom.advance(5_000); // the favourites poll
    const history = bedroom.published.filter((publication) => publication.retain);
    for (const publication of history) {
      livingRoom.receive(publication.topic, publication.payload, false);
    }
    expect(livingRoom.library.getItem("movie", 1)?.playcount).toBe(1);
    expect(livingRoom.favourites.list().map((favourite) => favourite.title)).toEqual(["A film"]);
    return { livingRoom, bedroom, history: [...livingRoom.published.filter((publication) => publication.retain), ...history] };
  }

  test.each([
    ["a plain group", null],
    ["a group with a passphrase", household],
  ])("%s: nothing changes in the libraries or favourites; only the emptied device statuses go out again", (_what, cipher) => {
    const { livingRoom, bedroom, history } = household2(cipher);
    const topics = [...new Set(history.map((publication) => publication.topic))];
    expect(topics.length).toBeGreaterThanOrEqual(4); // two statuses, a watched state, a favourite
    for (const driver of [livingRoom, bedroom]) {
      driver.published = [];
      for (const topic of topics) {
        driver.receive(topic, "", false, 0); // the broker routes each deletion to the subscribers, not retained
      }
      expect(driver.library.getItem("movie", 1)?.playcount).toBe(1);
      expect(driver.favourites.list().map((favourite) => favourite.title)).toEqual(["A film"]);
      expect(driver.logs.filter((line) => line.level !== "info")).toEqual([]);
      // Its own status, at once (an online device stays in the group), and nothing else.
      const statusTopic = deviceStatusTopic(GROUP, driver.settings.deviceId);
      const expected = cipher === null ? statusTopic : protectedTopic(cipher, GROUP, statusTopic);
      expect(driver.published.map((publication) => publication.topic)).toEqual([expected]);
    }
  });

  test("a status emptied again and again goes out again at most once in 5 s, and the last emptying is still answered", () => {
    const { livingRoom } = household2(null);
    const statusTopic = deviceStatusTopic(GROUP, "device-a");
    const statuses = (): Publication[] => livingRoom.published.filter((publication) => publication.topic === statusTopic && publication.payload !== "");
    livingRoom.published = [];
    const answeredAt = livingRoom.now;
    livingRoom.receive(statusTopic, "", false, 0);
    expect(statuses()).toHaveLength(1);
    for (let second = 0; second < 4; second++) {
      livingRoom.receive(statusTopic, "", false, 0);
      livingRoom.advance(1_000);
    }
    expect(statuses()).toHaveLength(1);
    // The service sleeps until the session's next timer: the held status is one.
    expect(livingRoom.session.nextTickAt(livingRoom.now)).toBe(answeredAt + EMPTIED_STATUS_REPUBLISH_MILLISECONDS);
    livingRoom.advance(EMPTIED_STATUS_REPUBLISH_MILLISECONDS - 4_000);
    expect(statuses()).toHaveLength(2); // the emptied status is not left empty
    livingRoom.advance(60_000);
    expect(statuses()).toHaveLength(2);
  });
});
