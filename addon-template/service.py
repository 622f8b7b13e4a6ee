"""Kodi starts this at login; the add-on itself lives in resources/lib/cloudsync (compiled from TypeScript)."""
import os
import sys

# Our resources/lib goes first so the vendored Paho wins over any Paho the system has.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "resources", "lib"))

from cloudsync.main import main  # noqa: E402

main()
