"""Kodi's dates as instants: Kodi keeps "YYYY-MM-DD HH:MM:SS" in the local time of the device it runs
on, the sync group carries UTC instants ("YYYY-MM-DDTHH:MM:SSZ"). Wraps Python's time module, which
follows the same C library time zone (TZ, /etc/localtime) as Kodi."""
from __future__ import annotations

import calendar
import time

_KODI_FORMAT = "%Y-%m-%d %H:%M:%S"
_UTC_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def local_to_utc(text: str) -> str:
    """Kodi's local date-time text as a UTC instant, or "" when it is not one (empty, malformed, out of range)."""
    try:
        # strptime leaves tm_isdst at -1: mktime then finds whether daylight saving time was in force.
        seconds = time.mktime(time.strptime(text, _KODI_FORMAT))
        return time.strftime(_UTC_FORMAT, time.gmtime(seconds))
    except (ValueError, OverflowError, OSError):
        return ""


def utc_to_local(text: str) -> str:
    """A UTC instant as Kodi's local date-time text, or "" when it is not one."""
    try:
        seconds = calendar.timegm(time.strptime(text, _UTC_FORMAT))
        return time.strftime(_KODI_FORMAT, time.localtime(seconds))
    except (ValueError, OverflowError, OSError):
        return ""
