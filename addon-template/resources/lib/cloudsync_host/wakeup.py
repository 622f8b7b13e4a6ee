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
    # Cleared only when woken: after a timeout, a wake() landing before a clear() would be erased and
    # what it announced left for the next timer (up to 2 s). A wake() between wait() and clear() is
    # erased harmlessly: what it announced was queued before it, and the round that follows takes it.
    if _event.wait(seconds):
        _event.clear()
        return True
    return False
