"""The settings buttons. Kodi runs this through the xbmc.python.library extension (RunScript of the
add-on), never the service script, so no second service starts.

- publish all favourites: asks the running service, which does the work and shows the outcome.
- test connection: connects once with the saved broker settings and shows the result.

The names (add-on id, actions, the NotifyAll message, the window property, string ids) come from
cloudsync.contract, compiled from src/contract.ts, which the service reads too.
"""
import os
import sys

import xbmc
import xbmcaddon
import xbmcgui

# Our resources/lib first, as in service.py: the vendored Paho wins over any other.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "resources", "lib"))

from cloudsync.contract import (  # noqa: E402
    ADDON_ID,
    ADDON_NAME,
    HOME_WINDOW_ID,
    NOTIFICATION_MILLISECONDS,
    PUBLISH_ALL_ACTION,
    PUBLISH_ALL_MESSAGE,
    SERVICE_RUNNING_PROPERTY,
    SERVICE_RUNNING_VALUE,
    STRING_SERVICE_NOT_RUNNING,
    TEST_CONNECTION_ACTION,
)

action = sys.argv[1] if len(sys.argv) > 1 else ""

if action == PUBLISH_ALL_ACTION:
    if xbmcgui.Window(HOME_WINDOW_ID).getProperty(SERVICE_RUNNING_PROPERTY) == SERVICE_RUNNING_VALUE:
        xbmc.log(f"[{ADDON_ID}] Publish All My Favorites: asking the service", xbmc.LOGINFO)
        xbmc.executebuiltin(f"NotifyAll({ADDON_ID},{PUBLISH_ALL_MESSAGE})")
    else:
        xbmc.log(f"[{ADDON_ID}] Publish All My Favorites: the service is not running", xbmc.LOGWARNING)
        message = xbmcaddon.Addon(ADDON_ID).getLocalizedString(STRING_SERVICE_NOT_RUNNING)
        xbmcgui.Dialog().notification(ADDON_NAME, message, xbmcgui.NOTIFICATION_WARNING, NOTIFICATION_MILLISECONDS)
elif action == TEST_CONNECTION_ACTION:
    from cloudsync.connection_test import run_connection_test  # noqa: E402

    run_connection_test()
else:
    xbmc.log(f"[{ADDON_ID}] settings action not known: {action!r}", xbmc.LOGWARNING)
