/**
 * The add-on's Python shims as the compiled service uses them, on Python 3.8 and 3.11:
 * - cloudsync_host.monitor with a fake xbmc.Monitor: Kodi's callbacks only queue, from any thread,
 *   and the service takes everything oldest first; its wait ends at once when another thread wakes it;
 * - cloudsync_host.mqtt with the vendored Paho against a real Mosquitto: a retained state reaches a
 *   device that subscribes later (with its message expiry), reconfiguring never leaves an old client
 *   behind, a broker restart is survived with the session kept, and callbacks never raise.
 * - cloudsync_host.web with real sockets: requests only described and queued, bodies read only within
 *   the limit start() was given, and the answers it gives on its own (busy, stopped) taken from start().
 * Connect, subscribe, sessions, refusals, TLS and the Last Will are in test/integration/mqtt-shim.test.ts.
 *
 * The shims come from addon-template/ (the source), Paho and the compiled package from the build (`npm run build`).
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { writeFakeKodiModules } from "../support/fake-kodi";
import { Mosquitto, startMosquitto } from "../support/mosquitto";
import { repoRoot } from "../support/paths";
import { startProcess, waitFor } from "../support/process";
import { pythonVersions, runPython } from "../support/python";

const templateShims = path.join(repoRoot, "addon-template", "resources", "lib", "cloudsync_host");
const builtPaho = path.join(repoRoot, "service.cloudsync", "resources", "lib", "paho");
/** The compiled package: the shims import cloudsync.contract from it. */
const builtPackage = path.join(repoRoot, "service.cloudsync", "resources", "lib", "cloudsync");

const DRIVER = String.raw`
import json, os, sys, threading, time

LIB, FAKE_KODI, SCENARIO, HOST, PORT = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
sys.path.insert(0, LIB)
VERSION = "%d%d" % sys.version_info[:2]
TAG = "py%s-%d" % (VERSION, os.getpid())


def wait_for(what, probe, seconds=15.0):
    deadline = time.time() + seconds
    while time.time() < deadline:
        result = probe()
        if result:
            return result
        time.sleep(0.02)
    raise SystemExit("timed out waiting for " + what)


def options(client_id):
    return {
        "host": HOST, "port": PORT, "username": "", "password": "", "use_tls": False, "ca_file": "",
        "client_id": client_id + "-" + TAG, "keepalive_seconds": 5, "session_expiry_seconds": 300,
        "will_topic": "cloudsync/test/shims/will/" + TAG, "will_payload": "offline", "will_expiry_seconds": 600,
    }


def until_connected(connection, changes):
    def probe():
        taken = connection.take_connection_changes()
        changes.extend(taken)
        return any(change["connected"] for change in taken)
    wait_for("a connection", probe)


def collect(connection, count, seconds=15.0):
    messages = []
    def probe():
        messages.extend(connection.take_messages(100))
        return len(messages) >= count
    wait_for("%d message(s)" % count, probe, seconds)
    return messages


def raw_client():
    import paho.mqtt.client as mqtt
    client = mqtt.Client(callback_api_version=mqtt.CallbackAPIVersion.VERSION2, protocol=mqtt.MQTTv5)
    client.connect(HOST, PORT)
    client.loop_start()
    return client


def paho_threads():
    return sorted(thread.name for thread in threading.enumerate() if thread.name.startswith("paho-mqtt-client-"))


if SCENARIO == "monitor":
    sys.path.insert(1, FAKE_KODI)
    import xbmc
    from cloudsync_host.monitor import ServiceMonitor
    monitor = ServiceMonitor()
    producers, per_producer = 8, 500
    taken = []
    done = threading.Event()

    def produce(number):
        for index in range(per_producer):
            monitor.onNotification("xbmc", "T%d" % number, json.dumps({"n": index}))

    def consume():
        # Takes while the producers are still queueing: nothing may be lost or reordered.
        while not done.is_set():
            taken.extend(monitor.take_events())
            time.sleep(0.001)
        taken.extend(monitor.take_events())

    consumer = threading.Thread(target=consume)
    consumer.start()
    threads = [threading.Thread(target=produce, args=(number,)) for number in range(producers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    consumer.join()
    in_order = all(
        [json.loads(e["data"])["n"] for e in taken if e["method"] == "T%d" % number] == list(range(per_producer))
        for number in range(producers)
    )
    monitor.onNotification("xbmc", "VideoLibrary.OnUpdate", '{"item":{"id":1,"type":"movie"},"playcount":1}')
    monitor.onSettingsChanged()
    monitor.onNotification("xbmc", "Player.OnStop", '{"end":true}')
    latest = monitor.take_events()
    started = time.time()
    first_wait = monitor.wait(0.25)
    idle_wait_seconds = time.time() - started
    idle_queued = monitor.anything_queued()
    # Another thread (Paho's, the web server's) queues something: the wait ends at once.
    from cloudsync_host import wakeup
    threading.Timer(0.2, wakeup.wake).start()
    started = time.time()
    woken_wait = monitor.wait(10)
    woken_wait_seconds = time.time() - started
    woken_queued = monitor.anything_queued()
    monitor.wait(0.05)
    quiet_again = not monitor.anything_queued()
    # A wake() landing just as a sleep timed out (before the sleep returns) is kept for the next sleep.
    class LateWake(threading.Event):
        injected = False
        def wait(self, timeout=None):
            woken = super().wait(timeout)
            if not woken and not self.injected:
                self.injected = True
                self.set()
            return woken
    steady_event = wakeup._event
    wakeup._event = LateWake()
    late_wake_first = wakeup.sleep(0.01)
    late_wake_kept = wakeup.sleep(0)
    wakeup._event = steady_event
    monitor.onNotification("xbmc", "Player.OnPlay", "{}")
    event_queued = monitor.anything_queued()
    monitor.take_events()
    monitor.abort = True
    second_wait = monitor.wait(1)
    print(json.dumps({
        "idle_wait_seconds": idle_wait_seconds, "idle_queued": idle_queued, "woken_wait": woken_wait,
        "woken_wait_seconds": woken_wait_seconds, "woken_queued": woken_queued, "quiet_again": quiet_again, "event_queued": event_queued,
        "late_wake_first": late_wake_first, "late_wake_kept": late_wake_kept,
        "is_monitor": isinstance(monitor, xbmc.Monitor), "total": len(taken), "in_order": in_order,
        "latest": latest, "empty_after": monitor.take_events(),
        "first_wait": first_wait, "second_wait": second_wait, "waits": monitor.waits,
        "abort_requested": monitor.abort_requested(),
    }))

elif SCENARIO == "retained":
    from cloudsync_host.mqtt import MqttConnection
    prefix = "cloudsync/test/shims/retained/" + TAG
    publisher = MqttConnection()
    publisher.configure(options("shims-publisher"))
    until_connected(publisher, [])
    published = [
        publisher.publish(prefix + "/with-expiry", "vu \u00e9t\u00e9 \u2713", 1, True, 600),
        publisher.publish(prefix + "/no-expiry", "kept", 1, True, 0),
    ]
    # Proof the broker has both before the publisher leaves: a third client sees them retained.
    seen = {}
    reader = raw_client()
    def remember(client, userdata, message):
        properties = getattr(message, "properties", None)
        seen[message.topic] = getattr(properties, "MessageExpiryInterval", None)
    reader.on_message = remember
    reader.subscribe(prefix + "/#", qos=1)
    wait_for("the retained states at the broker", lambda: len(seen) == 2)
    reader.disconnect()
    reader.loop_stop()
    publisher.stop()
    # A device that subscribes only now still gets the current state, flagged as retained.
    subscriber = MqttConnection()
    subscriber.set_subscriptions([prefix + "/#"], 1)
    subscriber.configure(options("shims-subscriber"))
    until_connected(subscriber, [])
    messages = sorted(collect(subscriber, 2), key=lambda m: m["topic"])
    subscriber.stop()
    print(json.dumps({"published": published, "expiry": seen, "messages": messages, "prefix": prefix}))

elif SCENARIO == "reconfigure":
    from cloudsync_host.mqtt import MqttConnection
    prefix = "cloudsync/test/shims/reconfigure/" + TAG
    before = paho_threads()
    connection = MqttConnection()
    connection.set_subscriptions([prefix + "/#"], 1)
    changes = []
    threads_while = []
    for round_number in range(3):
        connection.configure(options("shims-reconfigure"))
        until_connected(connection, changes)
        threads_while.append(paho_threads())
    # One client, so one copy of each message: an old client left running would deliver it again.
    publisher = raw_client()
    publisher.publish(prefix + "/once", b"once", qos=1).wait_for_publish(5)
    messages = collect(connection, 1)
    time.sleep(0.5)
    messages.extend(connection.take_messages(100))
    publisher.disconnect()
    publisher.loop_stop()
    connection.stop()
    changes.extend(connection.take_connection_changes())
    time.sleep(0.2)
    print(json.dumps({"before": before, "while": threads_while, "after": paho_threads(),
                      "changes": changes, "messages": messages, "client_id": options("shims-reconfigure")["client_id"]}))

elif SCENARIO == "outage":
    # Long-running: the test restarts the broker once this prints "connected".
    from cloudsync_host.mqtt import MqttConnection
    prefix = "cloudsync/test/shims/outage/" + TAG
    connection = MqttConnection()
    connection.set_subscriptions([prefix + "/#"], 1)
    connection.configure(options("shims-outage"))
    changes = []
    until_connected(connection, changes)
    print("connected", flush=True)
    def lost():
        changes.extend(connection.take_connection_changes())
        return not changes[-1]["connected"]
    wait_for("the connection to drop", lost, 30)
    until_connected(connection, changes)
    publisher = raw_client()
    publisher.publish(prefix + "/after", b"after the outage", qos=1).wait_for_publish(5)
    messages = collect(connection, 1)
    publisher.disconnect()
    publisher.loop_stop()
    connection.stop()
    print(json.dumps({"changes": changes, "messages": messages, "connected_after_stop": connection.is_connected()}))

elif SCENARIO == "callbacks":
    # Paho's thread calls these; whatever they are given, they queue or drop and never raise.
    from cloudsync_host.mqtt import MqttConnection
    connection = MqttConnection()

    class Message(object):
        def __init__(self, topic, payload, retain):
            self._topic, self.payload, self.retain = topic, payload, retain

        @property
        def topic(self):
            return self._topic.decode("utf-8")  # what Paho does: raises for invalid UTF-8

    raised = []
    for message in [Message(b"bad/\xff", b"x", False), Message(b"ok/bytes", b"\xff\xfe\x00", True), Message(b"ok/text", b"\xc3\xa9", False)]:
        try:
            connection._on_message(None, None, message)
        except Exception as error:
            raised.append(repr(error))
    print(json.dumps({"raised": raised, "messages": connection.take_messages(10), "more": connection.take_messages(10),
                      "xbmc_imported": "xbmc" in sys.modules, "paho": connection.paho_location()}))

elif SCENARIO == "web":
    # The web shim with a stand-in service thread that echoes what it was given: the threads only
    # describe requests, and answer on their own only as the options say.
    import http.client, socket
    from cloudsync_host.web import WebServer

    def answer(status, text):
        return {"status": status, "headers": {"Content-Type": "text/plain; charset=utf-8"}, "body": text}

    def options(port, answer_timeout, idle_timeout):
        return {"port": port, "max_body_bytes": 1000, "answer_timeout_seconds": answer_timeout, "idle_timeout_seconds": idle_timeout,
                "request_deadline_seconds": 30, "max_connections": 16, "max_connections_per_client": 8, "listen_backlog": 16,
                "stopped": answer(503, "stopped or moved"), "busy": answer(503, "busy"), "full": answer(503, "full")}

    server = WebServer()
    seen = []
    running = threading.Event()
    running.set()

    def service():
        while running.is_set():
            for request in server.take_requests(10):
                seen.append(request["path"])
                if not request["path"].startswith("/ignored"):
                    echo = {key: request[key] for key in ("method", "path", "body", "unread_body", "form")}
                    server.respond(request["id"], 200, {"Content-Type": "application/json"}, json.dumps(echo))
            time.sleep(0.005)

    threading.Thread(target=service, daemon=True).start()

    def start(answer_timeout, idle_timeout):
        problem = server.start(options(0, answer_timeout, idle_timeout))
        assert problem == "", problem
        return server._server.server_address[1]

    def raw(port, head, body=b""):
        """Sends raw bytes; returns the status line, the body, and whether the server closed the connection after it."""
        connection = socket.create_connection(("127.0.0.1", port), timeout=10)
        connection.sendall(head.encode("ascii") + body)
        received = b""
        while True:
            chunk = connection.recv(65536)
            if not chunk:
                break
            received += chunk
        connection.close()
        head_part, _, rest = received.partition(b"\r\n\r\n")
        return {"status": head_part.split(b"\r\n")[0].decode(), "body": rest.decode("utf-8")}

    results = {}
    taken = socket.socket()
    taken.bind(("", 0))
    taken.listen(1)
    results["port_taken"] = server.start(options(taken.getsockname()[1], 30, 10))
    results["running_when_taken"] = server.is_running()
    taken.close()
    port = start(30, 10)
    kept = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    kept.request("POST", "/echo?x=1", body="name=caf%C3%A9", headers={"Content-Type": "application/x-www-form-urlencoded"})
    response = kept.getresponse()
    results["read"] = {"status": response.status, "echo": json.loads(response.read())}
    # Moved to another port: the kept-alive connection to the old server gets the "stopped" answer.
    port = start(0.3, 0.5)
    kept.request("GET", "/after-move")
    response = kept.getresponse()
    results["after_move"] = {"status": response.status, "body": response.read().decode()}
    close = "Connection: close\r\n"
    results["bad_length"] = raw(port, "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n")
    results["negative"] = raw(port, "POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n")
    # Announced but never sent: the answer comes at once, the body is not waited for.
    results["too_large"] = raw(port, "POST /c HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n")
    results["chunked"] = raw(port, "POST /d HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n", b"5\r\nhello\r\n0\r\n\r\n")
    results["at_limit"] = raw(port, "POST /e HTTP/1.1\r\nHost: x\r\n" + close + "Content-Length: 1000\r\n\r\n", b"x" * 1000)
    results["unanswered"] = raw(port, "GET /ignored HTTP/1.1\r\nHost: x\r\n" + close + "\r\n")
    results["problems"] = server.take_problems()
    results["problems_again"] = server.take_problems()
    # A silent connection is closed after the idle time-out: recv() sees the end, not its own 10 s time-out.
    silent = socket.create_connection(("127.0.0.1", port), timeout=10)
    results["silent_closed"] = silent.recv(100) == b""
    silent.close()
    # Stopped while a request waits for the service: that request gets the "stopped" answer.
    port = start(30, 10)
    waiting = {}
    def ask():
        waiting.update(raw(port, "GET /ignored-at-stop HTTP/1.1\r\nHost: x\r\n\r\n"))
    asker = threading.Thread(target=ask)
    asker.start()
    wait_for("the service to see the request", lambda: "/ignored-at-stop" in seen)
    server.stop()
    asker.join(10)
    results["at_stop"] = waiting
    results["running_after_stop"] = server.is_running()
    running.clear()
    print(json.dumps(results))

elif SCENARIO == "web_bounds":
    # The bounds start() hands the threads: connections served at once (per address too), the
    # "full" answer from the accepting thread beyond them, and the deadline of a whole request.
    import http.client, socket
    from cloudsync_host.web import WebServer

    def answer(status, text):
        return {"status": status, "headers": {"Content-Type": "text/plain; charset=utf-8", "Retry-After": "1"}, "body": text}

    server = WebServer()
    threads_before = threading.active_count()
    problem = server.start({"port": 0, "max_body_bytes": 1000, "answer_timeout_seconds": 5, "idle_timeout_seconds": 30,
                            "request_deadline_seconds": 1.5, "max_connections": 3, "max_connections_per_client": 2, "listen_backlog": 4,
                            "stopped": answer(503, "stopped"), "busy": answer(503, "busy"), "full": answer(503, "full")})
    assert problem == "", problem
    port = server._server.server_address[1]
    running = threading.Event()
    running.set()

    def service():
        while running.is_set():
            for request in server.take_requests(10):
                server.respond(request["id"], 200, {"Content-Type": "text/plain"}, "ok")
            time.sleep(0.005)

    threading.Thread(target=service, daemon=True).start()
    base = threading.active_count()  # the accepting thread and the stand-in service are running

    def slow(address):
        connection = socket.socket()
        connection.bind((address, 0))
        connection.connect(("127.0.0.1", port))
        connection.sendall(b"GET /slow HTTP/1.1\r\nHost: x\r\n")
        return connection

    def first_line(connection):
        connection.settimeout(5)
        data = connection.recv(1000)
        return data.split(b"\r\n")[0].decode() + " " + data.split(b"\r\n\r\n")[-1].decode()

    results = {}
    held = [slow("127.0.0.1"), slow("127.0.0.1")]
    wait_for("two connections served", lambda: threading.active_count() >= base + 2)
    results["same_address_third"] = first_line(slow("127.0.0.1"))
    held.append(slow("127.0.0.2"))
    wait_for("three connections served", lambda: threading.active_count() >= base + 3)
    results["server_full"] = first_line(slow("127.0.0.3"))
    time.sleep(0.2)
    results["threads_added"] = threading.active_count() - base
    # A header line every 0.2 s: the request never ends, and the deadline cuts it.
    started = time.monotonic()
    trickled = held[2]
    trickled.settimeout(0.2)
    closed = False
    while time.monotonic() - started < 6 and not closed:
        try:
            trickled.sendall(b"X-Slow: 1\r\n")
            closed = trickled.recv(1000) == b""
        except socket.timeout:
            pass
        except OSError:
            closed = True
    results["trickled_closed"] = closed
    results["trickled_closed_within"] = time.monotonic() - started
    results["silent_closed"] = all(connection.recv(1000) == b"" for connection in held[:2])
    wait_for("the connection threads gone", lambda: threading.active_count() <= base)
    plain = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    plain.request("GET", "/after")
    results["after"] = plain.getresponse().status
    plain.close()
    running.clear()
    server.stop()
    print(json.dumps(results))
`;

let work: string;
let lib: string;
let fakeKodi: string;
let driver: string;
let broker: Mosquitto;

beforeAll(async () => {
  if (!existsSync(path.join(builtPaho, "mqtt", "client.py"))) {
    throw new Error(`no vendored Paho at ${builtPaho}: run "npm run build" first`);
  }
  work = mkdtempSync(path.join(tmpdir(), "cloudsync-shims-"));
  // The template's shims beside the vendored Paho, as resources/lib holds them in the add-on.
  lib = path.join(work, "lib");
  cpSync(templateShims, path.join(lib, "cloudsync_host"), { recursive: true, filter: (source) => !source.includes("__pycache__") });
  cpSync(builtPaho, path.join(lib, "paho"), { recursive: true, filter: (source) => !source.includes("__pycache__") });
  cpSync(builtPackage, path.join(lib, "cloudsync"), { recursive: true, filter: (source) => !source.includes("__pycache__") });
  // The fake xbmc lives apart: only the Monitor scenario puts it on sys.path.
  fakeKodi = writeFakeKodiModules(path.join(work, "fake-kodi"));
  driver = path.join(work, "driver.py");
  writeFileSync(driver, DRIVER);
  broker = await startMosquitto();
}, 30_000);

afterAll(async () => {
  await broker?.stop();
  if (work !== undefined) {
    rmSync(work, { recursive: true, force: true });
  }
});

function drive<T>(executable: string, scenario: string, target: Mosquitto = broker): T {
  const output = runPython(executable, [driver, lib, fakeKodi, scenario, target.host, String(target.port)]);
  return JSON.parse(output.trim().split("\n").pop() ?? "") as T;
}

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

describe.each(pythonVersions())("Python $label", ({ executable }) => {
  test("Monitor: callbacks from many threads only queue; take_events gives everything, oldest first, once", () => {
    const result = drive<{
      is_monitor: boolean;
      total: number;
      in_order: boolean;
      latest: unknown[];
      empty_after: unknown[];
      first_wait: boolean;
      second_wait: boolean;
      waits: number[];
      abort_requested: boolean;
      idle_wait_seconds: number;
      idle_queued: boolean;
      woken_wait: boolean;
      woken_wait_seconds: number;
      woken_queued: boolean;
      quiet_again: boolean;
      late_wake_first: boolean;
      late_wake_kept: boolean;
      event_queued: boolean;
    }>(executable, "monitor");
    expect(result.is_monitor).toBe(true);
    expect(result.total).toBe(8 * 500);
    expect(result.in_order).toBe(true);
    expect(result.latest).toEqual([
      { kind: "notification", sender: "xbmc", method: "VideoLibrary.OnUpdate", data: '{"item":{"id":1,"type":"movie"},"playcount":1}' },
      { kind: "settings_changed", sender: "", method: "", data: "" },
      { kind: "notification", sender: "xbmc", method: "Player.OnStop", data: '{"end":true}' },
    ]);
    expect(result.empty_after).toEqual([]);
    expect([result.first_wait, result.woken_wait, result.second_wait]).toEqual([false, false, true]);
    // A quiet wait lasts its time, then lets Kodi deliver callbacks in a 1 ms waitForAbort; once Kodi
    // asks to stop, wait says so without waiting.
    expect(result.idle_wait_seconds).toBeGreaterThanOrEqual(0.24);
    expect(result.idle_queued).toBe(false);
    expect(result.waits).toEqual([0.001, 0.001, 0.001]);
    // Woken by another thread after 0.2 s, not after the 10 s asked for.
    expect(result.woken_wait_seconds).toBeGreaterThanOrEqual(0.19);
    expect(result.woken_wait_seconds).toBeLessThan(5);
    expect(result.woken_queued).toBe(true);
    expect(result.quiet_again).toBe(true);
    expect([result.late_wake_first, result.late_wake_kept]).toEqual([false, true]);
    expect(result.event_queued).toBe(true);
    expect(result.abort_requested).toBe(true);
  });

  test("web: the threads only describe requests, read no body without a Content-Length within the limit, and answer on their own only as start() said", () => {
    interface Raw {
      status: string;
      body: string;
    }
    const result = drive<{
      read: { status: number; echo: Record<string, unknown> };
      bad_length: Raw;
      negative: Raw;
      too_large: Raw;
      chunked: Raw;
      at_limit: Raw;
      unanswered: Raw;
      problems: unknown[];
      problems_again: unknown[];
      silent_closed: boolean;
      after_move: { status: number; body: string };
      at_stop: Raw;
      running_after_stop: boolean;
      port_taken: string;
      running_when_taken: boolean;
    }>(executable, "web");
    // A port another program listens on: said as a kind, for the service to put into words.
    expect([result.port_taken, result.running_when_taken]).toEqual(["in_use", false]);
    expect(result.read).toEqual({ status: 200, echo: { method: "POST", path: "/echo", body: "name=caf%C3%A9", unread_body: "", form: { name: "café" } } });
    // The service is told why a body was not read (and decides the answer); the connection then ends.
    const echoed = (raw: Raw): unknown => ({ status: raw.status, echo: JSON.parse(raw.body) as unknown });
    expect(echoed(result.bad_length)).toEqual({
      status: "HTTP/1.1 200 OK",
      echo: { method: "POST", path: "/a", body: null, unread_body: "bad_length", form: {} },
    });
    expect(echoed(result.negative)).toMatchObject({ echo: { unread_body: "bad_length", body: null } });
    expect(echoed(result.too_large)).toMatchObject({ echo: { unread_body: "too_large", body: null } });
    expect(echoed(result.chunked)).toMatchObject({ echo: { unread_body: "chunked", body: null } });
    expect(echoed(result.at_limit)).toMatchObject({ echo: { unread_body: "", body: "x".repeat(1000) } });
    // Nobody answered within answer_timeout_seconds: the "busy" answer, and a problem for the service to log.
    expect(result.unanswered).toEqual({ status: "HTTP/1.1 503 Service Unavailable", body: "busy" });
    expect(result.problems).toEqual([{ kind: "unanswered", method: "GET", path: "/ignored" }]);
    expect(result.problems_again).toEqual([]);
    expect(result.silent_closed).toBe(true);
    expect(result.after_move).toEqual({ status: 503, body: "stopped or moved" });
    expect(result.at_stop).toEqual({ status: "HTTP/1.1 503 Service Unavailable", body: "stopped or moved" });
    expect(result.running_after_stop).toBe(false);
  }, 30_000);

  test("MQTT callbacks never raise: an undecodable topic is dropped, an undecodable payload arrives as null with its size; no xbmc import", () => {
    const result = drive<{ raised: string[]; messages: Message[]; more: Message[]; xbmc_imported: boolean; paho: string }>(executable, "callbacks");
    expect(result.raised).toEqual([]);
    expect(result.messages).toEqual([
      { topic: "ok/bytes", payload: null, size: 3, retained: true },
      { topic: "ok/text", payload: "é", size: 2, retained: false },
    ]);
    expect(result.more).toEqual([]);
    expect(result.xbmc_imported).toBe(false);
    expect(result.paho).toBe(path.join(lib, "paho"));
    expect(result.paho).not.toMatch(/dist-packages|site-packages/);
  });

  test("web: at most max_connections served at once (max_connections_per_client from one address), a quick 'full' answer beyond, and each request cut at its deadline", () => {
    const result = drive<{
      same_address_third: string;
      server_full: string;
      threads_added: number;
      trickled_closed: boolean;
      trickled_closed_within: number;
      silent_closed: boolean;
      after: number;
    }>(executable, "web_bounds");
    expect(result.same_address_third).toBe("HTTP/1.1 503 Service Unavailable full");
    expect(result.server_full).toBe("HTTP/1.1 503 Service Unavailable full");
    expect(result.threads_added).toBe(3);
    expect(result.trickled_closed).toBe(true);
    expect(result.trickled_closed_within).toBeLessThan(3);
    expect(result.silent_closed).toBe(true);
    expect(result.after).toBe(200);
  }, 30_000);

  test("a retained state reaches a device that subscribes later, flagged retained, with the message expiry it was sent with", () => {
    const result = drive<{ published: boolean[]; expiry: Record<string, number | null>; messages: Message[]; prefix: string }>(executable, "retained");
    expect(result.published).toEqual([true, true]);
    const withExpiry = result.expiry[`${result.prefix}/with-expiry`];
    expect(withExpiry).toBeGreaterThan(590);
    expect(withExpiry).toBeLessThanOrEqual(600);
    expect(result.expiry[`${result.prefix}/no-expiry`]).toBeNull();
    expect(result.messages).toEqual([
      { topic: `${result.prefix}/no-expiry`, payload: "kept", size: 4, retained: true },
      { topic: `${result.prefix}/with-expiry`, payload: "vu été ✓", size: Buffer.byteLength("vu été ✓"), retained: true },
    ]);
  }, 30_000);

  test("configure() again replaces the client quietly: one Paho thread at a time, none left after stop(), each message once", () => {
    const result = drive<{ before: string[]; while: string[][]; after: string[]; changes: Change[]; messages: Message[]; client_id: string }>(
      executable,
      "reconfigure",
    );
    const thread = `paho-mqtt-client-${result.client_id}`;
    expect(result.before).toEqual([]);
    expect(result.while).toEqual([[thread], [thread], [thread]]);
    expect(result.after).toEqual([]);
    // The service asked for each new connection, so only the final stop() is reported as an end.
    expect(result.changes.map((change) => change.connected)).toEqual([true, true, true, false]);
    expect(result.changes.filter((change) => !change.connected).map((change) => change.reason)).toEqual(["disconnected on request"]);
    expect(result.messages.map((message) => message.topic)).toEqual([expect.stringMatching(/\/once$/)]);
    // Each new client found the old one gone: the broker never had to throw out a live duplicate.
    expect(broker.logText()).not.toContain(`Client ${result.client_id} already connected`);
  }, 30_000);
});

test.each(pythonVersions())(
  "Python $label: a broker restart is survived on its own, session and subscription kept",
  async ({ executable }) => {
    const outageBroker = await startMosquitto();
    const device = startProcess("shim outage", executable, [driver, lib, fakeKodi, "outage", outageBroker.host, String(outageBroker.port)], {
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" },
    });
    try {
      await waitFor("the shim to connect", () => device.output().includes("connected"), 15_000);
      await outageBroker.restart();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<string>((resolve) => {
        timer = setTimeout(() => resolve("timed out"), 45_000);
      });
      const code = await Promise.race([device.exited, timeout]);
      clearTimeout(timer);
      expect({ code, output: code === 0 ? "" : device.output() }).toEqual({ code: 0, output: "" });
      const result = JSON.parse(device.output().trim().split("\n").pop() ?? "") as { changes: Change[]; messages: Message[]; connected_after_stop: boolean };
      expect(result.changes[0]).toEqual({ connected: true, reason: "session new" });
      expect(result.changes[1]?.connected).toBe(false);
      expect(result.changes[1]?.reason).toMatch(/^connection lost: /);
      expect(result.changes[result.changes.length - 1]).toEqual({ connected: true, reason: "session resumed" });
      expect(result.messages).toEqual([{ topic: expect.stringMatching(/\/after$/), payload: "after the outage", size: 16, retained: false }]);
      expect(result.connected_after_stop).toBe(false);
    } finally {
      await device.stop();
      await outageBroker.stop();
    }
  },
  60_000,
);
