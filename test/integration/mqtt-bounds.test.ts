/**
 * cloudsync_host.mqtt's bounds (issue 14), on Python 3.8 and 3.11 against a real Mosquitto:
 * - back-pressure: while the service takes nothing, at most MAX_WAITING_MESSAGES wait in Kodi's
 *   memory (Paho's thread stops reading); once it takes them, every message arrives, none lost;
 * - the CONNECT's Maximum Packet Size: the broker sends nothing larger, so Paho never reads it;
 * - a CA file that is missing, unreadable or not a certificate file is answered by configure()
 *   with a kind, never raised, and the connection stays usable for the next configure().
 *
 * The shim comes from addon-template/, Paho and the compiled package from the build (`npm run build`).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { Mosquitto, startMosquitto } from "../support/mosquitto";
import { pythonVersions, runPython } from "../support/python";

const repoRoot = path.resolve(__dirname, "../..");
const lib = path.join(repoRoot, "service.cloudsync", "resources", "lib");
const templateShims = path.join(repoRoot, "addon-template", "resources", "lib");

const DRIVER = String.raw`
import json, os, sys, time

TEMPLATE, LIB, SCENARIO, HOST, PORT, WORK = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), sys.argv[6]
sys.path.insert(0, LIB)
sys.path.insert(0, TEMPLATE)
import paho.mqtt.client as mqtt
from cloudsync_host import mqtt as shim
from cloudsync_host.mqtt import MqttConnection
TAG = "py%d%d-%d" % (sys.version_info[0], sys.version_info[1], os.getpid())


def wait_for(what, probe, seconds=30.0):
    deadline = time.time() + seconds
    while time.time() < deadline:
        result = probe()
        if result:
            return result
        time.sleep(0.02)
    raise SystemExit("timed out waiting for " + what)


def options(client_id, **changes):
    result = {
        "host": HOST, "port": PORT, "username": "", "password": "", "use_tls": False, "ca_file": "",
        "client_id": client_id + "-" + TAG, "keepalive_seconds": 30, "session_expiry_seconds": 0,
        "will_topic": "", "will_payload": "", "will_expiry_seconds": 0, "maximum_packet_bytes": 0,
    }
    result.update(changes)
    return result


def connected(connection):
    return wait_for("a connection", lambda: any(change["connected"] for change in connection.take_connection_changes()))


def publisher():
    client = mqtt.Client(callback_api_version=mqtt.CallbackAPIVersion.VERSION2, protocol=mqtt.MQTTv5, client_id="pub-" + TAG)
    client.max_inflight_messages_set(1000)
    client.max_queued_messages_set(0)
    client.connect(HOST, PORT)
    client.loop_start()
    return client


if SCENARIO == "back-pressure":
    prefix = "cloudsync/test/bounds/" + TAG
    count = shim.MAX_WAITING_MESSAGES * 2
    pub = publisher()
    infos = [pub.publish(prefix + "/%d" % index, b"x" * 100, qos=1, retain=True) for index in range(count)]
    for info in infos:
        info.wait_for_publish(120)
    connection = MqttConnection()
    connection.set_subscriptions([prefix + "/#"], 0)
    connection.configure(options("bounds"))
    connected(connection)
    # The service takes nothing for a while: what waits in memory stays at the bound.
    wait_for("the queue to fill", lambda: len(connection._messages) >= shim.MAX_WAITING_MESSAGES, 120)
    time.sleep(1.5)
    waiting_while_stalled = len(connection._messages)
    taken = []
    def take():
        taken.extend(connection.take_messages(200))
        return len(taken) >= count
    wait_for("every message", take, 120)
    time.sleep(0.5)
    taken.extend(connection.take_messages(200))
    connection.stop()
    for index in range(count):
        pub.publish(prefix + "/%d" % index, b"", qos=1, retain=True)
    pub.disconnect()
    pub.loop_stop()
    print(json.dumps({"bound": shim.MAX_WAITING_MESSAGES, "count": count, "waiting_while_stalled": waiting_while_stalled,
                      "taken": len(taken), "distinct": len(set(m["topic"] for m in taken))}))

elif SCENARIO == "maximum-packet":
    prefix = "cloudsync/test/bounds-packet/" + TAG
    connection = MqttConnection()
    connection.set_subscriptions([prefix + "/#"], 0)
    connection.configure(options("bounds-packet", maximum_packet_bytes=10000))
    connected(connection)
    pub = publisher()
    pub.publish(prefix + "/large", b"L" * 20000, qos=1).wait_for_publish(10)
    pub.publish(prefix + "/small", b"s" * 100, qos=1).wait_for_publish(10)
    messages = []
    def small_arrived():
        messages.extend(connection.take_messages(10))
        return any(m["topic"].endswith("/small") for m in messages)
    wait_for("the small message", small_arrived)
    time.sleep(0.5)
    messages.extend(connection.take_messages(10))
    still = connection.is_connected()
    connection.stop()
    pub.disconnect()
    pub.loop_stop()
    print(json.dumps({"topics": sorted(m["topic"].rsplit("/", 1)[1] for m in messages), "still_connected": still}))

elif SCENARIO == "ca-file":
    not_a_certificate = os.path.join(WORK, "not-a-certificate.pem")
    with open(not_a_certificate, "w") as handle:
        handle.write("hello\n")
    connection = MqttConnection()
    answers = {
        "missing": connection.configure(options("ca", use_tls=True, ca_file=os.path.join(WORK, "no-such.pem"))),
        "folder": connection.configure(options("ca", use_tls=True, ca_file=WORK)),
        "invalid": connection.configure(options("ca", use_tls=True, ca_file=not_a_certificate)),
        "ignored_without_tls": connection.configure(options("ca", use_tls=False, ca_file=os.path.join(WORK, "no-such.pem"))),
    }
    # The connection is still usable: the last configure() (no TLS) connects.
    connected(connection)
    connection.stop()
    print(json.dumps(answers))
`;

let broker: Mosquitto;
let work: string;
let driver: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "cloudsync-mqtt-bounds-"));
  driver = path.join(work, "driver.py");
  writeFileSync(driver, DRIVER);
  broker = await startMosquitto();
}, 30_000);

afterAll(async () => {
  await broker?.stop();
  rmSync(work, { recursive: true, force: true });
});

function drive<T>(executable: string, scenario: string): T {
  const output = runPython(executable, [driver, templateShims, lib, scenario, broker.host, String(broker.port), work]);
  return JSON.parse(output.trim().split("\n").pop() ?? "") as T;
}

describe.each(pythonVersions())("Python $label", ({ executable }) => {
  test("back-pressure: while the service takes nothing, at most the bound waits in memory; then every message arrives once", () => {
    const result = drive<{ bound: number; count: number; waiting_while_stalled: number; taken: number; distinct: number }>(executable, "back-pressure");
    expect(result.waiting_while_stalled).toBeLessThanOrEqual(result.bound);
    expect(result.waiting_while_stalled).toBeGreaterThan(0);
    expect(result.distinct).toBe(result.count);
  }, 300_000);

  test("the broker sends nothing larger than the Maximum Packet Size set in CONNECT, and the connection stays up", () => {
    expect(drive<{ topics: string[]; still_connected: boolean }>(executable, "maximum-packet")).toEqual({ topics: ["small"], still_connected: true });
  }, 60_000);

  test("a CA file that is missing, a folder or not a certificate is answered with a kind, never raised", () => {
    const answers = drive<Record<string, string>>(executable, "ca-file");
    expect(answers.missing).toBe("ca_missing");
    expect(answers.folder).toBe("ca_missing");
    expect(answers.invalid).toMatch(/^ca_invalid: /);
    expect(answers.ignored_without_tls).toBe("");
  }, 60_000);
});
