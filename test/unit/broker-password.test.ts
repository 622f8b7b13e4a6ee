import { destinationOf, changesKeepingPasswordSafe, passwordAction, passwordToSend } from "../../src/core/broker-password";
import { CloudSyncSettings } from "../../src/core/settings";

function settings(values: Partial<CloudSyncSettings>): CloudSyncSettings {
  return Object.assign(new CloudSyncSettings(), {
    brokerHost: "broker.home",
    brokerPort: 8883,
    useTls: true,
    password: "s3cret",
    passwordFor: "broker.home:8883:tls",
    ...values,
  });
}

describe("destinationOf", () => {
  test("host in lower case, port and TLS", () => {
    expect(destinationOf("Broker.Home", 8883, true)).toBe("broker.home:8883:tls");
    expect(destinationOf("broker.home", 1883, false)).toBe("broker.home:1883:plain");
  });
});

describe("passwordAction: as settings are read", () => {
  test("a password bound to the broker set is kept", () => {
    expect(passwordAction(settings({}), null)).toBe("keep");
    expect(passwordAction(settings({}), settings({}))).toBe("keep");
  });

  test.each([
    ["the host", { brokerHost: "evil.example" }],
    ["the port", { brokerPort: 1883 }],
    ["TLS switched off", { useTls: false }],
  ])("%s changed (dialog or another tool) without the password typed again: cleared", (_what, change) => {
    expect(passwordAction(settings(change), settings({}))).toBe("clear");
  });

  test("at start, a password bound to another broker is cleared: nothing tells it was typed again", () => {
    expect(passwordAction(settings({ brokerHost: "evil.example" }), null)).toBe("clear");
  });

  test("a new broker with a new password: the password is bound to it", () => {
    expect(passwordAction(settings({ brokerHost: "new.example", password: "n3w" }), settings({}))).toBe("bind");
  });

  test("a password never bound (CloudSync up to 4.0.0) is bound to the broker in use, at start or unchanged", () => {
    expect(passwordAction(settings({ passwordFor: "" }), null)).toBe("bind");
    expect(passwordAction(settings({ passwordFor: "" }), settings({ passwordFor: "" }))).toBe("bind");
  });

  test("a password never bound is cleared when the broker changes in the same moment", () => {
    expect(passwordAction(settings({ passwordFor: "", brokerHost: "evil.example" }), settings({ passwordFor: "" }))).toBe("clear");
  });

  test("no password: nothing to do", () => {
    expect(passwordAction(settings({ password: "", brokerHost: "evil.example" }), settings({}))).toBe("keep");
  });
});

describe("passwordToSend", () => {
  test("the password for its own broker; nothing for another", () => {
    expect(passwordToSend(settings({}))).toBe("s3cret");
    expect(passwordToSend(settings({ passwordFor: "" }))).toBe("s3cret");
    expect(passwordToSend(settings({ brokerHost: "evil.example" }))).toBe("");
    expect(passwordToSend(settings({ brokerPort: 1883 }))).toBe("");
  });
});

describe("changesKeepingPasswordSafe: a web page save", () => {
  test("only the host changed: the stored password is cleared in the same write, and the page is told", () => {
    expect(changesKeepingPasswordSafe({ mqtt_broker_host: "evil.example" }, settings({}))).toEqual({
      changes: { mqtt_broker_host: "evil.example", mqtt_password: "", mqtt_password_for: "" },
      passwordCleared: true,
    });
  });

  test.each([
    ["the port", { mqtt_broker_port: "1883" }],
    ["TLS", { mqtt_use_ssl: "false" }],
  ])("%s changed: cleared too", (_what, change) => {
    expect(changesKeepingPasswordSafe(change, settings({})).passwordCleared).toBe(true);
  });

  test("the same broker written again, or other settings: the password stays", () => {
    expect(
      changesKeepingPasswordSafe({ mqtt_broker_host: "BROKER.home", mqtt_broker_port: "8883", mqtt_use_ssl: "true", sync_watched: "false" }, settings({})),
    ).toEqual({
      changes: { mqtt_broker_host: "BROKER.home", mqtt_broker_port: "8883", mqtt_use_ssl: "true", sync_watched: "false" },
      passwordCleared: false,
    });
  });

  test("a new broker with its password: the password is bound to the new broker", () => {
    expect(changesKeepingPasswordSafe({ mqtt_broker_port: "1883", mqtt_password: "n3w" }, settings({}))).toEqual({
      changes: { mqtt_broker_port: "1883", mqtt_password: "n3w", mqtt_password_for: "broker.home:1883:tls" },
      passwordCleared: false,
    });
  });

  test("the password removed: its binding goes too", () => {
    expect(changesKeepingPasswordSafe({ mqtt_password: "" }, settings({})).changes).toEqual({ mqtt_password: "", mqtt_password_for: "" });
  });

  test("no password stored: a new broker clears nothing", () => {
    expect(changesKeepingPasswordSafe({ mqtt_broker_host: "other" }, settings({ password: "" })).passwordCleared).toBe(false);
  });
});
