/**
 * What the broker's CONNACK announced (core/broker-limits.ts) and what the session does with a
 * publication larger than the broker's Maximum Packet Size: one warning each (up to a limit), the
 * message dropped, nothing else held up. The shim's reading of a real CONNACK is tested against a
 * real Mosquitto in test/integration/mqtt-shim.test.ts.
 */
import { describeBrokerLimits, packetFits } from "../../src/core/broker-limits";
import { MAX_LOGGED_PROBLEMS } from "../../src/core/problem-log";
import { SessionEffect } from "../../src/core/session-effects";
import { InMemoryLibrary, SessionDriver, movie, settingsFor } from "./support/session-driver";

describe("the broker's announced limits", () => {
  test("are put into one line", () => {
    expect(describeBrokerLimits({ receiveMaximum: 2, maximumPacketSize: 2048, topicAliasMaximum: 0 })).toBe(
      "the broker takes at most 2 unacknowledged publications, packets up to 2048 bytes, no topic aliases",
    );
    expect(describeBrokerLimits({ receiveMaximum: 0, maximumPacketSize: 0, topicAliasMaximum: 10 })).toBe(
      "the broker takes no limit on unacknowledged publications, packets of any size, 10 topic aliases (not used: every state has a topic of its own)",
    );
  });

  test("a packet fits up to the maximum packet size, any packet when there is none", () => {
    const limits = { receiveMaximum: 0, maximumPacketSize: 2048, topicAliasMaximum: 0 };
    expect(packetFits(2048, limits)).toBe(true);
    expect(packetFits(2049, limits)).toBe(false);
    expect(packetFits(10_000_000, { ...limits, maximumPacketSize: 0 })).toBe(true);
  });
});

describe("a publication larger than the broker takes", () => {
  test("is logged with its size and the broker's maximum, dropped, and the next one still goes", () => {
    const driver = new SessionDriver(settingsFor("device-a"), new InMemoryLibrary([movie(1, "tt1"), movie(2, "tt2")]));
    driver.connect();
    driver.returnMarker();
    // The service's runner: the first publication is too large, the rest are taken.
    const effects: SessionEffect[] = [];
    driver.library.change("movie", 1, { playcount: 1 });
    driver.library.change("movie", 2, { playcount: 1 });
    const read1 = driver.session.libraryUpdated({ id: 1, type: "movie", scanned: false, playcount: 1 }, driver.now);
    const read2 = driver.session.libraryUpdated({ id: 2, type: "movie", scanned: false, playcount: 1 }, driver.now);
    effects.push(...read1, ...read2);
    let tooLarge = 0;
    const queue = [...effects];
    for (let effect = queue.shift(); effect !== undefined; effect = queue.shift()) {
      if (effect.kind === "read-item") {
        queue.push(...driver.session.itemRead(effect.itemKind, effect.id, driver.library.getItem(effect.itemKind, effect.id), effect.scanned, driver.now));
      } else if (effect.kind === "publish" && effect.publication.topic.includes("tt1")) {
        tooLarge += 1;
        queue.push(...driver.session.publicationTooLarge(effect, 4096, 2048));
      } else if (effect.kind === "publish") {
        driver.published.push(effect.publication);
        queue.push(...driver.session.effectDone(effect, driver.now));
      } else if (effect.kind === "log") {
        driver.logs.push({ level: effect.level, message: effect.message });
      } else if (effect.kind === "save-outbox") {
        driver.savedOutbox = effect.text;
      }
    }
    expect(tooLarge).toBe(1);
    expect(driver.logged("warning", `not sent, a packet of 4096 bytes is larger than the broker's maximum of 2048: the watched state of "Movie 1"`)).toBe(true);
    expect(driver.publishedOn("/watched").map((publication) => publication.topic)).toEqual([expect.stringContaining("imdb:tt2")]);
    // Not put back: it could never go; the outbox holds nothing more.
    expect(driver.session.status().outboxSize).toBe(0);
  });

  test("a flood of them is logged up to the problem limit, then once more saying so", () => {
    const driver = new SessionDriver(settingsFor("device-a"));
    const effect: SessionEffect = {
      kind: "publish",
      message: { kind: "favourite-list", list: { identities: [], time: 1, device: "device-a" } },
      publication: { topic: "t", payload: "p", qos: 1, retain: true, expirySeconds: 0 },
      fromOutbox: true,
    };
    const lines = Array.from({ length: MAX_LOGGED_PROBLEMS + 10 }, () => driver.session.publicationTooLarge(effect, 9000, 2048)).flat();
    expect(lines).toHaveLength(MAX_LOGGED_PROBLEMS + 1);
    expect(lines[0]).toEqual({
      kind: "log",
      level: "warning",
      message: "not sent, a packet of 9000 bytes is larger than the broker's maximum of 2048: the list of favourites",
    });
    expect(lines[MAX_LOGGED_PROBLEMS]).toEqual({
      kind: "log",
      level: "warning",
      message: "more messages were too large for the broker; they are dropped without a log line each",
    });
  });
});
