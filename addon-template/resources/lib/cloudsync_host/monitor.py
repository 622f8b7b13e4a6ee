"""xbmc.Monitor for the service: Kodi's callbacks only queue what happened; the service takes it."""
from __future__ import annotations

import collections
import threading
from typing import Deque, Dict, List

import xbmc

from . import wakeup

# Kodi hands the monitor its callbacks only when this thread calls waitForAbort (after each wait
# slice of at most 100 ms): a slice of 1 ms after each sleep lets them in without delaying a wake.
_CALLBACK_SLICE_SECONDS = 0.001


class ServiceMonitor(xbmc.Monitor):
    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._events: Deque[Dict[str, str]] = collections.deque()
        self._woken = False

    def _queue(self, kind: str, sender: str, method: str, data: str) -> None:
        with self._lock:
            self._events.append({"kind": kind, "sender": sender, "method": method, "data": data})

    def onNotification(self, sender: str, method: str, data: str) -> None:
        self._queue("notification", sender, method, data)

    def onSettingsChanged(self) -> None:
        self._queue("settings_changed", "", "", "")

    def wait(self, seconds: float) -> bool:
        """Waits up to `seconds`, or less when another thread queued something (wakeup.wake), then
        lets Kodi deliver its callbacks; True when Kodi asks the service to stop."""
        if self.abortRequested():
            return True
        self._woken = wakeup.sleep(seconds)
        return self.waitForAbort(_CALLBACK_SLICE_SECONDS)

    def anything_queued(self) -> bool:
        """True when the last wait was cut short by another thread, or Kodi queued a callback."""
        with self._lock:
            return self._woken or len(self._events) > 0

    def abort_requested(self) -> bool:
        return self.abortRequested()

    def take_events(self) -> List[Dict[str, str]]:
        with self._lock:
            events = list(self._events)
            self._events.clear()
        return events
