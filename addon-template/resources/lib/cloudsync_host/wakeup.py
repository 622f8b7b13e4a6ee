"""The service thread's alarm clock: a threading.Event that Paho's and the web server's threads
set when they queue something, so the service thread wakes at once instead of at its next round."""
from __future__ import annotations

import threading

_event = threading.Event()


def wake() -> None:
    """Any thread: something was queued for the service thread."""
    _event.set()


def sleep(seconds: float) -> bool:
    """Service thread: waits up to `seconds` or until woken; True when woken."""
    woken = _event.wait(seconds)
    _event.clear()
    return woken
