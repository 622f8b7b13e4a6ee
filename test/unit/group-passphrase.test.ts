/**
 * A sync group with a passphrase (issue 14, item 1), sessions driven as the service drives them with
 * real cryptography (the construction of cloudsync_host/crypto.py, written with node:crypto):
 * messages travel sealed under topics that name nothing, devices with the same passphrase sync,
 * others' messages are dropped, counted and summed up once a minute, a message moved to another
 * topic fails, and a new passphrase sends this device's states again.
 */
import { FOREIGN_SUMMARY_MILLISECONDS } from "../../src/core/group-session";
import { describeOtherPassphrase } from "../../src/core/group-cipher";
import { LocalItem } from "../../src/core/library-store";
import { Publication } from "../../src/core/outgoing-messages";
import { NodeGroupCipher } from "./support/node-group-cipher";
import { InMemoryFavourites, InMemoryLibrary, SessionDriver, settingsFor } from "./support/session-driver";

const GROUP = "home";

function movie(id: number, imdb: string, title: string): LocalItem {
  return { kind: "movie", id, title, uniqueid: { imdb }, show: {}, season: -1, episode: -1, playcount: 0, lastplayed: "", resume: { position: 0, total: 0 } };
}

const household = new NodeGroupCipher("our long family passphrase", GROUP);
const stranger = new NodeGroupCipher("another passphrase", GROUP);

/** A device with a passphrase, connected and caught up (its own marker delivered back, as the broker does). */
function device(id: string, cipher: NodeGroupCipher, items: LocalItem[] = []): SessionDriver {
  const driver = new SessionDriver(settingsFor(id, { deviceName: `Secret room ${id}` }), new InMemoryLibrary(items), new InMemoryFavourites([]));
  driver.session.useCipher(cipher, false);
  driver.connect();
  deliver(driver, driver.published);
  return driver;
}

function deliver(to: SessionDriver, publications: Publication[]): void {
  for (const publication of [...publications]) {
    to.receive(publication.topic, publication.payload, publication.retain);
  }
}

test("everything travels sealed under one level that names nothing; the same passphrase syncs", () => {
  const a = device("device-a", household, [movie(1, "tt0111161", "The Shawshank Redemption")]);
  const b = device("device-b", household, [movie(7, "tt0111161", "The Shawshank Redemption")]);
  expect(a.session.subscriptions()).toEqual([`cloudsync/p1/${household.root_name(GROUP)}/+`]);
  a.published = [];
  a.userChanged("movie", 1, { playcount: 1, lastplayed: "2026-11-20 20:00:00" });
  expect(a.published).toHaveLength(1);
  for (const publication of a.published) {
    expect(publication.topic).toMatch(/^cloudsync\/p1\/[0-9a-f]{32}\/[0-9a-f]{32}$/);
    const wire = `${publication.topic} ${publication.payload} ${Buffer.from(publication.payload, "base64").toString("latin1")}`;
    for (const secret of ["tt0111161", "Shawshank", "device-a", "Secret room", GROUP, "watched", "playcount"]) {
      expect(wire).not.toContain(secret);
    }
    expect(publication).toMatchObject({ qos: 1, retain: true });
  }
  deliver(b, a.published);
  expect(b.library.getItem("movie", 7)?.playcount).toBe(1);
  expect(b.session.status().otherPassphraseMessages).toBe(0);
  // The device status names the device only inside the seal.
  expect(b.session.status().devices.map((known) => known.name)).toEqual(["Secret room device-b"]);
});

test("another passphrase's messages change nothing, are counted, and summed up in one line a minute", () => {
  const a = device("device-a", stranger, [movie(1, "tt1", "Film")]);
  const b = device("device-b", household, [movie(7, "tt1", "Film")]);
  a.published = [];
  a.userChanged("movie", 1, { playcount: 1 });
  for (let round = 0; round < 50; round++) {
    deliver(b, a.published);
  }
  expect(b.library.getItem("movie", 7)?.playcount).toBe(0);
  expect(b.session.status().otherPassphraseMessages).toBe(50);
  const summaries = () => b.logs.filter((line) => line.message.includes("from devices with another passphrase"));
  expect(summaries()).toHaveLength(1);
  b.advance(FOREIGN_SUMMARY_MILLISECONDS);
  expect(summaries()).toHaveLength(2);
  expect(summaries()[1]?.message).toMatch(/^49 message\(s\) from devices with another passphrase .*; 50 since start$/);
  b.advance(FOREIGN_SUMMARY_MILLISECONDS);
  expect(summaries()).toHaveLength(2);
  expect(describeOtherPassphrase(50)).toBe("50 messages from devices with another passphrase");
  expect(describeOtherPassphrase(0)).toBe("");
});

test("a sealed message moved to another topic, changed, or emptied changes nothing", () => {
  const a = device("device-a", household, [movie(1, "tt1", "Film"), movie(2, "tt2", "Other")]);
  const b = device("device-b", household, [movie(7, "tt1", "Film"), movie(8, "tt2", "Other")]);
  a.published = [];
  a.userChanged("movie", 1, { playcount: 1 });
  a.userChanged("movie", 2, { playcount: 1 });
  const [first, second] = a.published;
  if (first === undefined || second === undefined) {
    throw new Error("two publications expected");
  }
  b.receive(second.topic, first.payload);
  const bytes = Buffer.from(first.payload, "base64");
  bytes[20] = (bytes[20] ?? 0) ^ 1;
  b.receive(first.topic, bytes.toString("base64"));
  b.receive(first.topic, "", true, 0);
  expect(b.library.getItem("movie", 7)?.playcount).toBe(0);
  expect(b.session.status().otherPassphraseMessages).toBe(2);
  b.receive(first.topic, first.payload);
  expect(b.library.getItem("movie", 7)?.playcount).toBe(1);
});

test("a new passphrase sends this device's own states again under the new keys once connected", () => {
  const a = device("device-a", household, [movie(1, "tt1", "Film")]);
  a.userChanged("movie", 1, { playcount: 1 });
  a.session.useCipher(stranger, true);
  a.published = [];
  a.connect();
  deliver(
    a,
    a.published.filter((publication) => !publication.retain),
  ); // the marker comes back
  const b = device("device-b", stranger, [movie(7, "tt1", "Film")]);
  deliver(b, a.published);
  expect(b.library.getItem("movie", 7)?.playcount).toBe(1);
  expect(a.logged("info", "sending this device's 1 state(s) and 0 favourite(s) again under the new keys")).toBe(true);
});

test("favourites that start an add-on are applied in a group with a passphrase, the opt-in off", () => {
  const a = device("device-a", household);
  const b = device("device-b", household);
  a.published = [];
  a.favourites.favourites.push({ title: "Cleaner", type: "script", path: "script.library.cleaner", window: "", windowparameter: "", thumbnail: "" });
  a.advance(2_000);
  expect(a.published).toHaveLength(1);
  deliver(b, a.published);
  expect(b.favourites.list().map((favourite) => favourite.title)).toEqual(["Cleaner"]);
});
