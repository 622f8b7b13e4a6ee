"""Kodi's JSON-RPC notification stream (its TCP server, port 9090 unless advancedsettings.xml moves
it): Kodi writes each announcement to every connected client the moment it makes it, where an
xbmc.Monitor hears of it only when the service thread next calls waitForAbort. This thread reads
the stream, queues the library notifications and wakes the service thread; the service decides.

Kodi's "Allow remote control from applications on this system" (services.esenabled, on by default)
runs that server. When it is off, or another program holds the port, the service keeps hearing
everything through its xbmc.Monitor, only later.

Another Kodi on the same machine can hold the port (a second profile, a test's second instance):
before trusting a connection, the thread asks the server for a home-window property only this
Kodi's service has set to a random token. Whatever arrives here only makes the service read the
item again through its own Kodi (xbmc.executeJSONRPC): a notification carries no value that is
written anywhere.
"""
from __future__ import annotations

import collections
import json
import os
import secrets
import socket
import threading
import time
import xml.etree.ElementTree as ElementTree
from typing import Any, Deque, Dict, List, Optional, Tuple

import xbmc
import xbmcgui
import xbmcvfs

from cloudsync.contract import HOME_WINDOW_ID, NOTIFICATION_STREAM_TOKEN_PROPERTY
from . import wakeup

_DEFAULT_PORT = 9090
# Kodi's TCP server sends nothing between announcements; a read wakes at least this often to see
# whether the service is stopping.
_READ_TIMEOUT_SECONDS = 1.0
_CONNECT_TIMEOUT_SECONDS = 2.0
_ANSWER_TIMEOUT_SECONDS = 5.0
# The longest announcement Kodi sends is far below this (an OnUpdate is under 200 bytes); a stream
# that grows past it without a whole JSON value is not Kodi's, and is dropped.
_LONGEST_MESSAGE_BYTES = 1 << 20
# Queued notifications the service has not taken yet; past it the oldest are dropped (the service
# also hears every notification through its xbmc.Monitor, so nothing is lost but speed).
_QUEUE_LIMIT = 20000
# Between attempts to connect: doubling from the first to the last.
_RETRY_FIRST_SECONDS = 1.0
_RETRY_LAST_SECONDS = 60.0


def _kodi_tcp_port() -> int:
    """advancedsettings.xml's <jsonrpc><tcpport>, else Kodi's default."""
    path = xbmcvfs.translatePath("special://userdata/advancedsettings.xml")
    try:
        if not os.path.isfile(path):
            return _DEFAULT_PORT
        port_text = ElementTree.parse(path).getroot().findtext("jsonrpc/tcpport")
        if port_text is None:
            return _DEFAULT_PORT
        port = int(port_text.strip())
        return port if 0 < port < 65536 else _DEFAULT_PORT
    except (OSError, ValueError, ElementTree.ParseError):
        return _DEFAULT_PORT


class NotificationStream:
    def __init__(self, methods: List[str]) -> None:
        self._methods = frozenset(methods)
        self._lock = threading.Lock()
        self._events: Deque[Dict[str, str]] = collections.deque()
        self._changes: List[Dict[str, Any]] = []
        self._dropped = 0
        self._connected = False
        self._stopping = threading.Event()
        self._thread: Optional[threading.Thread] = None
        self._token = secrets.token_hex(16)
        self._port = _DEFAULT_PORT

    def start(self) -> None:
        """Service thread: sets the token this Kodi answers with, then starts reading."""
        self._port = _kodi_tcp_port()
        xbmcgui.Window(HOME_WINDOW_ID).setProperty(NOTIFICATION_STREAM_TOKEN_PROPERTY, self._token)
        self._thread = threading.Thread(target=self._run, name="CloudSync Kodi notifications", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(_READ_TIMEOUT_SECONDS + _CONNECT_TIMEOUT_SECONDS + 1)
        xbmcgui.Window(HOME_WINDOW_ID).clearProperty(NOTIFICATION_STREAM_TOKEN_PROPERTY)

    def port(self) -> int:
        return self._port

    def connected(self) -> bool:
        with self._lock:
            return self._connected

    def take_events(self) -> List[Dict[str, str]]:
        with self._lock:
            events = list(self._events)
            self._events.clear()
        return events

    def take_state_changes(self) -> List[Dict[str, Any]]:
        """{"connected": bool, "reason": str, "dropped": int} for each change since the last call."""
        with self._lock:
            changes = self._changes
            self._changes = []
        return changes

    def _set_state(self, connected: bool, reason: str) -> None:
        with self._lock:
            self._connected = connected
            self._changes.append({"connected": connected, "reason": reason, "dropped": self._dropped})
            self._dropped = 0
        wakeup.wake()

    def _run(self) -> None:
        retry = _RETRY_FIRST_SECONDS
        outage_reported = False
        while not self._stopping.is_set():
            try:
                reason, verified = self._read_one_connection()
            except Exception as error:  # noqa: BLE001 - the thread must outlive anything the stream sends
                reason, verified = "the stream could not be read (%s)" % error, self.connected()
            if self._stopping.is_set():
                break
            if verified:
                # A lost stream is said at once and tried again soon; a port that never answers is
                # said once per outage, and tried less and less often.
                self._set_state(False, reason)
                retry = _RETRY_FIRST_SECONDS
                outage_reported = True
            elif not outage_reported:
                self._set_state(False, reason)
                outage_reported = True
            self._stopping.wait(retry)
            retry = min(retry * 2, _RETRY_LAST_SECONDS)

    def _read_one_connection(self) -> Tuple[str, bool]:
        """Connects, checks it is this Kodi, and queues notifications until the stream ends: why it
        ended, and whether it was this Kodi's."""
        try:
            connection = socket.create_connection(("127.0.0.1", self._port), timeout=_CONNECT_TIMEOUT_SECONDS)
        except OSError as error:
            return "nothing answers on 127.0.0.1:%d (%s)" % (self._port, error.strerror or error), False
        verified = False
        try:
            connection.settimeout(_READ_TIMEOUT_SECONDS)
            request = {"jsonrpc": "2.0", "id": "cloudsync-token", "method": "XBMC.GetInfoLabels",
                       "params": {"labels": ["Window(%d).Property(%s)" % (HOME_WINDOW_ID, NOTIFICATION_STREAM_TOKEN_PROPERTY)]}}
            connection.sendall(json.dumps(request).encode("utf-8"))
            reader = _JsonStream()
            deadline = time.monotonic() + _ANSWER_TIMEOUT_SECONDS
            while not self._stopping.is_set():
                try:
                    chunk = connection.recv(65536)
                except socket.timeout:
                    if not verified and time.monotonic() > deadline:
                        return "127.0.0.1:%d did not answer as Kodi's JSON-RPC server" % self._port, False
                    continue
                if not chunk:
                    return ("Kodi closed the connection" if verified else "127.0.0.1:%d closed the connection" % self._port), verified
                try:
                    values = reader.feed(chunk)
                except ValueError as error:
                    return "127.0.0.1:%d sent what is not Kodi's JSON (%s)" % (self._port, error), verified
                for value in values:
                    if not isinstance(value, dict):
                        continue
                    if not verified:
                        if value.get("id") != "cloudsync-token":
                            continue
                        answer = value.get("result")
                        if not isinstance(answer, dict) or self._token not in answer.values():
                            return "127.0.0.1:%d is another Kodi's JSON-RPC server, not this one's" % self._port, False
                        verified = True
                        self._set_state(True, "listening to Kodi's JSON-RPC notifications on 127.0.0.1:%d" % self._port)
                        continue
                    self._queue(value)
                if reader.too_long():
                    return "127.0.0.1:%d sent more than %d bytes that are not JSON" % (self._port, _LONGEST_MESSAGE_BYTES), verified
            return "stopping", verified
        except OSError as error:
            return "the connection to 127.0.0.1:%d failed (%s)" % (self._port, error.strerror or error), verified
        finally:
            connection.close()

    def _queue(self, value: Dict[str, Any]) -> None:
        method = value.get("method")
        params = value.get("params")
        if method not in self._methods or not isinstance(params, dict):
            return
        sender = params.get("sender")
        event = {"kind": "notification", "sender": sender if isinstance(sender, str) else "",
                 "method": method, "data": json.dumps(params.get("data"), separators=(",", ":"))}
        with self._lock:
            if len(self._events) >= _QUEUE_LIMIT:
                self._events.popleft()
                self._dropped += 1
            self._events.append(event)
        wakeup.wake()


class _JsonStream:
    """Kodi writes JSON values back to back, with no separator: this splits them."""

    def __init__(self) -> None:
        self._decoder = json.JSONDecoder()
        self._bytes = b""

    def feed(self, chunk: bytes) -> List[Any]:
        self._bytes += chunk
        values: List[Any] = []
        text, undecoded = _decode_whole_characters(self._bytes)
        position = 0
        while True:
            while position < len(text) and text[position] in " \t\r\n":
                position += 1
            if position >= len(text):
                break
            try:
                value, position = self._decoder.raw_decode(text, position)
            except ValueError:
                break
            except RecursionError:
                # Nested deeper than Python's decoder goes: not Kodi's; the stream is dropped.
                raise ValueError("JSON nested too deeply")
            values.append(value)
        self._bytes = text[position:].encode("utf-8") + undecoded
        return values

    def too_long(self) -> bool:
        return len(self._bytes) > _LONGEST_MESSAGE_BYTES


def _decode_whole_characters(data: bytes) -> Tuple[str, bytes]:
    """The text of `data` up to a UTF-8 sequence cut by the end of a read, and the cut bytes."""
    for cut in range(0, 4):
        try:
            return data[: len(data) - cut].decode("utf-8"), data[len(data) - cut:]
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace"), b""
