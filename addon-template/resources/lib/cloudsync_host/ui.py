"""What the service shows the user: a background progress dialog, a notification, its strings, times
in Kodi's regional formats, the "running" flag the settings buttons read, and the answer to Test connection. Service thread only."""
from __future__ import annotations

import time

import xbmc
import xbmcaddon
import xbmcgui

from cloudsync.contract import (
    ADDON_ID,
    ADDON_NAME,
    FORGET_GROUP_REQUEST_PROPERTY,
    HOME_WINDOW_ID,
    NOTIFICATION_MILLISECONDS,
    SERVICE_RUNNING_PROPERTY,
    SERVICE_RUNNING_VALUE,
    TEST_CONNECTION_ANSWER_PROPERTY,
    TEST_CONNECTION_REQUEST_PROPERTY,
)


class BackgroundProgress:
    """xbmcgui.DialogProgressBG: the small progress bar in a corner that does not block the remote."""

    def __init__(self, heading: str, message: str) -> None:
        self._dialog = xbmcgui.DialogProgressBG()
        self._dialog.create(heading, message)

    def update(self, percent: float, message: str) -> None:
        self._dialog.update(max(0, min(100, int(percent))), message=message)

    def close(self) -> None:
        self._dialog.close()


def notify(message: str, is_error: bool) -> None:
    icon = xbmcgui.NOTIFICATION_ERROR if is_error else xbmcgui.NOTIFICATION_INFO
    xbmcgui.Dialog().notification(ADDON_NAME, message, icon, NOTIFICATION_MILLISECONDS)


def show_dialog(heading: str, message: str) -> None:
    xbmcgui.Dialog().ok(heading, message)


def localized(string_id: float) -> str:
    return xbmcaddon.Addon(ADDON_ID).getLocalizedString(int(string_id))


def set_service_running(running: bool) -> None:
    window = xbmcgui.Window(HOME_WINDOW_ID)
    if running:
        window.setProperty(SERVICE_RUNNING_PROPERTY, SERVICE_RUNNING_VALUE)
    else:
        window.clearProperty(SERVICE_RUNNING_PROPERTY)


def connection_test_request() -> str:
    return xbmcgui.Window(HOME_WINDOW_ID).getProperty(TEST_CONNECTION_REQUEST_PROPERTY)


def take_forget_group_request() -> str:
    """The sync group the user confirmed on the Forget button, cleared once read (a request is done once)."""
    window = xbmcgui.Window(HOME_WINDOW_ID)
    group = window.getProperty(FORGET_GROUP_REQUEST_PROPERTY)
    window.clearProperty(FORGET_GROUP_REQUEST_PROPERTY)
    return group


def answer_connection_test(request: str, text: str) -> None:
    xbmcgui.Window(HOME_WINDOW_ID).setProperty(TEST_CONNECTION_ANSWER_PROPERTY, f"{request}\n{text}")


def local_date_text(milliseconds: float) -> str:
    """The local date, in Kodi's regional short date format."""
    return time.strftime(xbmc.getRegion("dateshort"), time.localtime(milliseconds / 1000))


def local_time_text(milliseconds: float) -> str:
    """The local time of day, in Kodi's regional format without seconds."""
    pattern = xbmc.getRegion("time").replace(":%S", "").replace(".%S", "")
    return time.strftime(pattern, time.localtime(milliseconds / 1000))
