"""The set-up web page's HTTP server, from Python's standard library, on its own threads.

The server threads only parse requests and queue them; the service thread takes them, decides
every answer (the logic is in TypeScript) and hands the answer back. A request nobody answers in
time gets 503. Bodies over the limit the service set are refused here with 413 before they are read,
so a huge upload costs nothing. Request bodies are never logged (they can hold a password).
"""
from __future__ import annotations

import http.server
import queue
import secrets
import socketserver
import threading
import urllib.parse
from http.cookies import CookieError, SimpleCookie
from typing import Any, Dict, List, Optional, Tuple

import xbmc

# How long a server thread waits for the service thread's answer before giving up with 503.
_ANSWER_TIMEOUT_SECONDS = 15.0
_ADDON_ID = "service.cloudsync"


class _PendingRequest:
    def __init__(self, request_id: int, request: Dict[str, Any]) -> None:
        self.request_id = request_id
        self.request = request
        self.answered = threading.Event()
        self.status = 503
        self.headers: Dict[str, str] = {}
        self.body = b""


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    # Rebinding the port right after a stop (the user moved the page and back) must not fail.
    allow_reuse_address = True

    def __init__(self, address: Tuple[str, int], owner: "WebServer") -> None:
        self.owner = owner
        super().__init__(address, _Handler)


def _plain(status: int, text: str) -> Tuple[int, Dict[str, str], bytes]:
    return status, {"Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store"}, text.encode("utf-8")


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server
    server_version = "CloudSync"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    # A client that opens a connection and sends nothing must not hold a thread for ever.
    timeout = 20

    def _handle(self) -> None:
        owner = self.server.owner
        if not owner.is_serving(self.server):
            # A kept-alive connection to a server that was stopped or moved to another port.
            self.close_connection = True
            self._send(*_plain(503, "CloudSync's web page has stopped or moved."))
            return
        length_text = self.headers.get("Content-Length", "0") or "0"
        try:
            length = int(length_text)
        except ValueError:
            length = -1
        if length < 0:
            self._send(*_plain(400, "Content-Length is not a number."))
            return
        if length > owner.max_body_bytes:
            self.close_connection = True
            self._send(*_plain(413, f"The request body is too large (at most {owner.max_body_bytes} bytes)."))
            return
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            self.close_connection = True
            self._send(*_plain(411, "A Content-Length is needed."))
            return
        raw_body = self.rfile.read(length) if length > 0 else b""
        status, headers, body = owner.answer(self._describe(raw_body))
        self._send(status, headers, body)

    # Every method goes to the service, which answers 405 where it does not apply.
    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _handle

    def _describe(self, raw_body: bytes) -> Dict[str, Any]:
        parsed = urllib.parse.urlsplit(self.path)
        headers = {name.lower(): value for name, value in self.headers.items()}
        cookies: Dict[str, str] = {}
        try:
            jar = SimpleCookie(self.headers.get("Cookie", ""))
            cookies = {name: morsel.value for name, morsel in jar.items()}
        except CookieError:
            cookies = {}
        try:
            body: Optional[str] = raw_body.decode("utf-8")
        except UnicodeDecodeError:
            body = None
        form: Dict[str, str] = {}
        content_type = headers.get("content-type", "").split(";")[0].strip().lower()
        if body is not None and content_type == "application/x-www-form-urlencoded":
            form = {name: values[0] for name, values in urllib.parse.parse_qs(body, keep_blank_values=True).items()}
        return {
            "method": self.command,
            "path": urllib.parse.unquote(parsed.path),
            "query": {name: values[0] for name, values in urllib.parse.parse_qs(parsed.query, keep_blank_values=True).items()},
            "headers": headers,
            "cookies": cookies,
            "content_type": content_type,
            "body": body,
            "form": form,
            "client": self.client_address[0],
        }

    def _send(self, status: int, headers: Dict[str, str], body: bytes) -> None:
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
        self.max_body_bytes = 0
        self._server: Optional[_Server] = None
        self._thread: Optional[threading.Thread] = None
        self._waiting: "queue.Queue[_PendingRequest]" = queue.Queue()
        self._unanswered: Dict[int, _PendingRequest] = {}
        self._next_id = 0
        self._lock = threading.Lock()

    def start(self, port: float, max_body_bytes: float) -> str:
        """Listens on every address at `port`; "" when it works, otherwise why not, in words."""
        self.stop()
        self.max_body_bytes = int(max_body_bytes)
        try:
            server = _Server(("", int(port)), self)
        except OSError as error:
            if error.errno in (98, 48, 10048):
                return f"port {int(port)} is already in use by another program"
            if error.errno in (13, 10013):
                return f"not allowed to listen on port {int(port)}"
            return f"cannot listen on port {int(port)}: {error.strerror or error}"
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
        for request in pending:
            request.status, request.headers, request.body = _plain(503, "CloudSync's web page is stopping.")
            request.answered.set()

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
        self._waiting.put(pending)
        if not pending.answered.wait(_ANSWER_TIMEOUT_SECONDS):
            with self._lock:
                self._unanswered.pop(pending.request_id, None)
            xbmc.log(f"[{_ADDON_ID}] web page: no answer in time for {request['method']} {request['path']}", xbmc.LOGWARNING)
            return _plain(503, "CloudSync is busy; try again in a moment.")
        return pending.status, pending.headers, pending.body

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
        pending.status = int(status)
        pending.headers = dict(headers)
        pending.body = body.encode("utf-8")
        pending.answered.set()


def random_token(byte_count: float) -> str:
    """Unguessable text for session cookies and form tokens (secrets, not random)."""
    return secrets.token_urlsafe(int(byte_count))


def random_pin(digits: float) -> str:
    """A PIN of `digits` decimal digits from a cryptographic source."""
    return "".join(secrets.choice("0123456789") for _ in range(int(digits)))
