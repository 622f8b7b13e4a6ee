"""The add-on's files in its Kodi profile folder (the outbox): read, and replaced atomically."""
from __future__ import annotations

import os
import tempfile
from typing import Optional

import xbmcvfs

from cloudsync.contract import ADDON_ID


def profile_directory() -> str:
    """special://profile/addon_data/<ADDON_ID>/, created if missing."""
    directory = xbmcvfs.translatePath(f"special://profile/addon_data/{ADDON_ID}/")
    os.makedirs(directory, exist_ok=True)
    return directory


def join_path(directory: str, name: str) -> str:
    return os.path.join(directory, name)


def read_text(path: str) -> Optional[str]:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError):
        return None


def write_text(path: str, text: str) -> bool:
    """Writes a temporary file next to `path` and renames it over: a crash never leaves half a file."""
    directory = os.path.dirname(path) or "."
    try:
        handle, temporary = tempfile.mkstemp(prefix=".outbox-", dir=directory)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as output:
                output.write(text)
                output.flush()
                os.fsync(output.fileno())
            os.replace(temporary, path)
        except BaseException:
            if os.path.exists(temporary):
                os.remove(temporary)
            raise
        return True
    except OSError:
        return False
