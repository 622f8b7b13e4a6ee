/**
 * Forget this group's data on the broker, the service's part (src/forget-group.ts compiled to
 * Python, with the real MQTT shim and Paho) against real Mosquitto brokers: what it removes and
 * leaves, and that each failure is said in words a user can act on: the broker's access list
 * refusing the deletions or the subscription, and no broker at all. (The button, the web page and
 * real Kodi devices are test/e2e/forget-group-data.test.ts.)
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import * as path from "node:path";
import mqtt from "mqtt";
import { writeFakeKodiModules } from "../support/fake-kodi";
import { freePort } from "../support/ports";
import { Mosquitto, startMosquitto } from "../support/mosquitto";
import { repoRoot } from "../support/paths";
import { pythonVersions, runPython } from "../support/python";

const lib = path.join(repoRoot, "service.cloudsync", "resources", "lib");

const DRIVER = String.raw`
import json, sys, time
LIB, FAKE_KODI, HOST, PORT, USER, PASSWORD, GROUP = sys.argv[1:8]
sys.path.insert(0, LIB)
sys.path.insert(0, FAKE_KODI)
from cloudsync.core.settings import CloudSyncSettings
from cloudsync.forget_group import forget_group_data


class Waiter:
    def wait(self, seconds):
        time.sleep(seconds)
        return False


settings = CloudSyncSettings()
settings.broker_host = HOST
settings.broker_port = int(PORT)
settings.use_tls = False
settings.username = USER
settings.password = PASSWORD
settings.device_id = "device-forget"
settings.sync_group = GROUP
print(json.dumps(forget_group_data(settings, None, Waiter(), lambda: time.time() * 1000)))
`;

const PASSWORD = "f0rget-Me-n0t";
const GROUP = "forget-integration";
const OTHER_GROUP = "neighbours";
/** Topics of the group (and the neighbours') given retained messages before each forget. */
const HISTORY = [
  `cloudsync/v1/${GROUP}/movie/imdb:tt1/watched`,
  `cloudsync/v1/${GROUP}/episode/tvdb:1%2Fs1e1/resume`,
  `cloudsync/v1/${GROUP}/song/musicbrainz:x/played`,
  `cloudsync/v1/${GROUP}/favourite/media:%2Fsrv%2Fa.mkv`,
  `cloudsync/v1/${GROUP}/device/device-b/status`,
];
const NEIGHBOURS = `cloudsync/v1/${OTHER_GROUP}/movie/imdb:tt1/watched`;

let work: string;
let fakeKodi: string;
let driver: string;
let broker: Mosquitto;

interface Outcome {
  kind: "removed" | "failed";
  removed: number;
  problem?: string;
  milliseconds?: number;
}

function forget(executable: string, port: number, user: string, password = PASSWORD): Outcome {
  const output = runPython(executable, [driver, lib, fakeKodi, "127.0.0.1", String(port), user, password, GROUP]);
  return JSON.parse(output.trim().split("\n").pop() ?? "") as Outcome;
}

async function client(user: string): Promise<mqtt.MqttClient> {
  return mqtt.connectAsync({
    host: "127.0.0.1",
    port: broker.port,
    protocolVersion: 5,
    username: user,
    password: PASSWORD,
    clientId: `forget-test-${user}-${Date.now()}`,
  });
}

async function seed(): Promise<void> {
  const admin = await client("admin");
  try {
    for (const topic of [...HISTORY, NEIGHBOURS]) {
      await admin.publishAsync(topic, '{"v":1}', { qos: 1, retain: true });
    }
  } finally {
    await admin.endAsync();
  }
}

/** The topics with a retained message now, as a client subscribing to `cloudsync/#` gets them. */
async function retainedTopics(): Promise<string[]> {
  const admin = await client("admin");
  try {
    const topics: string[] = [];
    let markerBack = false;
    admin.on("message", (topic, payload, packet) => {
      if (topic === "marker/forget-test") {
        markerBack = true;
      } else if (packet.retain && payload.length > 0) {
        topics.push(topic);
      }
    });
    await admin.subscribeAsync(["cloudsync/#", "marker/forget-test"], { qos: 0 });
    await admin.publishAsync("marker/forget-test", "done", { qos: 1 });
    const deadline = Date.now() + 10_000;
    while (!markerBack && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    if (!markerBack) {
      // Without the marker back, the broker may not have offered every retained topic yet.
      throw new Error("the broker did not route the marker back within 10 s: the list of retained topics may be incomplete");
    }
    return topics.sort();
  } finally {
    await admin.endAsync();
  }
}

beforeAll(async () => {
  if (!existsSync(path.join(lib, "cloudsync", "forget_group.py"))) {
    throw new Error(`no compiled add-on at ${lib}: run "npm run build" first`);
  }
  work = mkdtempSync(path.join(tmpdir(), "cloudsync-forget-"));
  fakeKodi = writeFakeKodiModules(path.join(work, "fake-kodi"));
  driver = path.join(work, "driver.py");
  writeFileSync(driver, DRIVER);
  broker = await startMosquitto({
    users: { admin: PASSWORD, member: PASSWORD, reader: PASSWORD, outsider: PASSWORD },
    acl: [
      "user admin",
      "topic readwrite #",
      "user member",
      `topic readwrite cloudsync/v1/${GROUP}/#`,
      "user reader",
      `topic read cloudsync/v1/${GROUP}/#`,
      `topic write cloudsync/v1/${GROUP}/device/#`,
      "user outsider",
      `topic readwrite cloudsync/v1/${OTHER_GROUP}/#`,
    ],
  });
}, 30_000);

afterAll(async () => {
  await broker?.stop();
  if (work !== undefined) {
    rmSync(work, { recursive: true, force: true });
  }
});

describe.each(pythonVersions())("Forget this group's data, Python $label", ({ executable }) => {
  test("a member of the group: every retained message of the group is removed and counted; the neighbours' stay", async () => {
    await seed();
    const outcome = forget(executable, broker.port, "member");
    expect(outcome).toMatchObject({ kind: "removed", removed: HISTORY.length });
    expect(await retainedTopics()).toEqual([NEIGHBOURS]);
  });

  test("an access list that lets the user read but not delete the states: the refusal is said, the states stay", async () => {
    await seed();
    const outcome = forget(executable, broker.port, "reader");
    expect(outcome.kind).toBe("failed");
    expect(outcome.problem).toMatch(
      /^the broker refused \d+ deletion\(s\): Not authori[sz]ed \(the broker's access list does not allow this user to change the group's topics\)$/,
    );
    // Its write rights reach the device statuses only: the states are all still there.
    expect(await retainedTopics()).toEqual(expect.arrayContaining(HISTORY.filter((topic) => !topic.includes("/device/"))));
  });

  test("an access list that keeps the user out of the group: the refusal is said, nothing is removed", async () => {
    await seed();
    const outcome = forget(executable, broker.port, "outsider");
    expect(outcome).toMatchObject({ kind: "failed", removed: 0 });
    // Mosquitto grants the subscription and then refuses the forget's first publication (its marker);
    // a broker that refuses the subscription itself is said the same way ("…to let it read…").
    expect(outcome.problem).toMatch(/^the broker refused to let it (read|publish to) the group's topics: Not authori[sz]ed/);
    expect(await retainedTopics()).toEqual([...HISTORY, NEIGHBOURS].sort());
  });

  test("a wrong password, and no broker at all: said as the connection's failure", async () => {
    expect(forget(executable, broker.port, "member", "wrong")).toMatchObject({
      kind: "failed",
      removed: 0,
      problem: expect.stringMatching(/^could not connect: the broker refused the connection: /),
    });
    const nothing = await freePort();
    expect(forget(executable, nothing, "member")).toMatchObject({
      kind: "failed",
      removed: 0,
      problem: "could not connect: connection refused: nothing listens on that host and port (is the broker running?)",
    });
  });

  test("a broker that never answers: timed out, after the connection's 10 s", async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((done) => silent.listen(0, "127.0.0.1", done));
    try {
      const started = Date.now();
      const outcome = forget(executable, (silent.address() as AddressInfo).port, "member");
      expect(outcome).toMatchObject({ kind: "failed", removed: 0 });
      expect(outcome.problem).toMatch(
        /^(timed out: the broker did not accept the connection and subscription within 10 s|could not connect: no answer from the broker \(timed out\))$/,
      );
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      silent.close();
    }
  }, 60_000);
});
