"""The settings button "Publish All My Favorites" (Kodi runs this through the xbmc.python.library
extension, never the service script, so no second service starts). It only asks the running
service, which does the work and shows progress and the outcome."""
import xbmc
import xbmcaddon
import xbmcgui

ADDON_ID = "service.cloudsync"

if xbmcgui.Window(10000).getProperty("service.cloudsync.running") == "true":
    xbmc.log(f"[{ADDON_ID}] Publish All My Favorites: asking the service", xbmc.LOGINFO)
    xbmc.executebuiltin(f"NotifyAll({ADDON_ID},publish_all_favourites)")
else:
    xbmc.log(f"[{ADDON_ID}] Publish All My Favorites: the service is not running", xbmc.LOGWARNING)
    xbmcgui.Dialog().notification("CloudSync", xbmcaddon.Addon(ADDON_ID).getLocalizedString(32043), xbmcgui.NOTIFICATION_WARNING, 6000)
