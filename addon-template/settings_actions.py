"""The settings buttons. Kodi runs this through the xbmc.python.library extension (RunScript of the
add-on), never the service script, so no second service starts.

- publish all favourites: asks the running service, which does the work and shows the outcome.
- forget this group's data on the broker: asks the user to confirm, naming the group, then asks the
  running service (which connects, as for Test connection) and shows nothing more itself: the
  service shows a progress, then a notification with the count or the reason.
- test connection: asks the running service, which connects once with the saved broker settings
  (Kodi saves the dialog as the button closes it); shows the service's answer in a dialog. It never
  opens a connection here, nor imports ssl: on Kodi 19.1 (Python 3.9.2) a script's interpreter that
  imports ssl breaks the service's, whose next TLS connection ends Kodi (docs/kodi-releases.md).

The names (add-on id, actions, the NotifyAll message, the window property, string ids) come from
cloudsync.contract, compiled from src/contract.ts, which the service reads too.
"""
import os
import sys
import time

import xbmc
import xbmcaddon
import xbmcgui

# Our resources/lib first, as in service.py: the vendored Paho wins over any other.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "resources", "lib"))

from cloudsync.contract import (  # noqa: E402
    ADDON_ID,
    ADDON_NAME,
    DEFAULT_SYNC_GROUP,
    FORGET_GROUP_ACTION,
    FORGET_GROUP_MESSAGE,
    FORGET_GROUP_REQUEST_PROPERTY,
    HOME_WINDOW_ID,
    NOTIFICATION_MILLISECONDS,
    PUBLISH_ALL_ACTION,
    PUBLISH_ALL_MESSAGE,
    SERVICE_RUNNING_PROPERTY,
    SERVICE_RUNNING_VALUE,
    STRING_FORGET_GROUP,
    STRING_FORGET_GROUP_QUESTION,
    STRING_SERVICE_DID_NOT_ANSWER,
    STRING_SERVICE_NOT_RUNNING,
    STRING_TEST_CONNECTION,
    TEST_CONNECTION_ACTION,
    TEST_CONNECTION_ANSWER_PROPERTY,
    TEST_CONNECTION_ANSWER_SECONDS,
    TEST_CONNECTION_MESSAGE,
    TEST_CONNECTION_REQUEST_PROPERTY,
)

# How often the button looks for the service's answer.
ANSWER_POLL_SECONDS = 0.1


def service_is_running(window: xbmcgui.Window, addon: xbmcaddon.Addon, heading: str, what: str) -> bool:
    """True when the service runs; else says so in a dialog (and the log) under `heading`."""
    if window.getProperty(SERVICE_RUNNING_PROPERTY) == SERVICE_RUNNING_VALUE:
        return True
    xbmc.log(f"[{ADDON_ID}] {what}: the service is not running", xbmc.LOGWARNING)
    xbmcgui.Dialog().ok(heading, addon.getLocalizedString(STRING_SERVICE_NOT_RUNNING))
    return False


def ask_the_service_to_check() -> None:
    window = xbmcgui.Window(HOME_WINDOW_ID)
    addon = xbmcaddon.Addon(ADDON_ID)
    heading = addon.getLocalizedString(STRING_TEST_CONNECTION)
    if not service_is_running(window, addon, heading, "Test connection"):
        return
    # Unique per press: an answer to an earlier press that gave up is not taken for this one's.
    request = f"{os.getpid()}-{time.time()}"
    window.setProperty(TEST_CONNECTION_REQUEST_PROPERTY, request)
    xbmc.log(f"[{ADDON_ID}] Test connection: asking the service", xbmc.LOGINFO)
    xbmc.executebuiltin(f"NotifyAll({ADDON_ID},{TEST_CONNECTION_MESSAGE})")
    monitor = xbmc.Monitor()
    deadline = time.monotonic() + TEST_CONNECTION_ANSWER_SECONDS
    while time.monotonic() < deadline and not monitor.waitForAbort(ANSWER_POLL_SECONDS):
        answered, _, text = window.getProperty(TEST_CONNECTION_ANSWER_PROPERTY).partition("\n")
        if answered == request:
            xbmcgui.Dialog().ok(heading, text)
            return
    if not monitor.abortRequested():
        xbmc.log(f"[{ADDON_ID}] Test connection: the service did not answer within {TEST_CONNECTION_ANSWER_SECONDS} s", xbmc.LOGWARNING)
        xbmcgui.Dialog().ok(heading, addon.getLocalizedString(STRING_SERVICE_DID_NOT_ANSWER))


def ask_to_forget_the_group() -> None:
    window = xbmcgui.Window(HOME_WINDOW_ID)
    addon = xbmcaddon.Addon(ADDON_ID)
    heading = addon.getLocalizedString(STRING_FORGET_GROUP)
    if not service_is_running(window, addon, heading, "Forget group data"):
        return
    # The group as the settings file has it now (Kodi saved the dialog as the button closed it); the
    # service forgets only this group, and refuses if its own settings name another. Named as the
    # service reads the setting: trimmed, the default group when empty.
    group = addon.getSetting("sync_group").strip() or DEFAULT_SYNC_GROUP  # the setting id of src/core/settings.ts
    question = addon.getLocalizedString(STRING_FORGET_GROUP_QUESTION).replace("%s", group)
    if not xbmcgui.Dialog().yesno(heading, question):
        xbmc.log(f"[{ADDON_ID}] Forget group data: not confirmed, nothing removed", xbmc.LOGINFO)
        return
    window.setProperty(FORGET_GROUP_REQUEST_PROPERTY, group)
    xbmc.log(f"[{ADDON_ID}] Forget group data: confirmed, asking the service", xbmc.LOGINFO)
    xbmc.executebuiltin(f"NotifyAll({ADDON_ID},{FORGET_GROUP_MESSAGE})")


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
    ask_the_service_to_check()
elif action == FORGET_GROUP_ACTION:
    ask_to_forget_the_group()
else:
    xbmc.log(f"[{ADDON_ID}] settings action not known: {action!r}", xbmc.LOGWARNING)
