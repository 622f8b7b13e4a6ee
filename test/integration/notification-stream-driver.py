"""Drives cloudsync_host.notifications against a stand-in for Kodi's JSON-RPC TCP server on loopback.

argv: lib folder (shims + compiled package), fake Kodi modules folder, scenario. Prints one JSON
line with what the stream did.
"""
import json
import os
import socket
import sys
import tempfile
import threading
import time

LIB, FAKE_KODI, SCENARIO = sys.argv[1], sys.argv[2], sys.argv[3]
sys.path.insert(0, FAKE_KODI)
sys.path.insert(0, LIB)

import xbmcgui  # noqa: E402  (the fake, with properties kept)
import xbmcvfs  # noqa: E402

PROPERTIES = {}
xbmcgui.Window.setProperty = lambda self, key, value: PROPERTIES.__setitem__(key, value)
xbmcgui.Window.getProperty = lambda self, key: PROPERTIES.get(key, "")
xbmcgui.Window.clearProperty = lambda self, key: PROPERTIES.pop(key, None)

USERDATA = tempfile.mkdtemp()
xbmcvfs.translatePath = lambda path: path.replace("special://userdata/", USERDATA + "/")

from cloudsync.contract import NOTIFICATION_STREAM_TOKEN_PROPERTY  # noqa: E402
from cloudsync_host import notifications, wakeup  # noqa: E402

# Retries quicker than a real Kodi needs, so reconnecting is seen in a test's time.
notifications._RETRY_FIRST_SECONDS = 0.2
notifications._ANSWER_TIMEOUT_SECONDS = 1.0


def wait_for(what, probe, seconds=15.0):
    deadline = time.time() + seconds
    while time.time() < deadline:
        result = probe()
        if result:
            return result
        time.sleep(0.02)
    raise SystemExit("timed out waiting for " + what)


def notification(method, data):
    # Kodi writes characters beyond ASCII as they are, in UTF-8.
    return json.dumps({"jsonrpc": "2.0", "method": method, "params": {"sender": "xbmc", "data": data}}, ensure_ascii=False).encode("utf-8")


class FakeKodi:
    """Listens like Kodi's TCP server; `script(connection, request)` plays one connection."""

    def __init__(self, script):
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(5)
        self.port = self.server.getsockname()[1]
        self.connections = 0
        self.requests = []
        self.script = script
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            try:
                connection, _ = self.server.accept()
            except OSError:
                return
            self.connections += 1
            request = json.loads(connection.recv(65536).decode("utf-8"))
            self.requests.append(request)
            try:
                self.script(connection, request, self.connections)
            except OSError:
                pass

    def stop(self):
        self.server.close()


def answer(connection, request, token):
    label = request["params"]["labels"][0]
    connection.sendall(json.dumps({"id": request["id"], "jsonrpc": "2.0", "result": {label: token}}).encode("utf-8"))


def set_port(port):
    with open(os.path.join(USERDATA, "advancedsettings.xml"), "w") as file:
        file.write("<advancedsettings><jsonrpc><tcpport>%d</tcpport></jsonrpc></advancedsettings>" % port)


def collect(stream, count):
    events = []
    changes = []

    def probe():
        events.extend(stream.take_events())
        changes.extend(stream.take_state_changes())
        return len(events) >= count

    wait_for("%d event(s)" % count, probe)
    return events, changes


def changes_until(stream, predicate):
    changes = []

    def probe():
        changes.extend(stream.take_state_changes())
        return any(predicate(change) for change in changes)

    wait_for("a state change", probe)
    return changes


result = {}
if SCENARIO == "stream":
    def script(connection, request, number):
        answer(connection, request, PROPERTIES.get(NOTIFICATION_STREAM_TOKEN_PROPERTY, ""))
        if number == 1:
            # Before the answer is read: nothing. Then two values in one write, one cut in three
            # (inside a multi-byte character), a method not asked for, and Kodi's spacing.
            both = notification("VideoLibrary.OnUpdate", {"item": {"id": 1, "type": "movie"}, "playcount": 1}) + notification("Player.OnPlay", {})
            connection.sendall(both)
            cut = notification("VideoLibrary.OnUpdate", {"item": {"id": 2, "type": "movie"}, "title": "Amélie 😀"})
            middle = cut.index("é".encode("utf-8")) + 1
            connection.sendall(cut[:10])
            time.sleep(0.05)
            connection.sendall(cut[10:middle])
            time.sleep(0.05)
            connection.sendall(cut[middle:] + b"\n  ")
            connection.sendall(notification("AudioLibrary.OnUpdate", {"item": {"id": 7, "type": "song"}, "playcount": 3}))
            time.sleep(0.2)
            connection.close()  # Kodi stopped its server: the stream says so and comes back
        else:
            connection.sendall(notification("VideoLibrary.OnUpdate", {"item": {"id": 3, "type": "episode"}, "playcount": 0}))
            time.sleep(30)

    kodi = FakeKodi(script)
    set_port(kodi.port)
    stream = notifications.NotificationStream(["VideoLibrary.OnUpdate", "AudioLibrary.OnUpdate"])
    stream.start()
    result["port"] = stream.port()
    result["woken"] = wakeup.sleep(10)
    events, changes = collect(stream, 3)
    more_events, more_changes = collect(stream, 1)
    result["events"] = events + more_events
    result["changes"] = changes + more_changes
    result["connected_at_end"] = stream.connected()
    result["connections"] = kodi.connections
    result["token_set"] = len(PROPERTIES.get(NOTIFICATION_STREAM_TOKEN_PROPERTY, "")) >= 32
    result["request"] = kodi.requests[0]
    stream.stop()
    result["token_cleared"] = NOTIFICATION_STREAM_TOKEN_PROPERTY not in PROPERTIES
    kodi.stop()
elif SCENARIO == "another_kodi":
    def script(connection, request, number):
        answer(connection, request, "the token of another Kodi's service")
        connection.sendall(notification("VideoLibrary.OnUpdate", {"item": {"id": 1, "type": "movie"}, "playcount": 1}))
        time.sleep(5)

    kodi = FakeKodi(script)
    set_port(kodi.port)
    stream = notifications.NotificationStream(["VideoLibrary.OnUpdate"])
    stream.start()
    result["changes"] = changes_until(stream, lambda change: not change["connected"])
    wait_for("a second attempt", lambda: kodi.connections >= 2)
    result["events"] = stream.take_events()
    result["connected"] = stream.connected()
    # Refused again at the second attempt, and not said twice.
    result["more_changes"] = stream.take_state_changes()
    stream.stop()
    kodi.stop()
elif SCENARIO == "junk":
    def script(connection, request, number):
        answer(connection, request, PROPERTIES.get(NOTIFICATION_STREAM_TOKEN_PROPERTY, ""))
        connection.sendall(b"{" + b"x" * (1 << 20) + b"x" * 65536)
        time.sleep(5)

    kodi = FakeKodi(script)
    set_port(kodi.port)
    stream = notifications.NotificationStream(["VideoLibrary.OnUpdate"])
    stream.start()
    result["changes"] = changes_until(stream, lambda change: not change["connected"])
    stream.stop()
    kodi.stop()
elif SCENARIO == "deep":
    def script(connection, request, number):
        answer(connection, request, PROPERTIES.get(NOTIFICATION_STREAM_TOKEN_PROPERTY, ""))
        if number == 1:
            # Nested deeper than Python's decoder recurses: it must not end the thread.
            connection.sendall(b'{"jsonrpc":"2.0","method":"VideoLibrary.OnUpdate","params":{"data":' + b"[" * 100000 + b"]" * 100000 + b"}}")
            time.sleep(5)
        else:
            connection.sendall(notification("VideoLibrary.OnUpdate", {"item": {"id": 9, "type": "movie"}, "playcount": 1}))
            time.sleep(30)

    kodi = FakeKodi(script)
    set_port(kodi.port)
    stream = notifications.NotificationStream(["VideoLibrary.OnUpdate"])
    stream.start()
    events, changes = collect(stream, 1)
    result["events"] = events
    result["changes"] = changes
    result["connections"] = kodi.connections
    stream.stop()
    kodi.stop()
elif SCENARIO == "nothing":
    unused = socket.socket()
    unused.bind(("127.0.0.1", 0))
    port = unused.getsockname()[1]
    unused.close()
    set_port(port)
    attempts = []
    real_connect = notifications.socket.create_connection

    def counted_connect(*arguments, **keywords):
        attempts.append(time.time())
        return real_connect(*arguments, **keywords)

    notifications.socket.create_connection = counted_connect
    stream = notifications.NotificationStream(["VideoLibrary.OnUpdate"])
    stream.start()
    result["changes"] = changes_until(stream, lambda change: not change["connected"])
    # Three more attempts (after 0.2, 0.4, 0.8 s): said once, not once per attempt.
    wait_for("three more attempts", lambda: len(attempts) >= 4)
    result["more_changes"] = stream.take_state_changes()
    result["attempts"] = len(attempts)
    stream.stop()
elif SCENARIO == "default_port":
    ports = []
    for text in ["<advancedsettings/>", "<advancedsettings><jsonrpc><tcpport>not a number</tcpport></jsonrpc></advancedsettings>", "<broken", "<advancedsettings><jsonrpc><tcpport> 9191 </tcpport></jsonrpc></advancedsettings>"]:
        with open(os.path.join(USERDATA, "advancedsettings.xml"), "w") as file:
            file.write(text)
        ports.append(notifications._kodi_tcp_port())
    os.remove(os.path.join(USERDATA, "advancedsettings.xml"))
    ports.append(notifications._kodi_tcp_port())
    result["ports"] = ports
print(json.dumps(result))
