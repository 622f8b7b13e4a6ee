"""xbmc.Monitor for the service: Kodi's callbacks only queue what happened; the service takes it."""
from __future__ import annotations

import collections
import threading
from typing import Deque, Dict, List

import xbmc


class ServiceMonitor(xbmc.Monitor):
    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._events: Deque[Dict[str, str]] = collections.deque()

    def _queue(self, kind: str, sender: str, method: str, data: str) -> None:
        with self._lock:
            self._events.append({"kind": kind, "sender": sender, "method": method, "data": data})

    def onNotification(self, sender: str, method: str, data: str) -> None:
        self._queue("notification", sender, method, data)

    def onSettingsChanged(self) -> None:
        self._queue("settings_changed", "", "", "")

    def wait(self, seconds: float) -> bool:
        """Waits up to `seconds`, letting Kodi deliver callbacks; True when Kodi asks the service to stop."""
        return self.waitForAbort(seconds)

    def abort_requested(self) -> bool:
        return self.abortRequested()

    def take_events(self) -> List[Dict[str, str]]:
        with self._lock:
            events = list(self._events)
            self._events.clear()
        return events
