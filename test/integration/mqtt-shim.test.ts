/**
 * The add-on's Paho shim against a real Mosquitto (MQTT 5), on Python 3.8 and 3.11, with the
 * vendored Paho: connect, subscribe, publish, persistent sessions, refusal and the Last Will. Which
 * failures the user hears of is the compiled ConnectionReports' decision, checked on what the shim queued.
 */
import * as path from "node:path";
import { makeCertificates, TestCertificates } from "../support/certificates";
import { Mosquitto, startMosquitto } from "../support/mosquitto";
import { GroupWatcher } from "../support/mqtt-watcher";
import { freePort } from "../support/ports";
import { startProcess, waitFor } from "../support/process";
import { repoPath } from "../support/paths";
import { pythonVersions, runPython } from "../support/python";

const lib = repoPath("service.cloudsync", "resources", "lib");
const driver = path.join(__dirname, "mqtt_shim_driver.py");

interface Change {
  connected: boolean;
  reason: string;
}

interface Message {
  topic: string;
  payload: string | null;
  size: number;
  retained: boolean;
}

let broker: Mosquitto;
let securedBroker: Mosquitto;
let tlsBroker: Mosquitto;
let smallBroker: Mosquitto;
let certificates: TestCertificates;

beforeAll(async () => {
  certificates = makeCertificates();
  broker = await startMosquitto();
  securedBroker = await startMosquitto({ users: { kodi: "correct horse" } });
  tlsBroker = await startMosquitto({ users: { kodi: "correct horse" }, tls: certificates });
  smallBroker = await startMosquitto({ extraConfig: ["max_inflight_messages 2", "max_packet_size 2048", "max_topic_alias 4"] });
}, 30_000);

afterAll(async () => {
  await broker?.stop();
  await securedBroker?.stop();
  await tlsBroker?.stop();
  await smallBroker?.stop();
});

const MANY_RETAINED = 3000;

function drive<T>(executable: string, scenario: string, target: Mosquitto, ...extra: string[]): T {
  return JSON.parse(runPython(executable, [driver, lib, scenario, target.host, String(target.port), ...extra])) as T;
}

describe.each(pythonVersions())("Python $label", ({ label, executable }) => {
  test("connects, publishes, receives through its subscription, reports undecodable payloads as null", () => {
    const result = drive<{ changes: Change[]; published: boolean; messages: Message[]; paho: string; after_stop: Change[]; publish_when_stopped: boolean }>(
      executable,
      "roundtrip",
      broker,
    );
    expect(result.changes[0]).toEqual({ connected: true, reason: "session new" });
    expect(result.published).toBe(true);
    const version = label.replace(".", "");
    expect(result.messages).toEqual([
      { topic: `cloudsync/test/rt${version}/bad`, payload: null, size: 3, retained: false },
      { topic: `cloudsync/test/rt${version}/state`, payload: '{"v": 1}', size: 8, retained: false },
    ]);
    expect(result.paho).toBe(path.join(lib, "paho"));
    expect(result.after_stop).toEqual([{ connected: false, reason: "disconnected on request" }]);
    expect(result.publish_when_stopped).toBe(false);
    // MQTT 5 (p5), clean start off (c0), the keep-alive asked for (k5).
    expect(broker.logText()).toMatch(new RegExp(`New client connected from 127\\.0\\.0\\.1:\\d+ as shim-roundtrip-py${version} \\(p5, c0, k5\\)`));
  }, 30_000);

  test("keeps its session: a QoS 1 message sent while it was away arrives when it reconnects", () => {
    const result = drive<{ first: Change[]; second: Change[]; messages: Message[] }>(executable, "session", broker);
    expect(result.second[0]).toEqual({ connected: true, reason: "session resumed" });
    expect(result.messages).toEqual([
      { topic: `cloudsync/test/session${label.replace(".", "")}/missed`, payload: "sent while offline", size: 18, retained: false },
    ]);
  }, 30_000);

  test("thousands of retained states all arrive at QoS 0; a stock Mosquitto cuts QoS 1 off at 1,020", async () => {
    const prefix = `cloudsync/test/many${label.replace(".", "")}`;
    const publisher = await GroupWatcher.start(broker.port, `${prefix}/none`);
    for (let index = 0; index < MANY_RETAINED; index++) {
      await publisher.publish(`${prefix}/${index}/state`, `{"v":1,"i":${index}}`, { retain: true });
    }
    await publisher.stop();
    expect(drive<{ states: number }>(executable, "many-retained", broker, prefix, String(MANY_RETAINED), "0").states).toBe(MANY_RETAINED);
    // Why the add-on subscribes at QoS 0: 20 in flight + max_queued_messages 1000, the rest dropped.
    expect(drive<{ states: number }>(executable, "many-retained", broker, prefix, String(MANY_RETAINED), "1").states).toBe(1020);
  }, 120_000);

  test("reads the CONNACK's limits: Paho keeps within Receive Maximum, and the packet size it computes is the one the broker judges", () => {
    const result = drive<{
      limits: Record<string, number>;
      paho_inflight_limit: number;
      most_in_flight: number;
      burst: string[];
      sizes: number[];
      queued: number[];
      predicted: number[];
      fitting_arrived: number;
      connected_before_oversize: boolean;
      changes: Change[];
    }>(executable, "limits", smallBroker);
    expect(result.limits).toEqual({ receive_maximum: 2, maximum_packet_size: 2048, topic_alias_maximum: 4 });
    expect(result.paho_inflight_limit).toBe(2);
    expect(result.most_in_flight).toBeGreaterThan(0);
    expect(result.most_in_flight).toBeLessThanOrEqual(2);
    expect(new Set(result.burst).size).toBe(40);
    // packet_bytes is the size of the packet Paho sends (the 20,000-byte one, over the limit, also got the client dropped)...
    expect(result.queued).toEqual(result.predicted);
    // ...and a packet of the broker's maximum arrives; a larger one gets the client dropped (so src/broker-link.ts never sends one).
    expect(result.sizes).toEqual([2048]);
    expect(result.fitting_arrived).toBeGreaterThan(1900);
    expect(result.connected_before_oversize).toBe(true);
    expect(result.changes.filter((change) => !change.connected).length).toBeGreaterThan(0);
  }, 60_000);

  test("a refused login: the shim queues each attempt's refusal, in words, without the password; the service reports it once", () => {
    const result = drive<{ changes: Change[]; reported: Change[] }>(executable, "connect", securedBroker, "kodi", "wrong password", "false", "");
    expect(result.changes.length).toBeGreaterThanOrEqual(2);
    expect(result.changes[0]?.connected).toBe(false);
    expect(result.changes[0]?.reason).toMatch(/not authori[sz]ed|bad user name or password/i);
    expect(new Set(result.changes.map((change) => JSON.stringify(change))).size).toBe(1);
    expect(result.reported).toEqual([result.changes[0]]);
    expect(JSON.stringify(result)).not.toContain("wrong password");
  }, 30_000);

  test("the right user name and password over TLS, with the broker's CA file, connect", () => {
    const result = drive<{ changes: Change[] }>(executable, "connect", tlsBroker, "kodi", "correct horse", "true", certificates.caFile);
    expect(result.changes[0]).toEqual({ connected: true, reason: "session new" });
  }, 30_000);

  test("TLS checks the certificate: a broker signed by an unknown CA is refused, with the reason, reported once", () => {
    const result = drive<{ changes: Change[]; reported: Change[] }>(executable, "connect", tlsBroker, "kodi", "correct horse", "true", "");
    expect(result.changes.length).toBeGreaterThanOrEqual(2);
    expect(result.changes[0]?.connected).toBe(false);
    expect(result.changes[0]?.reason).toMatch(/TLS certificate is not trusted/);
    expect(result.reported).toEqual([result.changes[0]]);
  }, 30_000);

  test("TLS towards a plain listener fails with a hint, not a hang", () => {
    const result = drive<{ changes: Change[] }>(executable, "connect", broker, "", "", "true", "");
    expect(result.changes[0]?.connected).toBe(false);
    expect(result.changes[0]?.reason).toMatch(/TLS handshake failed|connection lost|network error/);
  }, 30_000);

  test("a broker that is not running is reported as such, on every attempt by the shim, once by the service", async () => {
    const closed = { ...broker, port: await freePort() } as Mosquitto;
    const result = drive<{ changes: Change[]; reported: Change[] }>(executable, "connect", closed, "", "", "false", "");
    const refused = { connected: false, reason: "connection refused: nothing listens on that host and port (is the broker running?)" };
    expect(result.changes.length).toBeGreaterThanOrEqual(2);
    expect(result.changes).toEqual(result.changes.map(() => refused));
    expect(result.reported).toEqual([refused]);
  }, 30_000);
});

test("when the device dies the broker publishes its retained Last Will", async () => {
  const [{ executable }] = pythonVersions();
  const topic = `cloudsync/test/will/${process.pid}`;
  const device = startProcess("shim device", executable, [driver, lib, "will", broker.host, String(broker.port), topic]);
  await waitFor("the shim to connect", () => device.output().includes("connected"), 15_000);
  process.kill(device.pid, "SIGKILL");
  await device.exited;
  const will = JSON.parse(runPython(executable, [driver, lib, "read-retained", broker.host, String(broker.port), topic])) as {
    payload: string;
    retain: boolean;
  };
  expect(will).toEqual({ topic, payload: "offline", retain: true });
}, 60_000);
