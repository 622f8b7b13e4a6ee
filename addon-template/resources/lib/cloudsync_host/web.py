"""The set-up web page's HTTP server, from Python's standard library, on its own threads.

The server threads only parse requests and queue them; the service thread takes them, decides
every answer (the logic is in TypeScript) and hands the answer back. What the threads must do
before the service sees a request, they do as the service said in start(): a body longer than its
limit, or without a usable Content-Length, is not read (the request is queued saying why, and the
connection is closed after the answer); a request the service does not answer in time gets its
"busy" answer, and a connection to a server stopped or moved its "stopped" answer. Its bounds come
from start() too: at most max_connections connections are served at once (max_connections_per_client
from one address), each on its own thread, so the threads it adds never exceed that number plus
the accepting one; a connection over the bound gets the "full" answer from the accepting thread and
is closed; a whole request must arrive within request_deadline_seconds. What went wrong on these
threads is queued for take_problems(), never logged here. Bodies are never logged.
"""
from __future__ import annotations

import collections
import http
import http.server
import io
import queue
import secrets
import socket
import threading
import time
import urllib.parse
from typing import Any, Deque, Dict, List, Optional, Tuple

from cloudsync.contract import ADDON_NAME

from . import wakeup


class _PendingRequest:
    def __init__(self, request_id: int, request: Dict[str, Any]) -> None:
        self.request_id = request_id
        self.request = request
        self.answered = threading.Event()
        self.status = 0
        self.headers: Dict[str, str] = {}
        self.body = b""

    def set_answer(self, status: float, headers: Dict[str, str], body: str) -> None:
        self.status = int(status)
        self.headers = dict(headers)
        self.body = body.encode("utf-8")
        self.answered.set()


# A refused connection stays open (answered, half-closed) this long, and at most this many at once.
_REFUSED_LINGER_SECONDS = 1.0
_REFUSED_KEPT = 256


class _Server(http.server.HTTPServer):
    # Rebinding the port right after a stop (the user moved the page and back) must not fail.
    allow_reuse_address = True

    def __init__(self, address: Tuple[str, int], owner: "WebServer") -> None:
        self.owner = owner
        self.request_queue_size = int(owner.options["listen_backlog"])
        self._count_lock = threading.Lock()
        self._active = 0
        self._active_by_client: Dict[str, int] = {}
        # Refused connections, answered and half-closed, closed a moment later by the accepting
        # thread: closed at once, a request still arriving would reset the answer away.
        self._refused: Deque[Tuple[float, Any]] = collections.deque()
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        """Accepting thread: a thread for the connection while within the bounds, else the "full" answer."""
        options = self.owner.options
        client = str(client_address[0])
        with self._count_lock:
            admitted = self._active < int(options["max_connections"]) and \
                self._active_by_client.get(client, 0) < int(options["max_connections_per_client"])
            if admitted:
                self._active += 1
                self._active_by_client[client] = self._active_by_client.get(client, 0) + 1
        if not admitted:
            self._refuse(request, options["full"])
            return
        thread = threading.Thread(target=self._serve, args=(request, client_address, client), name="cloudsync-web-connection", daemon=True)
        thread.start()

    def _serve(self, request: Any, client_address: Any, client: str) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:
            pass  # the client went away or broke the protocol; the connection simply ends
        finally:
            self.shutdown_request(request)
            with self._count_lock:
                self._active -= 1
                left = self._active_by_client.get(client, 1) - 1
                if left > 0:
                    self._active_by_client[client] = left
                else:
                    self._active_by_client.pop(client, None)

    def _refuse(self, request: Any, answer: Dict[str, Any]) -> None:
        body = str(answer["body"]).encode("utf-8")
        status = int(answer["status"])
        head = "HTTP/1.1 {} {}\r\n".format(status, http.HTTPStatus(status).phrase)
        for name, value in dict(answer["headers"]).items():
            head += "{}: {}\r\n".format(name, value)
        head += "Content-Length: {}\r\nConnection: close\r\n\r\n".format(len(body))
        try:
            request.settimeout(0)  # never wait on this thread: what does not fit the send buffer is dropped
            request.send(head.encode("latin-1") + body)
            request.shutdown(socket.SHUT_WR)
        except OSError:
            self.close_request(request)
            return
        if len(self._refused) >= _REFUSED_KEPT:
            self.close_request(self._refused.popleft()[1])
        self._refused.append((time.monotonic() + _REFUSED_LINGER_SECONDS, request))

    def service_actions(self) -> None:
        """Accepting thread, between connections: refused connections whose moment has passed are closed."""
        now = time.monotonic()
        while self._refused and self._refused[0][0] <= now:
            request = self._refused.popleft()[1]
            try:
                while request.recv(65536):
                    pass  # what the client sent, so the close does not reset the answer it may not have read yet
            except OSError:
                pass
            self.close_request(request)

    def server_close(self) -> None:
        super().server_close()
        while self._refused:
            self.close_request(self._refused.popleft()[1])

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # socketserver would print a traceback to stderr


class _DeadlineReader(io.RawIOBase):
    """The connection's input, refusing to wait past the handler's deadline for its request."""

    def __init__(self, connection: socket.socket, handler: "_Handler") -> None:
        super().__init__()
        self._connection = connection
        self._handler = handler

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        remaining = self._handler.deadline - time.monotonic()
        if remaining <= 0:
            raise socket.timeout("the whole request did not arrive in time")
        self._connection.settimeout(min(remaining, float(self._handler.server.owner.options["idle_timeout_seconds"])))
        return self._connection.recv_into(buffer)


def _unread_body(length_text: str, chunked: bool, max_body_bytes: int) -> str:
    """Why the body is not read ("" when it is): only a body of a known length within the limit is."""
    try:
        length = int(length_text)
    except ValueError:
        return "bad_length"
    if length < 0:
        return "bad_length"
    if length > max_body_bytes:
        return "too_large"
    if chunked:
        return "chunked"
    return ""


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server
    server_version = ADDON_NAME
    sys_version = ""
    protocol_version = "HTTP/1.1"

    deadline = 0.0

    def setup(self) -> None:
        super().setup()
        # A client that opens a connection and sends nothing, or a byte now and then, must not hold a thread for long.
        self.rfile = io.BufferedReader(_DeadlineReader(self.connection, self))

    def handle_one_request(self) -> None:
        # The deadline covers waiting for the request line, the headers and the body.
        self.deadline = time.monotonic() + float(self.server.owner.options["request_deadline_seconds"])
        super().handle_one_request()

    def _handle(self) -> None:
        owner = self.server.owner
        if not owner.is_serving(self.server):
            # A kept-alive connection to a server that was stopped or moved to another port.
            self.close_connection = True
            self._send_answer(owner.options["stopped"])
            return
        length_text = self.headers.get("Content-Length", "0") or "0"
        chunked = self.headers.get("Transfer-Encoding", "").lower() == "chunked"
        unread = _unread_body(length_text, chunked, int(owner.options["max_body_bytes"]))
        if unread != "":
            # The unread body would be taken for the next request: this connection ends with the answer.
            self.close_connection = True
            raw_body = b""
        else:
            length = int(length_text)
            raw_body = self.rfile.read(length) if length > 0 else b""
        status, headers, body = owner.answer(self._describe(raw_body, unread))
        if not owner.is_serving(self.server):
            self.close_connection = True  # stopped or moved while the request waited: nothing more to serve here
        self._send(status, headers, body)

    # Every method goes to the service, which answers 405 where it does not apply.
    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _handle

    def _describe(self, raw_body: bytes, unread_body: str) -> Dict[str, Any]:
        parsed = urllib.parse.urlsplit(self.path)
        headers = {name.lower(): value for name, value in self.headers.items()}
        local = self.connection.getsockname()
        try:
            body: Optional[str] = raw_body.decode("utf-8")
        except UnicodeDecodeError:
            body = None
        form: Dict[str, str] = {}
        content_type = headers.get("content-type", "").split(";")[0].strip().lower()
        if unread_body != "":
            body = None
        if body is not None and content_type == "application/x-www-form-urlencoded":
            form = {name: values[0] for name, values in urllib.parse.parse_qs(body, keep_blank_values=True).items()}
        return {
            "method": self.command,
            "path": urllib.parse.unquote(parsed.path),
            "query": {name: values[0] for name, values in urllib.parse.parse_qs(parsed.query, keep_blank_values=True).items()},
            "headers": headers,
            "content_type": content_type,
            "body": body,
            "form": form,
            "unread_body": unread_body,
            "client": self.client_address[0],
            "local_address": local[0],
            "local_port": local[1],
        }

    def _send_answer(self, answer: Dict[str, Any]) -> None:
        self._send(int(answer["status"]), dict(answer["headers"]), str(answer["body"]).encode("utf-8"))

    def _send(self, status: int, headers: Dict[str, str], body: bytes) -> None:
        # A client that does not read its answer holds the thread no longer than a request may take.
        self.connection.settimeout(float(self.server.owner.options["request_deadline_seconds"]))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        # The standard handler prints every request to stderr; Kodi's log gets only problems.
        pass


class WebServer:
    def __init__(self) -> None:
        self.options: Dict[str, Any] = {}
        self._server: Optional[_Server] = None
        self._thread: Optional[threading.Thread] = None
        self._waiting: "queue.Queue[_PendingRequest]" = queue.Queue()
        self._unanswered: Dict[int, _PendingRequest] = {}
        self._problems: Deque[Dict[str, Any]] = collections.deque()
        self._next_id = 0
        self._lock = threading.Lock()

    def start(self, options: Dict[str, Any]) -> str:
        """Listens on every address at options["port"]: "" when it works, else "in_use", "not_allowed" or "error: <the system's words>"."""
        self.stop()
        self.options = dict(options)
        try:
            server = _Server(("", int(options["port"])), self)
        except OSError as error:
            if error.errno in (98, 48, 10048):  # EADDRINUSE on Linux, macOS, Windows
                return "in_use"
            if error.errno in (13, 10013):  # EACCES on Linux and macOS, Windows
                return "not_allowed"
            return f"error: {error.strerror or error}"
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, name="cloudsync-web", daemon=True)
        self._thread.start()
        return ""

    def stop(self) -> None:
        server = self._server
        if server is None:
            return
        self._server = None
        server.shutdown()
        server.server_close()
        with self._lock:
            pending = list(self._unanswered.values())
            self._unanswered.clear()
        stopped = self.options["stopped"]
        for request in pending:
            request.set_answer(stopped["status"], stopped["headers"], stopped["body"])

    def is_running(self) -> bool:
        return self._server is not None

    def is_serving(self, server: _Server) -> bool:
        return self._server is server

    def answer(self, request: Dict[str, Any]) -> Tuple[int, Dict[str, str], bytes]:
        """Server thread: queues the request and waits for the service thread's answer."""
        with self._lock:
            self._next_id += 1
            pending = _PendingRequest(self._next_id, request)
            self._unanswered[pending.request_id] = pending
            options = self.options
        self._waiting.put(pending)
        wakeup.wake()
        if not pending.answered.wait(float(options["answer_timeout_seconds"])):
            with self._lock:
                timed_out = self._unanswered.pop(pending.request_id, None) is not None
                if timed_out:
                    self._problems.append({"kind": "unanswered", "method": request["method"], "path": request["path"]})
            if timed_out:
                busy = options["busy"]
                pending.set_answer(busy["status"], busy["headers"], busy["body"])
            else:
                pending.answered.wait()  # answered (or stopped) this very moment: its answer is being set
        return pending.status, pending.headers, pending.body

    def take_problems(self) -> List[Dict[str, Any]]:
        """Service thread: what went wrong on the server threads since the last call, oldest first."""
        with self._lock:
            problems = list(self._problems)
            self._problems.clear()
        return problems

    def take_requests(self, limit: float) -> List[Dict[str, Any]]:
        """Service thread: the requests waiting for an answer, oldest first, each with its id."""
        taken: List[Dict[str, Any]] = []
        while len(taken) < int(limit):
            try:
                pending = self._waiting.get_nowait()
            except queue.Empty:
                break
            described = dict(pending.request)
            described["id"] = pending.request_id
            taken.append(described)
        return taken

    def respond(self, request_id: float, status: float, headers: Dict[str, str], body: str) -> None:
        with self._lock:
            pending = self._unanswered.pop(int(request_id), None)
        if pending is None:
            return  # timed out already, or the server stopped
        pending.set_answer(status, headers, body)


def device_names() -> List[str]:
    """This device's host name and the addresses it resolves to, as the system knows them."""
    names: List[str] = []
    try:
        host_name = socket.gethostname()
        names.append(host_name)
        for info in socket.getaddrinfo(host_name, None):
            address = str(info[4][0])
            if address not in names:
                names.append(address)
    except OSError:
        pass
    return names


def random_token(byte_count: float) -> str:
    """Unguessable text for session cookies and form tokens (secrets, not random)."""
    return secrets.token_urlsafe(int(byte_count))


def random_pin(digits: float) -> str:
    """A PIN of `digits` decimal digits from a cryptographic source."""
    return "".join(secrets.choice("0123456789") for _ in range(int(digits)))
