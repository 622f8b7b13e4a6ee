"""Which Python Kodi embeds (3.8 to 3.13 depending on Kodi's release and platform): logged at start,
so that a user's kodi.log says what the add-on ran on."""
from __future__ import annotations

import platform


def python_version() -> str:
    """Python's version as "3.9.2"."""
    return platform.python_version()
