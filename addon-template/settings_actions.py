"""The settings buttons. Kodi runs this through the xbmc.python.library extension (RunScript of the
add-on), never the service script, so no second service starts.

- publish_all_favourites: asks the running service, which does the work and shows the outcome.
- test_connection: connects once with the saved broker settings and shows the result.
"""
import os
import sys

import xbmc
import xbmcaddon
import xbmcgui

ADDON_ID = "service.cloudsync"
action = sys.argv[1] if len(sys.argv) > 1 else ""

if action == "publish_all_favourites":
    if xbmcgui.Window(10000).getProperty("service.cloudsync.running") == "true":
        xbmc.log(f"[{ADDON_ID}] Publish All My Favorites: asking the service", xbmc.LOGINFO)
        xbmc.executebuiltin(f"NotifyAll({ADDON_ID},publish_all_favourites)")
    else:
        xbmc.log(f"[{ADDON_ID}] Publish All My Favorites: the service is not running", xbmc.LOGWARNING)
        xbmcgui.Dialog().notification("CloudSync", xbmcaddon.Addon(ADDON_ID).getLocalizedString(32043), xbmcgui.NOTIFICATION_WARNING, 6000)
elif action == "test_connection":
    # Our resources/lib first, as in service.py: the vendored Paho wins over any other.
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "resources", "lib"))
    from cloudsync.connection_test import run_connection_test  # noqa: E402

    run_connection_test()
else:
    xbmc.log(f"[{ADDON_ID}] settings action not known: {action!r}", xbmc.LOGWARNING)
