/** What the TV shows of sync's health: the Status lines' words and the notifications' timing. */
import { GroupSession } from "../../src/core/group-session";
import { statusLines, StatusWords } from "../../src/core/status-lines";
import { PROBLEM_NOTICE_MILLISECONDS, SyncHealth } from "../../src/core/sync-health";
import { SessionDriver, settingsFor } from "./support/session-driver";

const WORDS: StatusWords = {
  connectedTo: "Connected to %s",
  notConnected: "Not connected: %s",
  connectingTo: "Connecting to %s…",
  switchedOff: "Sync is switched off",
  noBrokerHost: "No broker host is set",
  never: "Never",
  devicesOnline: "%d of %d",
};

describe("sync health", () => {
  test("a failure is reported once, a minute after sync stopped working, with the latest reason", () => {
    const health = new SyncHealth();
    health.failing("connection lost", 1_000);
    health.failing("connection refused", 5_000);
    expect(health.tick(1_000 + PROBLEM_NOTICE_MILLISECONDS - 1)).toBeNull();
    expect(health.tick(1_000 + PROBLEM_NOTICE_MILLISECONDS)).toEqual({ kind: "stopped", reason: "connection refused" });
    expect(health.tick(1_000 + 10 * PROBLEM_NOTICE_MILLISECONDS)).toBeNull();
  });

  test("working again is reported only to a user who was told it stopped", () => {
    const health = new SyncHealth();
    health.failing("connection refused", 0);
    expect(health.working()).toBeNull(); // back within the minute: nothing was said, nothing to say
    health.failing("connection refused", 100_000);
    health.tick(100_000 + PROBLEM_NOTICE_MILLISECONDS);
    expect(health.working()).toEqual({ kind: "working-again" });
    expect(health.working()).toBeNull();
  });

  test("sync switched off is not a problem", () => {
    const health = new SyncHealth();
    health.failing("connection refused", 0);
    health.notExpected();
    expect(health.tick(10 * PROBLEM_NOTICE_MILLISECONDS)).toBeNull();
  });

  test("the session notifies through effects, unless notifications are switched off", () => {
    for (const notifySyncProblems of [true, false]) {
      const driver = new SessionDriver(settingsFor("device-a", { notifySyncProblems }));
      driver.run(driver.session.brokerConfigured(driver.now));
      driver.run(driver.session.brokerDisconnected("connection refused", driver.now));
      driver.advance(PROBLEM_NOTICE_MILLISECONDS / 2);
      expect(driver.notices).toEqual([]);
      driver.advance(PROBLEM_NOTICE_MILLISECONDS / 2);
      driver.advance(PROBLEM_NOTICE_MILLISECONDS);
      driver.connect();
      expect(driver.notices).toEqual(notifySyncProblems ? [{ kind: "stopped", reason: "connection refused" }, { kind: "working-again" }] : []);
    }
  });

  test("a broker that never answers at all is reported too, a minute after connecting began", () => {
    const driver = new SessionDriver(settingsFor("device-a"));
    driver.run(driver.session.brokerConfigured(driver.now));
    driver.advance(PROBLEM_NOTICE_MILLISECONDS);
    expect(driver.notices).toEqual([{ kind: "stopped", reason: "no answer from the broker" }]);
  });
});

describe("status lines", () => {
  const session = new GroupSession(settingsFor("device-a"), "4.1.0");

  test("connected, with the last sync, the devices online of those known, and the waiting changes", () => {
    const status = {
      ...session.status(),
      connected: true,
      lastSyncAt: 5,
      outboxSize: 3,
      devices: [
        { id: "a", name: "A", version: "1", online: true, lastSeen: 1, statusTime: 1 },
        { id: "b", name: "B", version: "1", online: false, lastSeen: 1, statusTime: 1 },
      ],
    };
    expect(statusLines(status, settingsFor("device-a"), "21:40", WORDS)).toEqual({
      connection: "Connected to broker.test",
      lastSync: "21:40",
      devices: "1 of 2",
      waiting: "3",
    });
  });

  test("why not connected, in the user's words", () => {
    const status = session.status();
    expect(statusLines(status, settingsFor("device-a"), "", WORDS).connection).toBe("Connecting to broker.test…");
    expect(statusLines({ ...status, reason: "unknown host name" }, settingsFor("device-a"), "", WORDS).connection).toBe("Not connected: unknown host name");
    expect(statusLines(status, settingsFor("device-a", { enabled: false }), "", WORDS).connection).toBe("Sync is switched off");
    expect(statusLines(status, settingsFor("device-a", { brokerHost: "" }), "", WORDS).connection).toBe("No broker host is set");
    expect(statusLines(status, settingsFor("device-a"), "", WORDS).lastSync).toBe("Never");
  });
});
